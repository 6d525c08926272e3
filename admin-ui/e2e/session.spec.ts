import { expect, test, type Page } from '@playwright/test';

import { screenshot } from './screenshot';

const ADMIN_EMAIL = 'admin@demo.wholesail.local';
const ADMIN_PASSWORD = 'demo1234';

const shot = (page: Page, step: string) => screenshot(page, 'admin', step);

test('an admin signs in, switches language, creates and revokes an API key, signs out', async ({ page }) => {
  await page.goto('/admin/');
  await expect(page).toHaveURL(/\/admin\/login$/);
  await expect(page.getByRole('heading', { name: 'Вход для сотрудников' })).toBeVisible();
  await shot(page, '01-login');

  await page.getByRole('textbox', { name: 'Электронная почта' }).fill(ADMIN_EMAIL);
  await page.getByRole('textbox', { name: 'Пароль' }).fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/admin\/?$/);

  // Header: name and translated role.
  await expect(page.getByTestId('staff-name')).not.toBeEmpty();
  await expect(page.getByTestId('staff-role')).toHaveText('Администратор');
  await shot(page, '02-dashboard-ru');

  // English and back.
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByTestId('staff-role')).toHaveText('Administrator');
  await expect(page.getByRole('link', { name: 'API keys' })).toBeVisible();
  await shot(page, '03-dashboard-en');
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Русский' }).click();
  await expect(page.getByTestId('staff-role')).toHaveText('Администратор');

  // Create a key: the secret is shown once.
  await page.getByRole('link', { name: 'API-ключи' }).click();
  await expect(page).toHaveURL(/\/admin\/api-keys$/);
  await expect(page.getByRole('heading', { name: 'API-ключи' })).toBeVisible();
  await page.getByRole('button', { name: 'Создать ключ' }).click();

  const dialog = page.getByRole('dialog');
  const keyName = `E2E ${String(Date.now())}`;
  await dialog.getByLabel('Название').fill(keyName);
  await dialog.getByLabel('Права доступа').click();
  await page.getByRole('option').first().click();
  await dialog.getByRole('heading', { name: 'Новый API-ключ' }).click(); // closes the scope dropdown
  await shot(page, '04-create-key');
  await dialog.getByRole('button', { name: 'Создать', exact: true }).click();

  const secretInput = dialog.getByTestId('api-key-secret');
  await expect(secretInput).toHaveValue(/\S{16,}/);
  const secret = await secretInput.inputValue();
  await expect(dialog.getByText('Секрет показан только один раз')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Копировать' })).toBeVisible();
  await shot(page, '05-secret-shown-once');
  await dialog.getByRole('button', { name: 'Готово' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByTestId('api-key-row').filter({ hasText: keyName });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Активен');
  await expect(row).toContainText('Не использовался');
  // Only the prefix stays visible; the secret is gone with the modal.
  await expect(page.getByText(secret)).toHaveCount(0);
  await shot(page, '06-key-listed');

  // Revoke, with confirmation.
  await row.getByRole('button', { name: 'Отозвать' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText(keyName);
  await shot(page, '07-revoke-confirm');
  await confirm.getByRole('button', { name: 'Отозвать' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('Отозван');
  await expect(row.getByRole('button', { name: 'Отозвать' })).toHaveCount(0);
  await shot(page, '08-key-revoked');

  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Выйти' }).click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Войти' })).toBeVisible();
  await shot(page, '09-signed-out');
});
