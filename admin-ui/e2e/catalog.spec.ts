import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { adminApi, DEMO_PASSWORD, uniqueSuffix } from '@wholesail/shared/web/e2e';

import { adminLogin, nav, shot } from './helpers';

// A 16×16 red PNG, small enough to inline; the API resizes it and stores WebP.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR4nGM4oaFBEmIY1TCqYfhqAAB8MxgQ+Pjr0gAAAABJRU5ErkJggg==',
  'base64',
);

/** Picks an option of a Mantine Select by typing into it (searchable) or opening it. */
async function pick(page: Page, label: string, option: string | RegExp, scope = page.locator('body')) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).first().click();
}

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

/** Runs one admin API operation with `token`; returns the raw GraphQL answer. */
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
  return (await answer.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

test('a catalog manager builds a category and a product with packaging, an attribute and a picture, then corrects its stock', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix().toUpperCase();
  const parentName = `Тестовый раздел ${suffix}`;
  const childName = `Подраздел ${suffix}`;
  const sku = `E2E-${suffix}`;

  await adminLogin(page, 'catalog@demo.wholesail.local');

  // Category tree: a new top-level category, a subcategory, moved out and back in.
  await nav(page).getByRole('link', { name: 'Категории' }).click();
  await expect(page.getByTestId('category-row').first()).toBeVisible();
  await page.getByRole('button', { name: 'Добавить категорию' }).click();
  await page.getByTestId('category-form').getByLabel('Название').fill(parentName);
  await page.getByTestId('category-form').getByRole('button', { name: 'Сохранить' }).click();
  const parentRow = page.getByTestId('category-row').filter({ hasText: parentName });
  await expect(parentRow).toHaveAttribute('data-depth', '0');
  await parentRow.getByRole('button', { name: 'Добавить подкатегорию' }).click();
  await page.getByTestId('category-form').getByLabel('Название').fill(childName);
  await page.getByTestId('category-form').getByRole('button', { name: 'Сохранить' }).click();
  const childRow = page.getByTestId('category-row').filter({ hasText: childName });
  await expect(childRow).toHaveAttribute('data-depth', '1');
  await childRow.getByRole('button', { name: 'Вынести на уровень выше' }).click();
  await expect(childRow).toHaveAttribute('data-depth', '0');
  await childRow.getByRole('button', { name: 'Вложить в категорию выше' }).click();
  await expect(childRow).toHaveAttribute('data-depth', '1');
  await shot(page, 'catalog-01-category-tree');

  // A new product: the form checks the order step against the unit, the API the SKU.
  await nav(page).getByRole('link', { name: 'Товары' }).click();
  await page.getByRole('link', { name: 'Новый товар' }).click();
  const form = page.getByTestId('product-form');
  await form.getByLabel('Артикул').fill('AVT-000172');
  await form.getByLabel('Наименование').fill(`Саморез тестовый 4,2×${suffix}`);
  await form.getByLabel('Краткое описание (1–2 строки)').fill('Оцинкованный, острый наконечник');
  await pick(page, 'Категория', new RegExp(childName), form);
  await form.getByLabel('Кратность').fill('0,5');
  await form.getByLabel('Минимальный заказ').fill('200');
  await form.getByRole('button', { name: 'Создать товар' }).click();
  await expect(form.getByText('Единица допускает не больше 0 знаков после запятой')).toBeVisible();
  await form.getByLabel('Кратность').fill('100');
  await expect(page.getByTestId('smallest-quantity')).toHaveText('Наименьший возможный заказ: 200 шт');

  await page.getByRole('button', { name: 'Добавить упаковку' }).click();
  const packaging = page.getByTestId('packaging-row');
  await packaging.getByRole('textbox', { name: 'Код', exact: true }).fill('box');
  await packaging.getByRole('textbox', { name: 'Название', exact: true }).fill('Коробка');
  await packaging.getByRole('textbox', { name: /в упаковке/ }).fill('1 000');
  await form.getByLabel('Диаметр, мм').fill('4,2');
  await form.getByLabel('Страна производства').fill('Россия');
  await form.getByRole('button', { name: 'Создать товар' }).click();
  // The SKU belongs to another product: the API's answer shows under the SKU field.
  await expect(form.getByText('Артикул AVT-000172 уже есть у другого товара')).toBeVisible();
  await shot(page, 'catalog-02-product-sku-taken');
  await form.getByLabel('Артикул').fill(sku);
  await form.getByRole('button', { name: 'Создать товар' }).click();
  await expect(page.getByTestId('product-title')).toContainText(sku);
  await expect(page).toHaveURL(/\/admin\/catalog\/products\/[0-9a-f-]{36}$/);
  await expect(form.getByLabel('Диаметр, мм')).toHaveValue('4.2');
  await expect(packaging.getByRole('textbox', { name: /в упаковке/ })).toHaveValue('1000');

  // An analog, found by SKU, partial and linked both ways.
  await page.getByTestId('analog-search').fill('AVT-000010');
  await page.getByRole('option', { name: /AVT-000010/ }).click();
  await page.getByTestId('analogs').getByText('Частичная').last().click();
  await page.getByRole('button', { name: 'Связать' }).click();
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByText(`Товар ${sku} сохранён`)).toBeVisible();
  const product = await adminApi<{ products: { items: { id: string; sku: string }[] } }>(
    request,
    `{ products(filter: { search: "AVT-000010" }) { items { id sku } } }`,
  );
  const other = product.products.items.find((p) => p.sku === 'AVT-000010');
  const back = await adminApi<{ product: { analogs: { sku: string; kind: string }[] } }>(
    request,
    `query P($id: ID!) { product(id: $id) { analogs { sku kind } } }`,
    { id: other?.id },
  );
  expect(back.product.analogs).toContainEqual({ sku, kind: 'PARTIAL' });

  // The picture: uploaded, resized by the API, shown from its signed URL.
  await page.getByTestId('product-image').locator('input[type=file]').setInputFiles({
    name: 'screw.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  await expect(page.getByTestId('product-picture')).toHaveAttribute('src', /\/api\/images\/[^/]+\/card\?/);
  await shot(page, 'catalog-03-product-saved-with-picture');

  // The product list (AG Grid, paged on the server) finds it.
  await page.getByRole('link', { name: 'К списку товаров' }).click();
  await page.getByTestId('products-search').fill(sku);
  await expect(page.getByTestId('products-total')).toHaveText('Найдено: 1');
  const gridRow = page.getByTestId('products-grid').getByRole('row').filter({ hasText: sku });
  await expect(gridRow).toContainText('Саморез тестовый');
  await expect(gridRow).toContainText('Коробка 1 000');
  await expect(gridRow.locator('img')).toHaveAttribute('src', /\/thumb\?/);
  await shot(page, 'catalog-04-product-list');

  // Stock: a manual correction with a reason; the new availability shows at once.
  await nav(page).getByRole('link', { name: 'Остатки' }).click();
  await page.getByRole('button', { name: 'Корректировка' }).click();
  const adjust = page.getByTestId('adjust-form');
  await adjust.getByRole('combobox', { name: 'Товар' }).fill(sku);
  await page.getByRole('option', { name: new RegExp(sku) }).click();
  await pick(page, 'Склад', /MSK-1/, adjust);
  await adjust.getByLabel('Остаток на складе').fill('1 500');
  await adjust.getByRole('button', { name: 'Сохранить корректировку' }).click();
  await expect(adjust.getByText('Укажите причину корректировки')).toBeVisible();
  await adjust.getByLabel('Причина').fill('Инвентаризация: пересчёт после приёмки');
  await adjust.getByRole('button', { name: 'Сохранить корректировку' }).click();
  await expect(page.getByTestId('adjust-result-numbers')).toHaveText(
    'На складе 1 500 шт, в резерве 0 шт, доступно 1 500 шт',
  );
  await shot(page, 'catalog-05-stock-adjusted');
  await page.getByRole('button', { name: 'Готово' }).click();
  await page.getByTestId('stock-search').fill(sku);
  const stockRow = page.getByTestId('stock-row').filter({ hasText: sku });
  await expect(stockRow).toHaveCount(1);
  await expect(stockRow.getByTestId('available')).toHaveText('1 500 шт');

  // A write-off by a delta.
  await stockRow.getByRole('button', { name: 'Изменить' }).click();
  const again = page.getByTestId('adjust-form');
  await again.getByText('Изменить на').click();
  await again.getByLabel('Изменение').fill('-2');
  await again.getByLabel('Причина').fill('Бой при погрузке');
  await again.getByRole('button', { name: 'Сохранить корректировку' }).click();
  await expect(page.getByTestId('adjust-result-numbers')).toContainText('доступно 1 498 шт');
  await page.getByRole('button', { name: 'Готово' }).click();
  await expect(stockRow.getByTestId('available')).toHaveText('1 498 шт');
  await shot(page, 'catalog-06-stock-list');

  // The audit log has both corrections with their reasons.
  const audit = await adminApi<{ auditEvents: { items: { reason: string | null; after: string | null }[] } }>(
    request,
    `{ auditEvents(filter: { action: "stock.adjusted" }, take: 10) { items { reason after } } }`,
  );
  const reasons = audit.auditEvents.items.map((e) => e.reason);
  expect(reasons).toContain('Инвентаризация: пересчёт после приёмки');
  expect(reasons).toContain('Бой при погрузке');
});

test('a sales manager reads the catalog but gets no editor, and the API refuses him', async ({ page, request }) => {
  await adminLogin(page, 'manager@demo.wholesail.local');
  await nav(page).getByRole('link', { name: 'Товары' }).click();
  await expect(page.getByTestId('products-total')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Новый товар' })).toHaveCount(0);

  // A product opens read-only: no save button, fields disabled.
  await page.getByTestId('products-search').fill('AVT-000172');
  await expect(page.getByTestId('products-total')).toHaveText('Найдено: 1');
  await page.getByTestId('products-grid').getByRole('link', { name: 'AVT-000172' }).click();
  await expect(page.getByTestId('read-only')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Сохранить' })).toHaveCount(0);
  await expect(page.getByTestId('product-form').getByLabel('Наименование')).toBeDisabled();
  await shot(page, 'catalog-07-sales-manager-read-only');

  // The tree has no editing actions; the new-product page is closed.
  await nav(page).getByRole('link', { name: 'Категории' }).click();
  await expect(page.getByTestId('category-row').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Добавить категорию' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Выше' })).toHaveCount(0);
  await page.goto('/admin/catalog/products/new');
  await expect(page.getByTestId('no-access')).toBeVisible();
  await nav(page).getByRole('link', { name: 'Остатки' }).click();
  await expect(page.getByTestId('stock-row').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Корректировка' })).toHaveCount(0);

  // The API says no as well: to the tree, the product, the stock and the picture upload.
  const token = await tokenOf(request, 'manager@demo.wholesail.local');
  const products = await apiAs(request, token, `{ products(filter: { search: "AVT-000172" }) { items { id } } }`);
  const productId = (products.data as { products: { items: { id: string }[] } }).products.items[0].id;
  for (const mutation of [
    `mutation { createCategory(input: { name: "Чужая категория" }) { id } }`,
    `mutation { updateProduct(id: "${productId}", input: { sku: "AVT-000172", name: "Чужое" }) { id } }`,
  ]) {
    const answer = await apiAs(request, token, mutation);
    expect(answer.errors?.[0]?.extensions?.code, mutation).toBe('FORBIDDEN');
  }
  const upload = await request.post(`/api/admin/products/${productId}/image`, {
    multipart: { file: { name: 'x.png', mimeType: 'image/png', buffer: PNG } },
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(upload.status()).toBe(403);
});

test('stock staff add a warehouse and an incoming supply, move it along, and release a buyer’s reservation', async ({
  page,
}) => {
  const suffix = uniqueSuffix().toUpperCase();
  const code = `E2E-${suffix}`.slice(0, 30);
  await adminLogin(page, 'catalog@demo.wholesail.local');

  // A warehouse with a pickup point.
  await nav(page).getByRole('link', { name: 'Склады' }).click();
  await expect(page.getByTestId('warehouse-row').filter({ hasText: 'MSK-1' })).toBeVisible();
  await page.getByRole('button', { name: 'Новый склад' }).click();
  const warehouse = page.getByTestId('warehouse-form');
  await warehouse.getByLabel('Код').fill(code);
  await warehouse.getByLabel('Название').fill(`Казань, Индустриальный ${suffix}`);
  await warehouse.getByLabel('Город').fill('Казань');
  await warehouse.getByLabel('Регион').fill('Республика Татарстан');
  await warehouse.getByLabel('Самовывоз').check();
  await warehouse.getByRole('button', { name: 'Сохранить' }).click();
  const row = page.getByTestId('warehouse-row').filter({ hasText: code });
  await expect(row).toContainText('Самовывоз');
  await expect(row).toContainText('Активен');
  await shot(page, 'catalog-08-warehouses');

  // A supply of a demo product to it, then in transit with a new date.
  await nav(page).getByRole('link', { name: 'Поставки' }).click();
  await expect(page.getByTestId('supply-row').first()).toBeVisible();
  await page.getByRole('button', { name: 'Новая поставка' }).click();
  const supply = page.getByTestId('supply-form');
  await supply.getByRole('combobox', { name: 'Товар' }).fill('AVT-000172');
  await page.getByRole('option', { name: /AVT-000172/ }).click();
  await pick(page, 'Склад', new RegExp(code), supply);
  await supply.getByLabel('Количество').fill('0');
  await supply.getByLabel('Ожидается').fill('2030-03-15');
  await supply.getByRole('button', { name: 'Сохранить' }).click();
  await expect(supply.getByText('Количество должно быть больше нуля')).toBeVisible();
  await supply.getByLabel('Количество').fill('2 400');
  await supply.getByRole('button', { name: 'Сохранить' }).click();
  await expect(supply).toBeHidden();
  await page.getByRole('combobox', { name: 'Склад' }).click();
  await page.getByRole('option', { name: new RegExp(code) }).click();
  const supplyRow = page.getByTestId('supply-row');
  await expect(supplyRow).toHaveCount(1);
  await expect(supplyRow).toContainText('2 400 шт');
  await expect(supplyRow.getByTestId('supply-status')).toHaveText('Ожидается');
  await supplyRow.getByRole('button', { name: 'Изменить' }).click();
  await pick(page, 'Статус', 'В пути', page.getByTestId('supply-form'));
  await page.getByTestId('supply-form').getByLabel('Ожидается').fill('2030-03-20');
  await page.getByTestId('supply-form').getByRole('button', { name: 'Сохранить' }).click();
  await expect(supplyRow.getByTestId('supply-status')).toHaveText('В пути');
  await expect(supplyRow).toContainText('20.03.2030');
  await shot(page, 'catalog-09-supplies');

  // Every company's reservations; one released early with a reason.
  await nav(page).getByRole('link', { name: 'Резервы' }).click();
  const reservations = page.getByTestId('reservation-row');
  await expect(reservations.first()).toBeVisible();
  const before = await reservations.count();
  const first = reservations.first();
  await first.getByRole('button', { name: 'Снять резерв' }).click();
  await page.getByRole('dialog').getByLabel('Причина (для журнала аудита)').fill('Клиент отказался по телефону');
  await page.getByRole('dialog').getByRole('button', { name: 'Снять резерв' }).click();
  await expect(reservations).toHaveCount(before - 1);
  // Filter by a company from its row (catalog staff have no company list to pick from).
  const company = (await reservations.first().getByRole('button').first().textContent()) ?? '';
  await reservations.first().getByRole('button').first().click();
  await expect(page).toHaveURL(/company=/);
  await expect(page.getByText(`Компания: ${company}`)).toBeVisible();
  await expect(reservations.first()).toBeVisible();
  await expect(reservations.filter({ hasNotText: company })).toHaveCount(0);
  await shot(page, 'catalog-10-reservations');
});
