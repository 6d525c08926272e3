import { expect, type Page, test } from '@playwright/test';

import { adminApi } from '@wholesail/shared/web/e2e';

import { newPerson, shot, storefrontLogin } from './helpers';

// Demo data (api/src/database/seed/seed-pricing.ts): СтройМаркет (purchaser@) buys at "Крупный опт"
// with −2 % for big wholesalers; ЭлектроСнаб (purchaser2@) is a dealer at "Дилерская".
const BIG_BUYER = 'purchaser@demo.wholesail.local';
const DEALER_BUYER = 'purchaser2@demo.wholesail.local';

const grid = (page: Page) => page.getByTestId('catalog-grid');
const row = (page: Page, index: number) => grid(page).locator(`.ag-row[row-index="${index}"]`);
const priceOf = (page: Page, index: number) => row(page, index).getByTestId('price-cell');

/** The catalog searched for `query` (an SKU: exact first, then near ones), with its rows loaded. */
async function searchCatalog(page: Page, query: string): Promise<void> {
  await page.goto(`/catalog?q=${encodeURIComponent(query)}`);
  await expect(row(page, 0).locator('.catalog-sku')).toHaveText(/SRD-\d{6}/);
}

const ADMIN_REQUESTS = `query R($filter: SpecialPriceFilterInput) {
  adminSpecialPriceRequests(filter: $filter, take: 100) { items { id number status lines { id product { sku } } } }
}`;

interface AdminRequest {
  id: string;
  number: number;
  status: string;
  lines: { id: string; product: { sku: string } }[];
}

/** The pending request the buyer's page shows as "Запрос № N", as staff see it. */
async function pendingRequest(page: Page, number: number): Promise<AdminRequest> {
  const data = await adminApi<{ adminSpecialPriceRequests: { items: AdminRequest[] } }>(page.request, ADMIN_REQUESTS, {
    filter: { statuses: ['PENDING'] },
  });
  const found = data.adminSpecialPriceRequests.items.find((r) => r.number === number);
  expect(found, `pending request № ${number}`).toBeTruthy();
  return found as AdminRequest;
}

/** The newest request on the buyer's requests page: its number. */
async function newestRequestNumber(page: Page): Promise<number> {
  await page.goto('/special-prices');
  const first = page.getByTestId('special-price-request').first();
  await expect(first.getByTestId('request-status')).toHaveText('На рассмотрении');
  return Number((await first.getByTestId('request-number').innerText()).replace(/\D/g, ''));
}

test('a buyer sees his personal price in the table and why in the card; a buyer of another company pays another price', async ({
  page,
  browser,
}) => {
  await storefrontLogin(page, BIG_BUYER);
  await searchCatalog(page, 'SRD-000041');
  const sku = (await row(page, 0).locator('.catalog-sku').innerText()).trim();
  const cell = priceOf(page, 0);
  await expect(cell.getByTestId('price-value')).toContainText('₽');
  const bigPrice = await cell.getAttribute('data-price');
  expect(bigPrice).toMatch(/^\d+\.\d+$/);
  await shot(page, 'prices-01-catalog-column');

  // Tier hints in the tooltip: "от 100 шт: …".
  await cell.hover();
  await expect(page.getByRole('tooltip')).toContainText('с НДС');
  await expect(page.getByRole('tooltip')).toContainText(/от [\d\s]+ шт: [\d\s,]+₽/);

  // The card: "Почему такая цена" from the large wholesale column, the group discount, the same final price.
  await row(page, 0).getByTestId('product-link').click();
  const why = page.getByTestId('product-card').getByTestId('price-explanation');
  await expect(why).toContainText('Почему такая цена');
  await expect(why.getByTestId('price-step-base')).toContainText('Крупный опт');
  await expect(why.getByTestId('price-step').filter({ hasText: '−2% крупным оптовикам' })).toBeVisible();
  const tablePrice = (await cell.getByTestId('price-value').innerText()).trim();
  await expect(why.getByTestId('price-step-final')).toContainText(tablePrice);
  await expect(why.getByTestId('card-price')).toHaveText(tablePrice);
  await expect(why.getByTestId('price-tier').first()).toContainText('шт');
  // A whole package (a box of 200) at the buyer's price.
  await expect(why.getByTestId('package-price').first()).toContainText(/200 шт\)[\d\s,]+₽/);
  // Never the seller's internal rule names.
  await expect(why).not.toContainText('СтройМаркет');
  await shot(page, 'prices-02-why-this-price');

  // Another company's buyer: the dealer column, another price for the same product.
  const dealer = await newPerson(browser);
  await storefrontLogin(dealer.page, DEALER_BUYER);
  await searchCatalog(dealer.page, sku);
  await expect(row(dealer.page, 0).locator('.catalog-sku')).toHaveText(sku);
  const dealerPrice = await priceOf(dealer.page, 0).getAttribute('data-price');
  expect(dealerPrice).toMatch(/^\d+\.\d+$/);
  expect(dealerPrice).not.toBe(bigPrice);
  await row(dealer.page, 0).getByTestId('product-link').click();
  await expect(dealer.page.getByTestId('price-step-base')).toContainText('Дилерская');
  await dealer.context.close();
});

