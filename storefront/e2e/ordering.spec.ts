import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD } from '@wholesail/shared/web/e2e';
import * as XLSX from '@e965/xlsx';
import { readFile } from 'node:fs/promises';

import { newPerson, shot, storefrontLogin } from './helpers';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Разделы' });
const catalogRow = (page: Page, index: number) =>
  page.getByTestId('catalog-grid').locator(`.ag-row[row-index="${index}"]`);
const cartRows = (page: Page) => page.getByTestId('cart-grid').locator('.ag-row');
const money = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'));

/** Starts from an empty cart (the tests share one demo database). */
async function emptyCart(page: Page) {
  await page.goto('/cart');
  const empty = page.getByTestId('cart-empty');
  const grid = page.getByTestId('cart-grid');
  await expect(empty.or(grid)).toBeVisible();
  if (await grid.isVisible()) {
    await page.getByRole('button', { name: 'Очистить корзину' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Очистить корзину' }).click();
    await expect(empty).toBeVisible();
  }
  await expect(page.getByTestId('cart-badge')).toHaveAttribute('data-count', '0');
}

test('a purchaser types quantities in 150 catalog rows (Enter moves down) and adds them all with one action', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await storefrontLogin(page, 'purchaser@demo.wholesail.local');
  await emptyCart(page);
  await nav(page).getByRole('link', { name: 'Каталог' }).click();
  await expect(catalogRow(page, 0)).toContainText(/[A-Z]{3}-\d{6}/);

  // Row 0: a click opens the editor; Enter saves and moves down; typing on a focused cell edits it.
  await catalogRow(page, 0).locator('[col-id="quantity"]').click();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  for (const quantity of ['2', '5', '1']) {
    await page.keyboard.type(quantity);
    await page.keyboard.press('Enter');
  }
  await expect(catalogRow(page, 3).getByTestId('qty-cell')).toContainText('1');
  await expect(page.getByTestId('add-all')).toHaveText('Добавить всё в корзину (4)');
  await shot(page, 'ordering-01-quantities');
  // On down the column to 150 rows (the second page of the catalog loads as the cursor reaches it).
  for (let row = 4; row < 150; row++) {
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('add-all')).toHaveText('Добавить всё в корзину (150)');

  await page.getByTestId('add-all').click();
  await expect(page.getByTestId('add-all-result')).toContainText('Добавлено строк: 150');
  await expect(page.getByTestId('cart-badge')).toHaveAttribute('data-count', '150');
  // Taken rows are cleared; the button counts nothing left.
  await expect(page.getByTestId('add-all')).toHaveText('Добавить всё в корзину (0)');
  await shot(page, 'ordering-02-added');

  // The cart shows the lines with a total.
  await page.getByTestId('cart-badge').getByRole('link').click();
  await expect(page.getByTestId('cart-grid')).toBeVisible();
  expect(money(await page.getByTestId('cart-total').innerText())).toBeGreaterThan(0);
  await emptyCart(page);
});

test('quick order: a pasted list with an unknown SKU and a duplicate is checked, reported and added; the cart total follows a quantity edit', async ({
  page,
}) => {
  await storefrontLogin(page, 'purchaser@demo.wholesail.local');
  await emptyCart(page);

  // Two real SKUs from the catalog.
  await page.goto('/catalog');
  const skus = [];
  for (const i of [0, 1]) {
    await expect(catalogRow(page, i)).toContainText(/[A-Z]{3}-\d{6}/);
    skus.push((await catalogRow(page, i).locator('[col-id="sku"]').innerText()).trim());
  }

  await nav(page).getByRole('link', { name: 'Быстрый заказ' }).click();
  await page.getByTestId('quick-order-text').fill(`${skus[0]}\t2\n${skus[1]}; 1\nZZZ-NOPE-1 5\n${skus[0]} 1`);
  await page.getByTestId('quick-check').click();
  const report = page.getByTestId('entry-report');
  await expect(report.getByTestId('report-valid')).toHaveText('Готово к добавлению: 2');
  await expect(report.getByTestId('report-merged')).toContainText('1');
  const unknown = report.locator('[data-testid="report-error"][data-code="UNKNOWN_SKU"]');
  await expect(unknown).toContainText('3');
  await expect(unknown).toContainText('Неизвестный артикул ZZZ-NOPE-1');
  await expect(page.getByTestId('cart-badge')).toHaveAttribute('data-count', '0');
  await shot(page, 'ordering-03-quick-check');

  await page.getByTestId('quick-add').click();
  await expect(report.getByTestId('report-applied')).toHaveText('Добавлено в корзину строк: 2');
  await expect(page.getByTestId('cart-badge')).toHaveAttribute('data-count', '2');

  // The cart: change a quantity in place, the line amount and the total follow.
  await page.getByTestId('quick-open-cart').click();
  await expect(cartRows(page)).toHaveCount(2);
  const total = money(await page.getByTestId('cart-total').innerText());
  const row = cartRows(page).filter({ hasText: skus[1] });
  await row.locator('[col-id="quantity"]').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect(row.locator('[col-id="quantity"]')).toHaveText('4');
  await expect.poll(async () => money(await page.getByTestId('cart-total').innerText())).toBeGreaterThan(total);
  await expect(page.getByTestId('vat-row').first()).toBeVisible();
  await shot(page, 'ordering-04-cart-edited');

  // Remove one line.
  await row.locator('.ag-selection-checkbox input').check();
  await page.getByTestId('remove-selected').click();
  await expect(cartRows(page)).toHaveCount(1);
  await expect(page.getByTestId('cart-badge')).toHaveAttribute('data-count', '1');
});

/** Runs one shop API operation as `email` (setup only: what the test is about goes through the screens). */
async function shopApi(
  request: APIRequestContext,
  email: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const login = await request.post('/shop-api', {
    data: {
      query: `mutation L($input: LoginInput!) { login(input: $input) { ... on ShopAuthPayload { accessToken } } }`,
      variables: { input: { email, password: DEMO_PASSWORD } },
    },
  });
  const token = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
  const answer = await request.post('/shop-api', {
    data: { query, variables },
    headers: { Authorization: `Bearer ${token}` },
  });
  return (await answer.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

/** Types a quantity into row 0 of two top categories (two seller divisions: the order splits), in stock only. */
async function fillTwoCategories(page: Page) {
  await page.goto('/catalog?stock=1');
  for (const name of ['Крепёж', 'Электротехника']) {
    await page.getByTestId('category').filter({ hasText: name }).first().click();
    await expect(page.getByTestId('catalog-title')).toHaveText(name);
    await expect(catalogRow(page, 0)).toContainText(/[A-Z]{3}-\d{6}/);
    await catalogRow(page, 0).locator('[col-id="quantity"]').click();
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('add-all')).toHaveText('Добавить всё в корзину (2)');
  await page.getByTestId('add-all').click();
  await expect(page.getByTestId('add-all-result')).toContainText('Добавлено строк: 2');
}

test('checkout: a double click places one order, split into sub-orders, seen in the history with its lines and status history', async ({
  page,
}) => {
  await storefrontLogin(page, 'purchaser@demo.wholesail.local');
  await emptyCart(page);
  await fillTwoCategories(page);

  await page.goto('/cart');
  await page.getByTestId('to-checkout').click();
  await expect(page.getByTestId('checkout-contract')).toContainText('№');
  const po = `PO-E2E-${Date.now()}`;
  await page.getByTestId('checkout-po').fill(po);
  await shot(page, 'ordering-05-checkout');
  // A double click: one idempotency key, one order.
  await page.getByTestId('place-order').dblclick();
  await expect(page.getByTestId('order-placed')).toBeVisible();
  await expect(page.getByTestId('submission-po')).toHaveText(po);
  const subOrders = page.getByTestId('sub-order');
  expect(await subOrders.count()).toBeGreaterThanOrEqual(2);
  await expect(subOrders.first().getByTestId('order-status')).toHaveAttribute('data-status', 'NEW');
  await expect(subOrders.first().getByTestId('order-history')).toContainText('Новый');
  await expect(page.getByTestId('cart-badge')).toHaveAttribute('data-count', '0');
  await shot(page, 'ordering-06-placed');

  // History: searched by the PO number, exactly one submission, with its sub-orders.
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Заказы' }).click();
  await page.getByTestId('orders-search').fill(po);
  await expect(page.getByTestId('order-row')).toHaveCount(1);
  expect(await page.getByTestId('order-row').getByTestId('order-status').count()).toBeGreaterThanOrEqual(2);
  await shot(page, 'ordering-07-history');

  // Another company's buyer does not find it.
  const other = await newPerson(page.context().browser()!);
  await storefrontLogin(other.page, 'director2@demo.wholesail.local');
  await other.page.goto('/orders');
  await other.page.getByTestId('orders-search').fill(po);
  await expect(other.page.getByTestId('orders-empty')).toBeVisible();
  await other.context.close();
});

test('a purchaser over his order limit waits; the director is notified, approves with a comment, the purchaser sees it new', async ({
  page,
  browser,
  request,
}) => {
  // Setup through the API: the director lowers the purchaser's limit (the users page does the same).
  const users = await shopApi(request, 'director@demo.wholesail.local', `{ companyUsers { id email } }`);
  const purchaser = (users.data!.companyUsers as { id: string; email: string }[]).find(
    (u) => u.email === 'purchaser@demo.wholesail.local',
  )!;
  const setLimit = (orderLimit: string, monthlyLimit: string | null) =>
    shopApi(
      request,
      'director@demo.wholesail.local',
      `mutation S($userId: ID!, $limits: UserLimitsInput!) { setCompanyUserLimits(userId: $userId, limits: $limits) { __typename } }`,
      { userId: purchaser.id, limits: { orderLimit, monthlyLimit } },
    );
  await setLimit('1', null);
  try {
    await storefrontLogin(page, 'purchaser@demo.wholesail.local');
    await emptyCart(page);
    await fillTwoCategories(page);
    await page.goto('/checkout');
    await page.getByTestId('place-order').click();
    await expect(page.getByTestId('order-placed')).toContainText('ждёт согласования');
    await expect(page.getByTestId('approval-status')).toHaveAttribute('data-status', 'PENDING');
    await expect(page.getByTestId('sub-order').first().getByTestId('order-status')).toHaveAttribute(
      'data-status',
      'AWAITING_APPROVAL',
    );
    const number = (await page.getByTestId('submission-number').innerText()).replace('Заказ ', '');
    await shot(page, 'ordering-08-awaiting');

    const director = await newPerson(browser);
    await storefrontLogin(director.page, 'director@demo.wholesail.local');
    await expect(director.page.getByTestId('notifications-bell')).not.toHaveAttribute('data-count', '0');
    await director.page.getByTestId('notifications-bell').click();
    await director.page.getByTestId('notification').filter({ hasText: number }).first().click();
    await expect(director.page.getByTestId('submission-number')).toContainText(number);
    await director.page.getByTestId('approve').click();
    await director.page.getByTestId('decision-comment').fill('Согласовано, в бюджете');
    await director.page.getByTestId('decision-confirm').click();
    await expect(director.page.getByTestId('approval-status')).toHaveAttribute('data-status', 'APPROVED');
    await shot(director.page, 'ordering-09-approved');
    await director.context.close();

    await page.reload();
    await expect(page.getByTestId('approval-status')).toHaveAttribute('data-status', 'APPROVED');
    await expect(page.getByTestId('sub-order').first().getByTestId('order-status')).toHaveAttribute(
      'data-status',
      'NEW',
    );
    await expect(page.getByTestId('sub-order').first().getByTestId('order-history')).toContainText(
      'Согласовано, в бюджете',
    );
  } finally {
    await setLimit('500000', '2000000');
  }
});

test('Excel round trip: the price list of a category downloads with progress, comes back filled in, the report names each bad row, the valid rows are taken', async ({
  page,
}) => {
  await storefrontLogin(page, 'purchaser@demo.wholesail.local');
  await emptyCart(page);
  await page.goto('/catalog');
  await page.getByTestId('category').filter({ hasText: 'Крепёж' }).first().click();
  await page.getByTestId('category').filter({ hasText: 'Саморезы' }).first().click();
  await page.getByTestId('category').filter({ hasText: 'Саморезы по дереву' }).first().click();
  await expect(page.getByTestId('catalog-count')).toHaveText('Товаров: 413');
  await page.getByTestId('catalog-excel').click();
  await expect(page.getByTestId('excel-category')).toHaveValue(/Саморезы по дереву/);

  const downloading = page.waitForEvent('download');
  await page.getByTestId('excel-download').click();
  const download = await downloading;
  await expect(page.getByTestId('excel-download-progress')).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('excel-download-progress')).toContainText('товаров 413');
  await shot(page, 'ordering-10-excel-downloaded');

  // Fill the Quantity column as a buyer would: one good row, one bad quantity, one SKU mistyped.
  const book = XLSX.read(await readFile(await download.path()), { type: 'buffer' });
  const sheet = book.Sheets[book.SheetNames[0]];
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true });
  const headerIndex = rows.findIndex((r) => Array.isArray(r) && r.includes('Артикул'));
  const header = rows[headerIndex];
  const skuCol = header.indexOf('Артикул');
  const qtyCol = header.indexOf('Количество');
  expect(rows.length - headerIndex - 1).toBe(413);
  const cell = (row: number, col: number) => XLSX.utils.encode_cell({ r: row, c: col });
  sheet[cell(headerIndex + 1, qtyCol)] = { t: 'n', v: 1 };
  sheet[cell(headerIndex + 2, qtyCol)] = { t: 's', v: 'много' };
  sheet[cell(headerIndex + 3, skuCol)] = { t: 's', v: 'ZZZ-NOPE-9' };
  sheet[cell(headerIndex + 3, qtyCol)] = { t: 'n', v: 2 };
  const filled = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;

  await page.locator('input[type="file"]').setInputFiles({
    name: 'price-list-filled.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: filled,
  });
  await page.getByTestId('excel-check').click();
  const report = page.getByTestId('entry-report');
  await expect(report.getByTestId('report-valid')).toHaveText('Готово к добавлению: 1');
  await expect(report.locator('[data-testid="report-error"][data-code="BAD_QUANTITY"]')).toContainText(
    String(headerIndex + 3),
  );
  await expect(report.locator('[data-testid="report-error"][data-code="UNKNOWN_SKU"]')).toContainText('ZZZ-NOPE-9');
  // A check writes nothing.
  await expect(page.getByTestId('cart-badge')).toHaveAttribute('data-count', '0');
  await shot(page, 'ordering-11-excel-report');

  await page.getByTestId('excel-take-valid').click();
  await expect(report.getByTestId('report-applied')).toHaveText('Добавлено в корзину строк: 1');
  await expect(page.getByTestId('cart-badge')).toHaveAttribute('data-count', '1');
});

