import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { adminApi, DEMO_PASSWORD, uniqueSuffix } from '@wholesail/shared/web/e2e';

import { adminLogin, nav, shot } from './helpers';

/** Picks an option of a Mantine Select, typing into it first when it is searchable. */
async function pick(page: Page, label: string, option: string | RegExp, type?: string) {
  const box = page.getByRole('combobox', { name: label }).first();
  await box.click();
  if (type) await box.fill(type);
  await page
    .getByRole('option', { name: option, exact: typeof option === 'string' })
    .first()
    .click();
}

/** Runs one admin API operation as `token` (a staff session or an API key); the raw answer. */
async function apiAs(
  request: APIRequestContext,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const answer = await request.post('/admin-api', {
    data: { query, variables },
    headers: { Authorization: `Bearer ${token}` },
  });
  return (await answer.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string } }[];
  };
}

async function tokenOf(request: APIRequestContext, email: string): Promise<string> {
  const login = await request.post('/admin-api', {
    data: {
      query: `mutation L($input: LoginInput!) { login(input: $input) { ... on AdminAuthPayload { accessToken } } }`,
      variables: { input: { email, password: DEMO_PASSWORD } },
    },
  });
  return ((await login.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
}

/** The simulator for ТехноТорг's default contract and one product, quantity 1. */
async function simulate(page: Page, sku: string) {
  await nav(page).getByRole('link', { name: 'Симулятор цен' }).click();
  await pick(page, 'Компания', /ТехноТорг/, 'ТехноТорг');
  await pick(page, 'Юрлицо', /ТехноТорг/);
  await expect(page.getByTestId('client-contract')).not.toHaveValue('');
  await pick(page, 'Товар', new RegExp(sku), sku);
  await page.getByTestId('sim-run').click();
  return page.locator('[data-testid="sim-line"]', { hasText: sku });
}

test('staff writes a rule past an overlap warning, sees it applied in the simulator, edits a price and the simulator follows', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  const suffix = uniqueSuffix().toUpperCase();
  const sku = `PR-${suffix}`;
  const baseRule = `Базовая скидка ${suffix}`;
  const newRule = `Акция ${suffix}`;

  // A product of its own, priced 1 000 in every buyer-visible type, and a rule on it for everyone.
  const { createProduct } = await adminApi<{ createProduct: { id: string } }>(
    request,
    `mutation P($input: ProductInput!) { createProduct(input: $input) { id } }`,
    { input: { sku, name: `Тестовый товар ${suffix}` } },
  );
  await adminApi(
    request,
    `mutation U($input: UpsertPriceEntriesInput!) { upsertPriceEntries(input: $input) { applied } }`,
    {
      input: {
        rows: ['RRP', 'WHOLESALE', 'LARGE_WHOLESALE', 'DEALER'].map((code) => ({
          sku,
          priceTypeCode: code,
          price: '1000',
        })),
      },
    },
  );
  await adminApi(request, `mutation R($input: PriceRuleInput!) { createPriceRule(input: $input) { rule { id } } }`, {
    input: {
      name: baseRule,
      scopeKind: 'EVERYONE',
      targetKind: 'PRODUCT',
      targetId: createProduct.id,
      actionKind: 'PERCENT_DISCOUNT',
      value: '2',
      policy: 'STACKING',
      priority: 0,
    },
  });

  await adminLogin(page, 'admin@demo.wholesail.local');

  // The editor: the same clients and product as the base rule → an overlap warning before saving.
  await nav(page).getByRole('link', { name: 'Ценовые правила' }).click();
  await page.getByRole('link', { name: 'Новое правило' }).click();
  const editor = page.getByTestId('rule-editor');
  await editor.getByRole('textbox', { name: 'Название' }).fill(newRule);
  await editor.getByRole('textbox', { name: 'Приоритет' }).fill('100');
  await pick(page, 'На что', 'Товар');
  await pick(page, 'Товар', new RegExp(sku), sku);
  // A wrong value is named next to its field while typing, before any save.
  await editor.getByTestId('rule-value').fill('150');
  await expect(editor.getByText('a discount between 0 and 100 %')).toBeVisible();
  await editor.getByTestId('rule-value').fill('10');
  const warnings = page.getByTestId('rule-warnings');
  await expect(warnings).toContainText('Пересекается с правилом');
  await expect(warnings).toContainText(baseRule);
  await shot(page, 'pricing-rule-warning');
  await page.getByRole('button', { name: 'Сохранить несмотря на предупреждения' }).click();
  await expect(page).toHaveURL(/\/admin\/pricing\/rules\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: `Правило «${newRule}»` })).toBeVisible();

  // The simulator: base 1 000, our rule applied (−10 %), the older one stacked after it (−2 %).
  const line = await simulate(page, sku);
  await expect(line.getByTestId('sim-base')).toHaveText(/1\s000,00/);
  const trace = page.getByTestId('sim-trace');
  await expect(trace.locator('[data-testid="trace-step"]', { hasText: newRule })).toHaveAttribute(
    'data-outcome',
    'APPLIED',
  );
  await expect(trace.locator('[data-testid="trace-step"]', { hasText: newRule })).toContainText(/1\s000,00 → 900,00/);
  await expect(trace.locator('[data-testid="trace-step"]', { hasText: baseRule })).toHaveAttribute(
    'data-outcome',
    'APPLIED',
  );
  await shot(page, 'pricing-simulator');
  const baseType = (await line.locator('td').nth(2).innerText()).split(' · ')[0].trim();

  // The price grid: a wrong price is refused on its row; a right one is saved.
  await nav(page).getByRole('link', { name: 'Цены', exact: true }).click();
  await page.getByTestId('entries-search').fill(sku);
  await pick(page, 'Тип цены', new RegExp(`^${baseType} · `));
  const priceCell = page.locator('.ag-row [col-id="price"]').first();
  await expect(priceCell).toHaveText(/1\s000,00/);
  await priceCell.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('abc');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('row-error')).toHaveText('Это не число');
  await priceCell.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2000');
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Цена ${sku} сохранена`)).toBeVisible();
  await expect(page.getByTestId('row-error')).toHaveCount(0);
  await expect(priceCell).toHaveText(/2\s000,00/);
  await shot(page, 'pricing-entries');

  const again = await simulate(page, sku);
  await expect(again.getByTestId('sim-base')).toHaveText(/2\s000,00/);
});

test('a sales manager approves the pending special-price request and it leaves his queue', async ({ page }) => {
  await adminLogin(page, 'manager@demo.wholesail.local');
  await nav(page).getByRole('link', { name: 'Запросы спеццен' }).click();
  const row = page.getByTestId('request-row').first();
  await expect(row).toBeVisible();
  const number = await row.getAttribute('data-number');
  await row.getByRole('link', { name: number ?? '' }).click();
  await expect(page.getByTestId('request-status')).toHaveText('Ждёт решения');
  await shot(page, 'pricing-request');
  await page.getByTestId('request-approve').click();
  await expect(page.getByText('Запрос одобрен')).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/pricing\/requests$/);
  await expect(page.locator(`[data-testid="request-row"][data-number="${number}"]`)).toHaveCount(0);

  // Among the approved ones, with the rules it created.
  await pick(page, 'Статус', 'Одобрен');
  await page.keyboard.press('Escape');
  await page.locator(`[data-testid="request-row"][data-number="${number}"]`).getByRole('link').click();
  await expect(page.getByTestId('request-status')).toHaveText('Одобрен');
  await expect(page.getByText('Созданные правила')).toBeVisible();
});

test('without price-editing permissions the editors are hidden and the API refuses; without READ_PRICES nothing at all', async ({
  page,
  request,
}) => {
  // A sales manager reads prices and rules but edits neither.
  await adminLogin(page, 'manager@demo.wholesail.local');
  await nav(page).getByRole('link', { name: 'Ценовые правила' }).click();
  await expect(page.getByTestId('rules-table')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Новое правило' })).toHaveCount(0);
  await nav(page).getByRole('link', { name: 'Типы цен' }).click();
  await expect(page.getByTestId('price-types-table')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Добавить тип цены' })).toHaveCount(0);
  const sales = await tokenOf(request, 'manager@demo.wholesail.local');
  const refused = await apiAs(
    request,
    sales,
    `mutation R($input: PriceRuleInput!) { createPriceRule(input: $input) { rule { id } } }`,
    {
      input: { name: 'Нельзя', scopeKind: 'EVERYONE', targetKind: 'ALL', actionKind: 'PERCENT_DISCOUNT', value: '50' },
    },
  );
  expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

  // An integration key without READ_PRICES gets no price data at all.
  const { createApiKey } = await adminApi<{ createApiKey: { secret: string } }>(
    request,
    `mutation K($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
    { input: { name: `Без цен ${uniqueSuffix()}`, scopes: ['READ_CATALOG'] } },
  );
  for (const query of [
    `{ priceTypes { id } }`,
    `{ priceRules { totalCount } }`,
    `{ priceEntries { totalCount } }`,
    `{ adminSpecialPriceRequests { totalCount } }`,
  ]) {
    const answer = await apiAs(request, createApiKey.secret, query);
    expect(answer.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
  }
});
