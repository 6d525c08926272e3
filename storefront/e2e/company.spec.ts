import { expect, test } from '@playwright/test';

import { newPerson, shot, storefrontLogin } from './helpers';

test('the company page and menus follow the role: the accountant sees credit limits and no ordering, the purchaser the reverse', async ({
  page,
  browser,
}) => {
  await storefrontLogin(page, 'accountant@demo.wholesail.local');
  await expect(page.getByTestId('home-role')).toHaveText('Бухгалтер');
  const actions = page.getByTestId('quick-actions');
  await expect(actions.getByRole('link', { name: 'Заказы компании' })).toBeVisible();
  await expect(actions.getByRole('link', { name: 'Оформить заказ' })).toHaveCount(0);
  await expect(actions.getByRole('link', { name: 'Сотрудники и права' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Сотрудники' })).toHaveCount(
    0,
  );
  await shot(page, 'company-01-accountant-home');

  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Компания' }).click();
  await expect(page.getByTestId('company-name')).toHaveText('СтройМаркет');
  await expect(page.getByTestId('legal-entity-card')).toHaveCount(3);
  await expect(page.getByTestId('manager-name')).toHaveText('Ирина Петрова');
  await expect(page.getByTestId('credit-limit').first()).toBeVisible();
  await expect(page.getByTestId('delivery-addresses')).toContainText('Склад на Складской');
  await shot(page, 'company-02-accountant-company');

  // The same page in English.
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByText('Your account manager')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Credit limit' }).first()).toBeVisible();
  await shot(page, 'company-03-accountant-company-en');
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Русский' }).click();

  // The purchaser: orders, but no finance (the API leaves the credit limit out) and no users.
  const purchaser = await newPerson(browser);
  await storefrontLogin(purchaser.page, 'purchaser@demo.wholesail.local');
  await purchaser.page.goto('/company');
  await expect(purchaser.page.getByTestId('legal-entity-card')).toHaveCount(3);
  await expect(purchaser.page.getByTestId('credit-limit')).toHaveCount(0);
  await expect(purchaser.page.getByRole('columnheader', { name: 'Кредитный лимит' })).toHaveCount(0);
  await shot(purchaser.page, 'company-04-purchaser-company');
  await purchaser.context.close();
});
