import { expect, type Page, test } from '@playwright/test';

import { uniqueSuffix } from '@wholesail/shared/web/e2e';

import { newPerson, shot, storefrontLogin } from './helpers';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Разделы' });
const category = (page: Page, name: string) => page.getByTestId('category').filter({ hasText: name }).first();
const count = async (page: Page) => Number((await page.getByTestId('catalog-count').innerText()).replace(/\D/g, ''));
const rows = (page: Page) => page.getByTestId('catalog-grid').locator('.ag-row');
/** Facet counts for the current filter have arrived (options do not move under the mouse). */
const facetsSettled = (page: Page) => expect(page.getByTestId('facets')).toHaveAttribute('data-loading', 'false');
const firstRow = (page: Page) => page.getByTestId('catalog-grid').locator('.ag-row[row-index="0"]');

test('a buyer browses a category, filters by two facets that stay in the URL after a reload, and sees stock per warehouse', async ({
  page,
}) => {
  await storefrontLogin(page, 'purchaser@demo.wholesail.local');
  await nav(page).getByRole('link', { name: 'Каталог' }).click();
  await expect(page.getByTestId('catalog-title')).toHaveText('Каталог');
  await expect(firstRow(page)).toContainText(/[A-Z]{3}-\d{6}/);

  // Down the tree: Крепёж → Саморезы → Саморезы по дереву.
  await category(page, 'Крепёж').click();
  await category(page, 'Саморезы').click();
  await category(page, 'Саморезы по дереву').click();
  await expect(page.getByTestId('catalog-title')).toHaveText('Саморезы по дереву');
  await expect(page).toHaveURL(/[?&]cat=/);
  await expect(page.getByTestId('catalog-count')).toHaveText('Товаров: 413');
  await expect(firstRow(page)).toContainText('SRD-');
  await shot(page, 'catalog-01-category');

  // First facet: a brand. The count in the facet is what the table then shows.
  await facetsSettled(page);
  const brand = page.getByTestId('facet-brands').getByRole('checkbox').first();
  const brandOption = page.getByTestId('facet-brands').locator('.mantine-Checkbox-root').first();
  const brandCount = Number((await brandOption.getByTestId('facet-count').innerText()).replace(/\D/g, ''));
  const brandName = (await brandOption.locator('label span').first().innerText()).trim();
  // (click, not check(): the URL changes in a transition, the box follows a moment later)
  await brand.click();
  await expect(brand).toBeChecked();
  await expect(page).toHaveURL(/[?&]brand=/);
  await expect(page.getByTestId('catalog-count')).toHaveText(`Товаров: ${brandCount}`);
  await facetsSettled(page);

  // Second facet: an attribute (the coating), counted with the brand applied.
  const coating = page.getByTestId('facet-coating').locator('.mantine-Checkbox-root').first();
  const coatingLabel = (await coating.locator('label span').first().innerText()).trim();
  const coatingCount = Number((await coating.getByTestId('facet-count').innerText()).replace(/\D/g, ''));
  expect(coatingCount).toBeGreaterThan(0);
  expect(coatingCount).toBeLessThan(brandCount);
  await page.getByTestId('facet-coating').getByRole('checkbox', { name: coatingLabel }).click();
  await expect(page.getByTestId('facet-coating').getByRole('checkbox', { name: coatingLabel })).toBeChecked();
  await expect(page).toHaveURL(/[?&]a\.[0-9a-f-]+=/);
  await expect(page.getByTestId('catalog-count')).toHaveText(`Товаров: ${coatingCount}`);
  // Every loaded row is of that brand.
  await expect(firstRow(page)).toContainText(brandName);
  for (const text of await rows(page).allInnerTexts()) expect(text).toContain(brandName);
  const filteredUrl = page.url();
  await shot(page, 'catalog-02-two-facets');

  // The view survives a reload: same category, same facets, same rows.
  await page.reload();
  await expect(page).toHaveURL(filteredUrl);
  await expect(page.getByTestId('catalog-title')).toHaveText('Саморезы по дереву');
  await expect(page.getByTestId('catalog-count')).toHaveText(`Товаров: ${coatingCount}`);
  await expect(page.getByTestId('facet-brands').getByRole('checkbox').first()).toBeChecked();
  await expect(page.getByTestId('facet-coating').getByRole('checkbox', { name: coatingLabel })).toBeChecked();

  // Stock per warehouse with the next supplies, from the availability cell.
  await firstRow(page).getByTestId('availability').click();
  const popover = page.getByTestId('availability-popover');
  await expect(popover).toBeVisible();
  await expect(popover.getByTestId('warehouse-stock-row').first()).toContainText(
    /Москва|Санкт-Петербург|Екатеринбург|Новосибирск/,
  );
  await shot(page, 'catalog-03-stock-by-warehouse');
  await page.keyboard.press('Escape');

  // Sorting by SKU, descending, goes to the URL too.
  await page.getByRole('columnheader', { name: 'Артикул' }).click();
  await page.getByRole('columnheader', { name: 'Артикул' }).click();
  await expect(page).toHaveURL(/sort=sku\.desc/);

  // Reserving from the table opens the form for that row's product.
  const sku = (await firstRow(page).locator('[col-id="sku"]').innerText()).trim();
  await firstRow(page).getByTestId('reserve-button').click();
  const reserveDialog = page.getByRole('dialog', { name: 'Резерв товара' });
  await expect(reserveDialog).toContainText(sku);
  await reserveDialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(reserveDialog).toHaveCount(0);

  // The column choice is remembered in the browser.
  await page.getByTestId('column-chooser').click();
  await page.getByRole('menu').getByRole('checkbox', { name: 'Бренд' }).click();
  await expect(page.getByRole('menu').getByRole('checkbox', { name: 'Бренд' })).not.toBeChecked();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('columnheader', { name: 'Бренд' })).toHaveCount(0);
  await page.reload();
  await expect(firstRow(page)).toContainText('SRD-');
  await expect(page.getByRole('columnheader', { name: 'Наличие' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Бренд' })).toHaveCount(0);

  // Clearing the filters leaves the category.
  await page.getByTestId('reset-filters').click();
  await expect(page.getByTestId('catalog-count')).toHaveText('Товаров: 413');
  await expect(page).not.toHaveURL(/brand=/);
});

test('search by SKU prefix with the keyboard opens the card; reserve, extend and release; another company never sees the hold', async ({
  page,
  browser,
}) => {
  const note = `Под объект ${uniqueSuffix()}`;
  await storefrontLogin(page, 'purchaser@demo.wholesail.local');
  await page.goto('/catalog');
  const search = page.getByTestId('catalog-search');
  await search.fill('SRD-00021');
  const suggestions = page.getByTestId('suggestion');
  await expect(suggestions.first()).toBeVisible();
  // The typed prefix is highlighted in every SKU.
  await expect(suggestions.first().locator('mark').first()).toHaveText('SRD-00021');
  const second = (
    await suggestions
      .nth(1)
      .locator('mark')
      .first()
      .evaluate((m) => m.parentElement?.textContent ?? '')
  ).slice(0, 10);
  expect(second).toMatch(/^SRD-00021\d$/);
  await shot(page, 'catalog-04-suggestions');
  await search.press('ArrowDown');
  await search.press('ArrowDown');
  await search.press('Enter');

  // The card opens (and is a link: the URL names the product).
  const card = page.getByRole('dialog');
  await expect(card).toContainText(second);
  await expect(page).toHaveURL(/[?&]product=/);
  await expect(card.getByTestId('warehouse-stock-row').first()).toBeVisible();
  await card.getByRole('tab', { name: 'Характеристики' }).click();
  await expect(card.getByTestId('card-attributes')).toContainText('Покрытие');
  await card.getByRole('tab', { name: 'Упаковка' }).click();
  await expect(card.getByTestId('card-packaging')).toContainText('200');
  await shot(page, 'catalog-05-card');
  const cardUrl = page.url();
  await page.reload();
  await expect(page.getByRole('dialog')).toContainText(second);

  // Reserve two boxes (400 pieces) from the card.
  await page.getByTestId('card-reserve').click();
  const modal = page
    .getByTestId('reserve-modal')
    .getByRole('dialog')
    .or(page.getByRole('dialog', { name: 'Резерв товара' }));
  await expect(modal).toBeVisible();
  await modal.getByTestId('reserve-quantity').fill('250');
  await modal.getByTestId('reserve-submit').click();
  await expect(modal).toContainText('Ближайшее допустимое: 400');
  await modal.getByTestId('reserve-quantity').fill('400');
  await modal.getByLabel('Комментарий').fill(note);
  await shot(page, 'catalog-06-reserve');
  await modal.getByTestId('reserve-submit').click();
  await expect(page.getByTestId('reserved-notice')).toContainText(`400 шт ${second}`);
  expect(cardUrl).toContain('product=');

  // The reservations page: the hold with its time ticking.
  await page.getByTestId('reserved-notice').getByRole('button', { name: 'Открыть резервы' }).click();
  await expect(page).toHaveURL(/\/reservations$/);
  const row = page.getByTestId('reservation-row').filter({ hasText: note });
  await expect(row).toContainText(second);
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('reservation-status')).toHaveText('Действует');
  await expect(row.getByTestId('reservation-quantity')).toHaveText('400 шт');
  await expect(row.getByTestId('time-left')).toHaveText(/^2[34] ч \d\d мин \d\d с$/);
  const before = await row.getByTestId('time-left').innerText();
  await expect(row.getByTestId('time-left')).not.toHaveText(before);
  await shot(page, 'catalog-07-reservations');

  // Extend to 48 hours.
  await row.getByRole('button', { name: 'Продлить' }).click();
  await page.getByTestId('extend-hours').fill('48');
  await page.getByTestId('extend-submit').click();
  await expect(row.getByTestId('time-left')).toHaveText(/^4[78] ч \d\d мин \d\d с$/);

  // Company B's buyer does not see A's hold.
  const other = await newPerson(browser);
  await storefrontLogin(other.page, 'purchaser2@demo.wholesail.local');
  await other.page.goto('/reservations');
  await expect(other.page.getByTestId('reservation-row').first()).toBeVisible();
  await expect(other.page.getByTestId('reservation-row').filter({ hasText: note })).toHaveCount(0);
  await other.context.close();

  // Release: it leaves the active list and shows as released in all.
  await row.getByRole('button', { name: 'Снять резерв' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Снять резерв' }).click();
  await expect(page.getByTestId('reservation-row').filter({ hasText: note })).toHaveCount(0);
  await page.getByTestId('reservations-view').getByText('Все').click();
  await expect(
    page.getByTestId('reservation-row').filter({ hasText: note }).getByTestId('reservation-status'),
  ).toHaveText('Снят');
  await shot(page, 'catalog-08-released');
});

test('an accountant browses the catalog and sees the reservations but cannot reserve; English throughout', async ({
  page,
}) => {
  await storefrontLogin(page, 'accountant@demo.wholesail.local');
  await page.goto('/catalog');
  await expect(firstRow(page)).toContainText(/[A-Z]{3}-\d{6}/);
  await expect(page.getByTestId('reserve-button')).toHaveCount(0);
  await page.goto('/reservations');
  await expect(page.getByText('резервировать, продлевать и снимать резервы может директор или закупщик')).toBeVisible();
  await expect(page.getByTestId('reservation-row').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Продлить' })).toHaveCount(0);

  // Out of stock: the row offers the analogs, which open in the card.
  await page.goto('/catalog?q=BLT-000158');
  await expect(page.getByTestId('catalog-count')).toHaveText('Товаров: 1');
  await expect(firstRow(page).getByTestId('availability')).toContainText('Нет в наличии');
  await firstRow(page).getByTestId('analogs-button').click();
  const card = page.getByRole('dialog');
  await expect(card.getByRole('tab', { name: /Аналоги/ })).toHaveAttribute('aria-selected', 'true');
  const analog = card.getByTestId('card-analogs').getByRole('button').first();
  const analogSku = (await analog.locator('span').first().innerText()).trim();
  await shot(page, 'catalog-10-analogs');
  await analog.click();
  await expect(card).toContainText(analogSku);
  await expect(page).toHaveURL(/product=/);
  await card.getByRole('button', { name: 'Закрыть карточку' }).click();
  await expect(page).not.toHaveURL(/product=/);

  // Nothing found: an empty state that offers to clear the filters.
  await page.goto('/catalog?q=zzzqqqxxx');
  await expect(page.getByTestId('catalog-empty')).toContainText('Ничего не найдено');
  await page.getByTestId('catalog-empty').getByRole('button', { name: 'Сбросить фильтры' }).click();
  await expect(firstRow(page)).toContainText(/[A-Z]{3}-\d{6}/);

  await page.goto('/reservations');
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Reservations' })).toBeVisible();
  await page.goto('/catalog?q=SRD-000211');
  await expect(page.getByRole('columnheader', { name: 'Availability' })).toBeVisible();
  await expect(page.getByTestId('catalog-count')).toHaveText(/^Products: \d+$/);
  await shot(page, 'catalog-09-accountant-en');
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Русский' }).click();
  expect(await count(page)).toBeGreaterThan(0);

  // On a narrow screen the tree and the filters sit behind a button.
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto('/catalog');
  await page.getByRole('button', { name: 'Фильтры' }).click();
  const filters = page.getByRole('dialog', { name: 'Фильтры' });
  await filters.getByTestId('category').filter({ hasText: 'Освещение' }).click();
  await expect(page.getByTestId('catalog-title')).toHaveText('Освещение');
  await expect(page.getByTestId('catalog-count')).toHaveText('Товаров: 460');
  await shot(page, 'catalog-11-narrow-filters');
});
