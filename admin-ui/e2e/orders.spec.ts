import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '@wholesail/shared/web/e2e';

import { adminLogin, nav, shot } from './helpers';

const MANAGER = 'manager@demo.wholesail.local'; // Ирина Петрова: СтройМаркет and ЭлектроСнаб

/** A staff member's access token, by logging in through the admin API. */
async function tokenOf(request: APIRequestContext, email: string): Promise<string> {
  const login = await request.post('/admin-api', {
    data: {
      query: `mutation L($input: LoginInput!) { login(input: $input) { ... on AdminAuthPayload { accessToken } } }`,
      variables: { input: { email, password: DEMO_PASSWORD } },
    },
  });
  return ((await login.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
}

async function apiAs<T>(request: APIRequestContext, token: string, query: string, variables = {}) {
  const answer = await request.post('/admin-api', {
    data: { query, variables },
    headers: { Authorization: `Bearer ${token}` },
  });
  return (await answer.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** A demo order of the manager's clients in `status` (the newest one, as the list shows them). */
async function demoOrder(request: APIRequestContext, token: string, status: string) {
  const answer = await apiAs<{ adminOrders: { items: { id: string; number: string; company: { name: string } }[] } }>(
    request,
    token,
    `query Q($s: [OrderStatus!]) { adminOrders(filter: { statuses: $s }, take: 1) { items { id number company { name } } } }`,
    { s: [status] },
  );
  const order = answer.data?.adminOrders.items[0];
  if (!order) throw new Error(`no demo order in ${status}: ${JSON.stringify(answer)}`);
  return order;
}

async function openByNumber(page: Page, number: string) {
  await nav(page).getByRole('link', { name: 'Заказы' }).click();
  await page.getByTestId('orders-search').fill(number);
  await expect(page.getByTestId('orders-total')).toHaveText('1 заказ');
  await page.getByTestId('order-link').filter({ hasText: number }).click();
  await expect(page.getByTestId('order-title')).toHaveText(`Заказ ${number}`);
}

test('a sales manager finds a demo order by number, moves it along the lifecycle and sees its history', async ({
  page,
  request,
}) => {
  const order = await demoOrder(request, await tokenOf(request, MANAGER), 'NEW');
  await adminLogin(page, MANAGER);
  await openByNumber(page, order.number);
  await expect(page.getByTestId('order-card-status')).toHaveText('Новый');
  // Prices come as Decimal strings and are shown as money.
  await expect(page.getByTestId('order-total')).toContainText('₽');
  await expect(page.getByTestId('order-lines').locator('tbody tr').first()).toBeVisible();
  await shot(page, 'orders-01-card-new');

  const actions = page.getByTestId('order-actions');
  for (const [action, status] of [
    ['Подтвердить', 'Подтверждён'],
    ['Передать в сборку', 'В сборке'],
    ['Отгрузить', 'Отгружен'],
    ['Отметить доставку', 'Доставлен'],
  ]) {
    await actions.getByRole('button', { name: action }).click();
    await expect(page.getByTestId('order-card-status')).toHaveText(status);
  }
  // Delivered: only closing is left, and a seller no longer cancels.
  await expect(actions.getByRole('button', { name: 'Отменить заказ' })).toHaveCount(0);
  const history = page.getByTestId('history-item');
  await expect(history).toHaveCount(5);
  await expect(history.nth(0)).toContainText('Новый');
  await expect(history.nth(4)).toContainText('Доставлен');
  await expect(history.nth(4)).toContainText('Ирина Петрова (сотрудник)');
  await shot(page, 'orders-02-delivered-history');

  // Back in the list (the search kept in the address), the order shows its new status.
  await page.goBack();
  await expect(page.getByTestId('orders-grid').getByText(order.number)).toBeVisible();
  await expect(page.getByTestId('orders-grid').getByTestId('order-status').first()).toHaveText('Доставлен');
});

test('a transition the lifecycle forbids is refused with a clear message', async ({ page, request }) => {
  const token = await tokenOf(request, MANAGER);
  const order = await demoOrder(request, token, 'CONFIRMED');
  await adminLogin(page, MANAGER);
  await openByNumber(page, order.number);
  await expect(page.getByTestId('order-card-status')).toHaveText('Подтверждён');

  // A seller's cancellation needs a reason.
  await page.getByTestId('order-actions').getByRole('button', { name: 'Отменить заказ' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Отменить заказ' }).click();
  await expect(page.getByTestId('status-refused')).toContainText('Отмена заказа продавцом требует причины');
  await expect(page.getByTestId('order-card-status')).toHaveText('Подтверждён');

  // Meanwhile the order is reported shipped (1C, a colleague); the open card still offers "start assembly".
  const shipped = await apiAs<{ setOrderStatuses: { items: unknown[] } }>(
    request,
    token,
    `mutation S($n: String!) { setOrderStatuses(input: { updates: [{ number: $n, status: SHIPPED }] }) { items { number } } }`,
    { n: order.number },
  );
  expect(shipped.data?.setOrderStatuses.items).toHaveLength(1);
  await page.getByTestId('order-actions').getByRole('button', { name: 'Передать в сборку' }).click();
  const refused = page.getByTestId('status-refused');
  await expect(refused).toContainText('Статус не изменён');
  await expect(refused).toContainText('назад по статусам не переводят');
  // The card is refreshed to what the order is now.
  await expect(page.getByTestId('order-card-status')).toHaveText('Отгружен');
  await shot(page, 'orders-03-refused');
});

test('an administrator reorders and adds split rules and sees what to fix', async ({ page }) => {
  await adminLogin(page, 'admin@demo.wholesail.local');
  await nav(page).getByRole('link', { name: 'Правила разделения' }).click();
  const rules = page.getByTestId('split-rule');
  await expect(rules.first()).toBeVisible();
  const count = await rules.count();
  const second = await rules.nth(1).getByLabel('Название').inputValue();
  const third = await rules.nth(2).getByLabel('Название').inputValue();

  // Reorder: the second rule goes one down.
  await rules.nth(1).getByRole('button', { name: 'Ниже' }).click();
  await expect(rules.nth(2).getByLabel('Название')).toHaveValue(second);
  await expect(page.getByTestId('split-rules-unsaved')).toBeVisible();
  // Add a warehouse rule for every warehouse at the end: the first rule already splits by every warehouse.
  await page.getByRole('button', { name: 'Добавить правило' }).click();
  await page.getByRole('menuitem', { name: 'По складу' }).click();
  await expect(rules).toHaveCount(count + 1);
  await rules.last().getByLabel('Название').fill('Склады ещё раз');
  await page.getByRole('button', { name: 'Сохранить порядок и правила' }).click();
  await expect(page.getByText('Правила разделения сохранены')).toBeVisible();
  await expect(page.getByTestId('split-rules-unsaved')).toHaveCount(0);

  const problems = page.getByTestId('split-rule-problems');
  await expect(problems).toContainText(
    `Правило ${count + 1} никогда не сработает: правило 1 выше подходит для всех строк`,
  );
  await shot(page, 'orders-04-split-rules-problems');

  // Saved: a reload shows the new order and the added rule.
  await page.reload();
  await expect(rules).toHaveCount(count + 1);
  await expect(rules.nth(1).getByLabel('Название')).toHaveValue(third);
  await expect(rules.nth(2).getByLabel('Название')).toHaveValue(second);
  await expect(rules.last().getByLabel('Название')).toHaveValue('Склады ещё раз');

  // Removing it clears the problem.
  await rules.last().getByRole('button', { name: 'Удалить правило' }).click();
  await page.getByRole('button', { name: 'Сохранить порядок и правила' }).click();
  await expect(problems).toHaveCount(0);
  await expect(rules).toHaveCount(count);
});

test('staff without order permissions get no order screens, and the API refuses them', async ({ page, request }) => {
  await adminLogin(page, 'catalog@demo.wholesail.local');
  await expect(nav(page).getByRole('link', { name: 'Товары' })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Заказы' })).toHaveCount(0);
  await expect(nav(page).getByRole('link', { name: 'Правила разделения' })).toHaveCount(0);
  await page.goto('/admin/orders');
  await expect(page.getByTestId('no-access')).toBeVisible();
  await page.goto('/admin/split-rules');
  await expect(page.getByTestId('no-access')).toBeVisible();

  const token = await tokenOf(request, 'catalog@demo.wholesail.local');
  const manager = await tokenOf(request, MANAGER);
  const order = await demoOrder(request, manager, 'NEW');
  for (const [query, variables] of [
    [`{ adminOrders { totalCount } }`, {}],
    [`query O($id: ID!) { adminOrder(id: $id) { number } }`, { id: order.id }],
    [`mutation C($id: ID!) { changeOrderStatus(id: $id, status: CONFIRMED) { __typename } }`, { id: order.id }],
    [`{ splitRules { problems } }`, {}],
    [`mutation { saveSplitRules(rules: []) { problems } }`, {}],
  ] as const) {
    const answer = await apiAs(request, token, query, variables);
    expect(answer.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
  }
  // Nothing changed: the order is still new.
  const still = await apiAs<{ adminOrder: { status: string } }>(
    request,
    manager,
    `query O($id: ID!) { adminOrder(id: $id) { status } }`,
    { id: order.id },
  );
  expect(still.data?.adminOrder.status).toBe('NEW');
});