test('a buyer asks for a special price from the card, the manager approves, the catalog shows it', async ({ page }) => {
  await storefrontLogin(page, BIG_BUYER);
  await searchCatalog(page, 'SRD-000042');
  const before = await priceOf(page, 0).getAttribute('data-price');
  await row(page, 0).getByTestId('product-link').click();
  await page.getByTestId('card-request-price').click();

  const form = page.getByTestId('special-price-form');
  await expect(form.getByTestId('special-price-line')).toHaveCount(1);
  // A bad target price: the message stands at that field, nothing is sent.
  await form.getByTestId('special-price-target').fill('12,34567');
  await form.getByTestId('special-price-submit').click();
  await expect(form.getByTestId('special-price-line')).toContainText('до 4 знаков после запятой');
  await form.getByTestId('special-price-target').fill('12,3456');
  await page.getByLabel('Комментарий').fill('Берём ежемесячно');
  await form.getByTestId('special-price-submit').click();
  await expect(form).toBeHidden();
  await expect(page.getByText(/Запрос № \d+ отправлен менеджеру/)).toBeVisible();

  const number = await newestRequestNumber(page);
  await shot(page, 'prices-03-request-pending');
  const request = await pendingRequest(page, number);
  await adminApi(
    page.request,
    `mutation A($id: ID!, $input: DecideSpecialPriceInput) {
      approveSpecialPriceRequest(id: $id, input: $input) { __typename }
    }`,
    { id: request.id, input: { comment: 'Согласовано до конца месяца' } },
  );

  await page.reload();
  const first = page.getByTestId('special-price-request').first();
  await expect(first.getByTestId('request-status')).toHaveText('Одобрен');
  await first.getByTestId('request-number').click();
  await expect(first.getByTestId('approved-price')).toHaveText('12,3456');
  await expect(first.getByTestId('manager-comment')).toHaveText('Согласовано до конца месяца');

  // The catalog now shows the special price, and the card says so.
  await searchCatalog(page, 'SRD-000042');
  await expect(priceOf(page, 0)).toHaveAttribute('data-price', '12.3456');
  expect(before).not.toBe('12.3456');
  await expect(priceOf(page, 0).getByTestId('price-value')).toContainText('12,3456');
  await row(page, 0).getByTestId('product-link').click();
  await expect(page.getByTestId('price-step').filter({ hasText: 'Специальная цена' })).toBeVisible();
  await shot(page, 'prices-04-special-price-in-catalog');
});