test('templates: the cart is saved as a template, shared in the company, and put back into an emptied cart', async ({
  page,
}) => {
  await storefrontLogin(page, 'purchaser@demo.wholesail.local');
  await emptyCart(page);
  await fillTwoCategories(page);
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Списки и шаблоны' }).click();
  const name = `Еженедельный ${Date.now()}`;
  await page.getByTestId('list-name').fill(name);
  await page.getByRole('switch', { name: 'Виден коллегам' }).check({ force: true });
  await page.getByTestId('save-template').click();
  await page.getByRole('tab', { name: /Шаблоны заказов/ }).click();
  const row = page.getByTestId('template-row').filter({ hasText: name });
  await expect(row).toContainText('общий');
  await expect(row).toContainText('2');

  await emptyCart(page);
  await page.goto('/lists');
  await page.getByRole('tab', { name: /Шаблоны заказов/ }).click();
  await page.getByTestId('template-row').filter({ hasText: name }).getByTestId('template-to-cart').click();
  await expect(page.getByTestId('cart-badge')).toHaveAttribute('data-count', '2');
  await shot(page, 'ordering-12-template');
});

test('a short list is edited on its page: items added by SKU with a row report, a quantity changed and cleared, an item removed, renamed, put into the cart, deleted', async ({
  page,
}) => {
  await storefrontLogin(page, 'purchaser@demo.wholesail.local');
  await emptyCart(page);
  await page.goto('/catalog');
  const skus: string[] = [];
  for (const i of [0, 1]) {
    await expect(catalogRow(page, i)).toContainText(/[A-Z]{3}-\d{6}/);
    skus.push((await catalogRow(page, i).locator('[col-id="sku"]').innerText()).trim());
  }

  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Списки и шаблоны' }).click();
  const name = `Ходовые ${Date.now()}`;
  await page.getByTestId('list-name').fill(name);
  await page.getByTestId('create-list').click();
  await page.getByTestId('list-row').filter({ hasText: name }).getByTestId('list-open').click();
  await expect(page).toHaveURL(/\/lists\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('list-items-empty')).toBeVisible();

  // Two known SKUs (one with a quantity, one without) and a mistyped one.
  await page.getByTestId('list-add-skus').fill(`${skus[0]} 5\nZZZ-NOPE-7\n${skus[1]}`);
  await page.getByTestId('list-add-submit').click();
  const items = page.getByTestId('list-item');
  await expect(items).toHaveCount(2);
  await expect(page.getByTestId('list-row-error')).toHaveText(/Строка 2: Неизвестный артикул ZZZ-NOPE-7/);
  // Only the refused line stays in the box, to be fixed.
  await expect(page.getByTestId('list-add-skus')).toHaveValue('ZZZ-NOPE-7');
  const first = items.filter({ hasText: skus[0] }).getByTestId('item-quantity');
  const second = items.filter({ hasText: skus[1] }).getByTestId('item-quantity');
  await expect(second).toHaveValue('');
  await shot(page, 'lists-01-added-by-sku');

  // Quantities in place: the first doubled (still a valid multiple), the second set then cleared.
  const typed = Number((await first.inputValue()).replace(/\s/g, '').replace(',', '.'));
  expect(typed).toBeGreaterThanOrEqual(5);
  const saved = () =>
    page.waitForResponse(
      (r) => r.url().endsWith('/shop-api') && !!r.request().postData()?.includes('UpdateShortListItems'),
    );
  const save = async (box: typeof first, text: string) => {
    await box.fill(text);
    await Promise.all([saved(), box.press('Enter')]);
  };
  await save(first, String(typed * 2));
  await expect(first).toHaveValue(new Intl.NumberFormat('ru-RU').format(typed * 2));
  await save(second, '1');
  await expect(second).toHaveValue('1');
  await save(second, '');
  await expect(second).toHaveValue('');
  await page.reload();
  await expect(items.filter({ hasText: skus[0] }).getByTestId('item-quantity')).toHaveValue(
    new Intl.NumberFormat('ru-RU').format(typed * 2),
  );

  // Remove the second, rename the list.
  await items.filter({ hasText: skus[1] }).getByTestId('item-remove').click();
  await expect(items).toHaveCount(1);
  await page.getByTestId('list-rename').fill(`${name} (ред.)`);
  await page.getByTestId('list-rename-save').click();
  await expect(page.getByText('Список переименован')).toBeVisible();
  await shot(page, 'lists-02-edited');

  // Into the cart, then delete the list.
  await page.getByTestId('list-to-cart').click();
  await expect(page.getByTestId('cart-badge')).toHaveAttribute('data-count', '1');
  await page.getByTestId('list-delete').click();
  await expect(page).toHaveURL(/\/lists$/);
  await expect(page.getByTestId('list-row').filter({ hasText: name })).toHaveCount(0);
  await emptyCart(page);
});

