import { expect, test, type Page } from '@playwright/test';

import { screenshot } from './screenshot';

const BUYER_EMAIL = 'director@demo.wholesail.local';
const BUYER_PASSWORD = 'demo1234';

const shot = (page: Page, step: string) => screenshot(page, 'storefront', step);

test('a buyer signs in, switches language and legal entity, survives a reload and signs out', async ({ page }) => {
  // Closed contour: the home page sends an anonymous visitor to the login page.
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Вход в личный кабинет' })).toBeVisible();
  await shot(page, '01-login');

  await page.getByRole('textbox', { name: 'Электронная почта' }).fill(BUYER_EMAIL);
  await page.getByRole('textbox', { name: 'Пароль' }).fill('not-the-password');
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByTestId('login-error')).toContainText('Неверный адрес электронной почты или пароль');
  await shot(page, '02-wrong-password');

  await page.getByRole('textbox', { name: 'Пароль' }).fill(BUYER_PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/$/);

  // Header: company and the active legal entity.
  const company = page.getByTestId('header-company');
  const switcher = page.getByTestId('legal-entity-switcher');
  await expect(company).not.toBeEmpty();
  await expect(switcher).toHaveValue(/ИНН \d{10,12}/);
  const activeInn = page.getByTestId('active-inn');
  await expect(activeInn).toHaveText(/^\d{10,12}$/);
  const firstInn = (await activeInn.textContent()) ?? '';
  await expect(switcher).toHaveValue(new RegExp(firstInn));
  await expect(page.getByRole('link', { name: 'Каталог' })).toBeVisible();
  await expect(page.getByTestId('home-role')).toHaveText('Директор');
  await shot(page, '03-home-ru');

  // English and back to Russian, from the user menu.
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByRole('link', { name: 'Catalog' })).toBeVisible();
  await expect(page.getByText('Active legal entity')).toBeVisible();
  await expect(page.getByTestId('home-role')).toHaveText('Director');
  await expect(switcher).toHaveValue(/INN \d{10,12}/);
  await shot(page, '04-home-en');

  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Русский' }).click();
  await expect(page.getByRole('link', { name: 'Каталог' })).toBeVisible();
  await expect(page.getByTestId('home-role')).toHaveText('Директор');

  // Switch the active legal entity to another one.
  await switcher.click();
  const other = page.getByRole('option').filter({ hasNotText: firstInn }).first();
  const otherInn = /ИНН (\d+)/.exec((await other.textContent()) ?? '')?.[1] ?? '';
  expect(otherInn, 'the demo buyer should have a second legal entity').not.toBe('');
  await shot(page, '05-legal-entities');
  await other.click();
  await expect(activeInn).toHaveText(otherInn);
  await expect(switcher).toHaveValue(new RegExp(`ИНН ${otherInn}`));
  await shot(page, '06-switched');

  // A reload restores the session from the refresh cookie, with the entity still active.
  await page.reload();
  await expect(activeInn).toHaveText(otherInn);
  await expect(company).not.toBeEmpty();
  await shot(page, '07-after-reload');

  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Выйти' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('button', { name: 'Войти' })).toBeVisible();
  await shot(page, '08-signed-out');

  // The session is really gone: a reload stays on the login page.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Войти' })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});
