import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '@wholesail/shared/web/e2e';

import { screenshot } from './screenshot';

/** A screenshot of a step, as a kept artifact: e2e/artifacts/admin-<step>.png. */
export const shot = (page: Page, step: string) => screenshot(page, 'admin', step);

/** A fresh browser profile (cookies, storage) for another person in the same test. */
export async function newPerson(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

export async function adminLogin(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/admin/login');
  await page.getByRole('textbox', { name: 'Электронная почта' }).fill(email);
  await page.getByRole('textbox', { name: 'Пароль' }).fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByTestId('staff-name')).toBeVisible();
}

export async function storefrontLogin(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Электронная почта' }).fill(email);
  await page.getByRole('textbox', { name: 'Пароль' }).fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/** The admin UI's main navigation. */
export const nav = (page: Page) => page.getByRole('navigation', { name: 'Разделы' });