test('an order above the purchaser’s monthly limit waits, and both he and the director read which limit it is', async ({
  page,
  browser,
  request,
}) => {
  const users = await shopApi(request, 'director@demo.wholesail.local', `{ companyUsers { id email } }`);
  const purchaser = (users.data!.companyUsers as { id: string; email: string }[]).find(
    (u) => u.email === 'purchaser@demo.wholesail.local',
  )!;
  const setLimits = (orderLimit: string | null, monthlyLimit: string | null) =>
    shopApi(
      request,
      'director@demo.wholesail.local',
      `mutation S($userId: ID!, $limits: UserLimitsInput!) { setCompanyUserLimits(userId: $userId, limits: $limits) { __typename } }`,
      { userId: purchaser.id, limits: { orderLimit, monthlyLimit } },
    );
  await setLimits(null, '10');
  try {
    await storefrontLogin(page, 'purchaser@demo.wholesail.local');
    await emptyCart(page);
    await fillTwoCategories(page);
    await page.goto('/checkout');
    await page.getByTestId('place-order').click();
    await expect(page.getByTestId('approval-status')).toHaveAttribute('data-status', 'PENDING');
    const reason = page.getByTestId('approval-reason');
    await expect(reason).toContainText('Почему нужно согласование');
    await expect(reason.locator('[data-kind="MONTHLY_LIMIT"]')).toHaveText(
      /^месячный лимит 10,00\s₽, в этом месяце [\d\s]+,\d\d\s₽ \+ этот заказ [\d\s]+,\d\d\s₽$/,
    );
    await expect(reason.locator('[data-kind="ORDER_LIMIT"]')).toHaveCount(0);
    const text = await reason.locator('[data-kind="MONTHLY_LIMIT"]').innerText();
    const number = (await page.getByTestId('submission-number').innerText()).replace('Заказ ', '');
    await shot(page, 'ordering-14-monthly-limit');

    const director = await newPerson(browser);
    await storefrontLogin(director.page, 'director@demo.wholesail.local');
    await director.page.getByTestId('notifications-bell').click();
    await director.page.getByTestId('notification').filter({ hasText: number }).first().click();
    await expect(director.page.getByTestId('submission-number')).toContainText(number);
    await expect(director.page.getByTestId('approval-reason').locator('[data-kind="MONTHLY_LIMIT"]')).toHaveText(text);
    await expect(director.page.getByTestId('approve')).toBeVisible();
    await shot(director.page, 'ordering-15-monthly-limit-director');
    await director.context.close();
  } finally {
    await setLimits('500000', '2000000');
  }
});