test('a buyer asks for special prices on ticked rows; he accepts one counter-offer and declines another', async ({
  page,
}) => {
  await storefrontLogin(page, BIG_BUYER);
  await searchCatalog(page, 'SRD-00006');
  const skus = [
    (await row(page, 0).locator('.catalog-sku').innerText()).trim(),
    (await row(page, 1).locator('.catalog-sku').innerText()).trim(),
  ];
  await row(page, 0).locator('.ag-selection-checkbox input').check();
  await row(page, 1).locator('.ag-selection-checkbox input').check();
  await page.getByTestId('request-selected').click();

  const form = page.getByTestId('special-price-form');
  const lines = form.getByTestId('special-price-line');
  await expect(lines).toHaveCount(2);
  await lines.nth(0).getByTestId('special-price-target').fill('10');
  // The second row without a quantity: the error is on that row only.
  await lines.nth(1).getByTestId('special-price-quantity').fill('0');
  await lines.nth(1).getByTestId('special-price-target').fill('11');
  await form.getByTestId('special-price-submit').click();
  await expect(lines.nth(1)).toContainText('Укажите количество больше нуля');
  await expect(lines.nth(0)).not.toContainText('Укажите');
  await lines.nth(1).getByTestId('special-price-quantity').fill('1');
  await form.getByTestId('special-price-submit').click();
  await expect(form).toBeHidden();

  // The manager offers his own prices instead.
  const number = await newestRequestNumber(page);
  const request = await pendingRequest(page, number);
  expect(request.lines.map((l) => l.product.sku).sort()).toEqual([...skus].sort());
  await adminApi(
    page.request,
    `mutation C($id: ID!, $input: DecideSpecialPriceInput!) {
      counterOfferSpecialPriceRequest(id: $id, input: $input) { __typename }
    }`,
    {
      id: request.id,
      input: { comment: 'Можем так', prices: request.lines.map((l) => ({ lineId: l.id, price: '15.5' })) },
    },
  );

  await page.reload();
  const offer = page.getByTestId('special-price-request').first();
  await expect(offer.getByTestId('request-status')).toHaveText('Встречное предложение');
  await offer.getByTestId('request-number').click();
  await expect(offer.getByTestId('offered-price').first()).toHaveText('15,50');
  await shot(page, 'prices-05-counter-offer');
  await offer.getByTestId('accept-offer').click();
  await expect(page.getByText('Предложение принято: цены уже действуют')).toBeVisible();
  await expect(offer.getByTestId('request-status')).toHaveText('Принят');
  await expect(offer.getByTestId('accept-offer')).toBeHidden();

  await searchCatalog(page, skus[0]);
  await expect(priceOf(page, 0)).toHaveAttribute('data-price', '15.5');

  // A second request, counter-offered and declined: the price stays as it was.
  await searchCatalog(page, 'SRD-000044');
  const before = await priceOf(page, 0).getAttribute('data-price');
  await row(page, 0).getByTestId('product-link').click();
  await page.getByTestId('card-request-price').click();
  await page.getByTestId('special-price-target').fill('1');
  await page.getByTestId('special-price-submit').click();
  await expect(page.getByTestId('special-price-form')).toBeHidden();
  const second = await pendingRequest(page, await newestRequestNumber(page));
  await adminApi(
    page.request,
    `mutation C($id: ID!, $input: DecideSpecialPriceInput!) {
      counterOfferSpecialPriceRequest(id: $id, input: $input) { __typename }
    }`,
    { id: second.id, input: { prices: second.lines.map((l) => ({ lineId: l.id, price: '2' })) } },
  );
  await page.reload();
  const declined = page.getByTestId('special-price-request').first();
  await declined.getByTestId('request-number').click();
  await declined.getByTestId('decline-offer').click();
  await page.getByTestId('decline-comment').fill('Дорого');
  await page.getByRole('dialog').getByRole('button', { name: 'Отказаться' }).click();
  await expect(declined.getByTestId('request-status')).toHaveText('Вы отказались');
  await searchCatalog(page, 'SRD-000044');
  await expect(priceOf(page, 0)).toHaveAttribute('data-price', before ?? '');
});

test('an accountant sees prices but cannot ask for special prices', async ({ page }) => {
  await storefrontLogin(page, 'accountant@demo.wholesail.local');
  await searchCatalog(page, 'SRD-000045');
  await expect(priceOf(page, 0).getByTestId('price-value')).toContainText('₽');
  await expect(grid(page).locator('.ag-selection-checkbox')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Спеццены' })).toHaveCount(
    0,
  );
  await row(page, 0).getByTestId('product-link').click();
  await expect(page.getByTestId('price-explanation')).toBeVisible();
  await expect(page.getByTestId('card-request-price')).toHaveCount(0);

  // English: the column, the VAT note and the explanation follow the language.
  await page.keyboard.press('Escape');
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(grid(page).getByRole('columnheader', { name: 'Price' })).toBeVisible();
  await row(page, 0).getByTestId('product-link').click();
  await expect(page.getByTestId('price-explanation')).toContainText('Why this price');
  await expect(page.getByTestId('price-explanation')).toContainText('incl. VAT');
  await shot(page, 'prices-07-why-this-price-en');
});

test('the prices follow the active legal entity: its contract’s discount comes and goes', async ({ page }) => {
  await storefrontLogin(page, 'director@demo.wholesail.local');
  await searchCatalog(page, 'SRD-000047');
  const before = await priceOf(page, 0).getAttribute('data-price');
  const switcher = page.getByTestId('legal-entity-switcher');
  const activeInn = /ИНН (\d+)/.exec(await switcher.inputValue())?.[1] ?? '';
  expect(activeInn).not.toBe('');

  await switcher.click();
  await page.getByRole('option').filter({ hasNotText: activeInn }).first().click();
  await expect(switcher).not.toHaveValue(new RegExp(activeInn));
  // The table reloads under the other entity's contract (−3 % "по договору" belongs to one of them).
  await expect(priceOf(page, 0)).not.toHaveAttribute('data-price', before ?? '');
  await shot(page, 'prices-06-other-legal-entity');
});
