import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '@wholesail/shared/web/e2e';

import { screenshot } from './screenshot';

/** A screenshot of a step, as a kept artifact: e2e/artifacts/storefront-<step>.png. */
export const shot = (page: Page, step: string) => screenshot(page, 'storefront', step);

/** A fresh browser profile (cookies, storage) for another person in the same test. */
export async function newPerson(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

/** Signs in to the storefront from its login page (the e-mail may be prefilled from a link). */
export async function storefrontLogin(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  if (!page.url().includes('/login')) await page.goto('/login');
  const emailBox = page.getByRole('textbox', { name: 'Электронная почта' });
  if ((await emailBox.inputValue()) !== email) await emailBox.fill(email);
  await page.getByRole('textbox', { name: 'Пароль' }).fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/** Signs in to the admin UI. */
export async function adminLogin(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/admin/login');
  await page.getByRole('textbox', { name: 'Электронная почта' }).fill(email);
  await page.getByRole('textbox', { name: 'Пароль' }).fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByTestId('staff-name')).toBeVisible();
}

/** Sets a password on the page an e-mail link opened (`/set-password?token=…`), then signs in with it. */
export async function setPasswordAndLogin(page: Page, link: string, email: string, password: string): Promise<void> {
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Задайте пароль' })).toBeVisible();
  await page.getByLabel('Новый пароль').fill(password);
  await page.getByLabel('Пароль ещё раз').fill(password);
  await page.getByRole('button', { name: 'Сохранить пароль' }).click();
  await expect(page.getByTestId('password-set')).toContainText(email);
  await page.getByRole('link', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/login\?email=/);
  await expect(page.getByRole('textbox', { name: 'Электронная почта' })).toHaveValue(email);
  await storefrontLogin(page, email, password);
}
