import { expect, type Page, test } from '@playwright/test';

import { shot, storefrontLogin } from './helpers';

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

test('a purchaser types quantities in several catalog rows (Enter moves down) and adds them all with one action', async ({
  page,
}) => {
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

  await page.getByTestId('add-all').click();
  await expect(page.getByTestId('add-all-result')).toContainText('Добавлено строк: 4');
  await expect(page.getByTestId('cart-badge')).toHaveAttribute('data-count', '4');
  // Taken rows are cleared; the button counts nothing left.
  await expect(page.getByTestId('add-all')).toHaveText('Добавить всё в корзину (0)');
  await shot(page, 'ordering-02-added');

  // The cart shows the four lines with a total.
  await page.getByTestId('cart-badge').getByRole('link').click();
  await expect(cartRows(page)).toHaveCount(4);
  expect(money(await page.getByTestId('cart-total').innerText())).toBeGreaterThan(0);
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
