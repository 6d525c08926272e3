import { expect, test } from '@playwright/test';

import { adminLogin, nav, newPerson, shot } from './helpers';

test('a sales manager acts as a client’s buyer: the storefront names him in a banner, one click ends it', async ({
  page,
  context,
  browser,
}) => {
  await adminLogin(page, 'manager@demo.wholesail.local');

  // His menu follows his permissions: clients and registrations, no staff, outbox or audit log.
  await expect(nav(page).getByRole('link', { name: 'Компании' })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Заявки' })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Сеансы «от имени»' })).toBeVisible();
  for (const hidden of ['Сотрудники', 'Исходящие письма', 'Журнал', 'API-ключи', 'Группы']) {
    await expect(nav(page).getByRole('link', { name: hidden })).toHaveCount(0);
  }
  await shot(page, 'act-01-manager-menu');

  // He sees only his own clients (Крепёж-Опт and the blocked and pending ones are another manager's).
  await nav(page).getByRole('link', { name: 'Компании' }).click();
  const rows = page.getByTestId('company-row');
  await expect(rows.filter({ hasText: 'СтройМаркет' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'ЭлектроСнаб' })).toHaveCount(1);
  for (const other of ['Крепёж-Опт', 'Стройбаза Юг', 'ТехноТорг']) {
    await expect(rows.filter({ hasText: other })).toHaveCount(0);
  }
  await shot(page, 'act-02-manager-companies');

  await rows.getByRole('link', { name: 'СтройМаркет' }).click();
  await page.getByRole('tab', { name: /Пользователи/ }).click();
  const purchaser = page.getByTestId('company-user-row').filter({ hasText: 'purchaser@demo.wholesail.local' });
  await expect(purchaser).toHaveCount(1);
  await shot(page, 'act-03-company-users');

  // "Act as" opens the storefront in a new tab as that buyer.
  const tabOpened = context.waitForEvent('page');
  await purchaser.getByRole('button', { name: 'Войти как' }).click();
  const shop = await tabOpened;
  await expect(shop.getByTestId('acting-banner')).toContainText('Ирина Петрова', { timeout: 15_000 });
  await expect(shop.getByTestId('header-company')).toHaveText('СтройМаркет');
  await expect(shop.getByTestId('home-role')).toHaveText('Закупщик');
  await shot(shop, 'act-04-storefront-banner');

  // The running session is listed in the admin UI.
  await nav(page).getByRole('link', { name: 'Сеансы «от имени»' }).click();
  const session = page.getByTestId('act-as-row').filter({ hasText: 'Мария Лебедева' });
  await expect(session).toContainText('Ирина Петрова');
  await expect(session).toContainText('СтройМаркет');
  await shot(page, 'act-05-admin-sessions');

  // One click in the banner ends it; the buyer's account is gone from that tab.
  await shop.getByRole('button', { name: 'Завершить сеанс' }).click();
  await expect(shop.getByTestId('act-as-ended')).toBeVisible();
  await shot(shop, 'act-06-storefront-ended');
  await shop.goto('/');
  await expect(shop).toHaveURL(/\/login/);
  await page.reload();
  await expect(page.getByText('Открытых сеансов нет.')).toBeVisible();

  // The audit log shows the session under the manager's name.
  const admin = await newPerson(browser);
  await adminLogin(admin.page, 'admin@demo.wholesail.local');
  await admin.page.goto('/admin/audit?action=act_as.');
  // Newest first: this session's start and end, done as the buyer with the manager behind him.
  const started = admin.page.locator('[data-action="act_as.started"]').first();
  const ended = admin.page.locator('[data-action="act_as.ended"]').first();
  for (const event of [started, ended]) {
    await expect(event).toContainText('Мария Лебедева');
    await expect(event.getByTestId('acting-staff')).toContainText('Ирина Петрова');
  }
  await shot(admin.page, 'act-07-audit-log');
  await admin.context.close();
});

test('ending an act-as session in the admin UI closes the buyer’s tab', async ({ page, context }) => {
  await adminLogin(page, 'manager@demo.wholesail.local');
  await page.goto('/admin/companies');
  await page.getByTestId('company-row').getByRole('link', { name: 'ЭлектроСнаб' }).click();
  await page.getByRole('tab', { name: /Пользователи/ }).click();
  const tabOpened = context.waitForEvent('page');
  await page
    .getByTestId('company-user-row')
    .filter({ hasText: 'purchaser2@demo.wholesail.local' })
    .getByRole('button', { name: 'Войти как' })
    .click();
  const shop = await tabOpened;
  await expect(shop.getByTestId('acting-banner')).toBeVisible({ timeout: 15_000 });
  expect(new URL(shop.url()).pathname).toBe('/');

  // Ending it from the admin side closes it too.
  await page.goto('/admin/act-as-sessions');
  await page.getByTestId('act-as-row').getByRole('button', { name: 'Завершить' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Завершить' }).click();
  await expect(page.getByText('Открытых сеансов нет.')).toBeVisible();
  await shop.reload();
  await expect(shop).toHaveURL(/\/login/);
});
