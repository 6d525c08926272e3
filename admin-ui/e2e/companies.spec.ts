import { expect, test } from '@playwright/test';
import { adminApi, uniqueSuffix } from '@wholesail/shared/web/e2e';

import { adminLogin, nav, newPerson, shot, storefrontLogin } from './helpers';

interface LegalEntityRow {
  name: string;
  inn: string;
}

test('the head of sales finds clients, edits a card and adds a contract the buyer can then switch to', async ({
  page,
  browser,
  request,
}) => {
  const suffix = uniqueSuffix();
  const number = `ДП-E2E-${suffix}`;
  const data = await adminApi<{ companies: { items: { name: string; legalEntities: LegalEntityRow[] }[] } }>(
    request,
    `{ companies(filter: { search: "СтройМаркет" }) { items { name legalEntities { name inn } } } }`,
  );
  const entity = data.companies.items
    .find((c) => c.name === 'СтройМаркет')!
    .legalEntities.find((le) => le.name === 'ООО «СтройМаркет»')!;

  await adminLogin(page, 'head@demo.wholesail.local');
  await nav(page).getByRole('link', { name: 'Компании' }).click();
  const rows = page.getByTestId('company-row');
  await expect(rows.filter({ hasText: 'Крепёж-Опт' })).toHaveCount(1);
  await shot(page, 'companies-01-list');

  // Search by INN, then filter by status.
  await page.getByTestId('companies-search').fill(entity.inn);
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('СтройМаркет');
  await page.getByTestId('companies-search').fill('');
  await page.getByRole('combobox', { name: 'Статус' }).click();
  await page.getByRole('option', { name: 'Заблокирована' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Стройбаза Юг');
  await expect(page).toHaveURL(/status=BLOCKED/);
  await shot(page, 'companies-02-filtered-blocked');
  await rows.getByRole('link', { name: 'Стройбаза Юг' }).click();
  await expect(page.getByTestId('blocked-reason')).toContainText('Просроченная задолженность');
  await shot(page, 'companies-03-blocked-card');

  // The СтройМаркет card: overview with manager, groups and staff notes.
  await page.goto('/admin/companies');
  await page.getByTestId('companies-search').fill('СтройМаркет');
  await rows.getByRole('link', { name: 'СтройМаркет' }).click();
  await expect(page.getByTestId('company-title')).toHaveText('СтройМаркет');
  await expect(page.getByTestId('manager-select')).toHaveValue('Ирина Петрова');
  await expect(page.getByTestId('company-notes')).toHaveValue(/Ключевой клиент/);
  await shot(page, 'companies-04-card-overview');

  // Legal entities: the form checks tax ids and bank details like the API.
  await page.getByRole('tab', { name: /Юрлица/ }).click();
  await expect(page.getByTestId('legal-entity-row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Добавить юрлицо' }).click();
  const form = page.getByTestId('legal-entity-form');
  await form.getByLabel('Краткое наименование').fill('ООО «Проверка»');
  await form.getByLabel('ИНН').fill('7707083894');
  await form.getByLabel('БИК').fill('123');
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(form.getByText('Контрольные цифры ИНН не сходятся — проверьте номер')).toBeVisible();
  await expect(form.getByText('БИК — 9 цифр, начинается с 04')).toBeVisible();
  await form.getByLabel('ИНН').fill('7707083893');
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(form.getByText('Для организации (ИНН из 10 цифр) нужен КПП')).toBeVisible();
  await shot(page, 'companies-05-legal-entity-checks');
  await form.getByRole('button', { name: 'Отмена' }).click();

  // Contracts: a second valid contract for one legal entity, with a deferral and a credit limit.
  await page.getByRole('tab', { name: /Договоры/ }).click();
  await page.getByRole('button', { name: 'Добавить договор' }).click();
  const contract = page.getByTestId('contract-form');
  await contract.getByRole('combobox', { name: 'Юрлицо' }).click();
  await page.getByRole('option', { name: `${entity.name} · ${entity.inn}` }).click();
  await contract.getByLabel('Номер').fill(number);
  await contract.getByText('Отсрочка', { exact: true }).click();
  await contract.getByLabel('Дней отсрочки').fill('45');
  await contract.getByLabel('Кредитный лимит').fill('1 000 000,5');
  await shot(page, 'companies-06-contract-form');
  await contract.getByRole('button', { name: 'Сохранить' }).click();
  await expect(contract).toBeHidden();
  const added = page.getByTestId('contract-row').filter({ hasText: number });
  await expect(added).toContainText('Отсрочка 45 дн.');
  await expect(added).toContainText(/1\s000\s000,50\s₽/);
  await shot(page, 'companies-07-contracts');

  await page.getByRole('tab', { name: /Пользователи/ }).click();
  await expect(page.getByTestId('company-user-row').filter({ hasText: 'director@demo.wholesail.local' })).toHaveCount(
    1,
  );
  await shot(page, 'companies-08-users');
  await page.getByRole('tab', { name: /Адреса/ }).click();
  await expect(page.getByText('Склад на Складской')).toBeVisible();
  await shot(page, 'companies-09-addresses');

  // The director now has two contracts for that legal entity: the header offers a switch.
  const buyer = await newPerson(browser);
  const shop = buyer.page;
  await storefrontLogin(shop, 'director@demo.wholesail.local');
  if ((await shop.getByTestId('active-inn').textContent()) !== entity.inn) {
    await shop.getByTestId('legal-entity-switcher').click();
    await shop.getByRole('option', { name: new RegExp(`ИНН ${entity.inn}`) }).click();
    await expect(shop.getByTestId('active-inn')).toHaveText(entity.inn);
  }
  const switcher = shop.getByTestId('contract-switcher');
  await expect(switcher).toBeVisible();
  await switcher.click();
  await shop.getByRole('option', { name: new RegExp(number) }).click();
  await expect(shop.getByText(`Заказы и цены — по договору № ${number}`)).toBeVisible();
  await expect(shop.getByTestId('active-contract')).toContainText(number);
  await shot(shop, 'companies-10-storefront-contract-switched');
  await shop.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Компания' }).click();
  const card = shop.getByTestId('legal-entity-card').filter({ hasText: entity.inn });
  await expect(
    card.getByTestId('contract-row').filter({ hasText: number }).getByTestId('current-contract'),
  ).toBeVisible();
  await expect(card.getByTestId('contract-row').filter({ hasText: number })).toContainText(/1\s000\s000,50\s₽/);
  await expect(shop.getByTestId('manager-name')).toHaveText('Ирина Петрова');
  await shot(shop, 'companies-11-storefront-company-page');
  await buyer.context.close();
});

test('the last director of a client stays one; staff see why', async ({ page }) => {
  await adminLogin(page, 'head@demo.wholesail.local');
  await page.goto('/admin/companies');
  await page.getByTestId('companies-search').fill('Крепёж');
  // The search applies after a pause: click once the list is filtered, not while it changes.
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByTestId('company-row')).toHaveCount(1);
  await page.getByTestId('company-row').getByRole('link', { name: 'Крепёж-Опт' }).click();
  await page.getByRole('tab', { name: /Пользователи/ }).click();
  const director = page.getByTestId('company-user-row').filter({ hasText: 'director3@demo.wholesail.local' });
  await director.getByRole('button', { name: 'Действия' }).click();
  await page.getByRole('menuitem', { name: 'Изменить роль' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Закупщик').check();
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog.getByTestId('role-error')).toHaveText(
    'В компании должен остаться хотя бы один активный директор.',
  );
  await shot(page, 'companies-12-last-director');
  await dialog.getByRole('button', { name: 'Отмена' }).click();

  await director.getByRole('button', { name: 'Действия' }).click();
  await page.getByRole('menuitem', { name: 'Отключить' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Отключить' }).click();
  await expect(page.getByText('В компании должен остаться хотя бы один активный директор.')).toBeVisible();
  await expect(director.getByTestId('user-status')).toHaveText('Активен');
});

test('an administrator manages staff and groups, reads the outbox; a new manager sets his password', async ({
  page,
  browser,
}) => {
  const suffix = uniqueSuffix();
  const email = `manager.${suffix}@e2e.test`;
  await adminLogin(page, 'admin@demo.wholesail.local');

  await nav(page).getByRole('link', { name: 'Сотрудники' }).click();
  await expect(page.getByTestId('staff-row')).not.toHaveCount(0);
  await page.getByRole('button', { name: 'Новый сотрудник' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Электронная почта').fill(email);
  await dialog.getByLabel('Имя и фамилия').fill('Глеб Новиков');
  await dialog.getByLabel('Ссылка на фото').fill('not a url');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog.getByText('Ссылка должна начинаться с http:// или https://')).toBeVisible();
  await dialog.getByLabel('Ссылка на фото').fill('');
  await dialog.getByLabel('Телефон').fill('+7 495 000-11-22');
  await shot(page, 'staff-01-create');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toBeHidden();
  await page.getByLabel('Поиск').fill(suffix);
  const row = page.getByTestId('staff-row').filter({ hasText: email });
  await expect(row).toContainText('Менеджер по продажам');
  await expect(row).toContainText('Не задал пароль');
  await shot(page, 'staff-02-created');

  // The invitation is in the outbox, readable by administrators.
  await nav(page).getByRole('link', { name: 'Исходящие письма' }).click();
  await page.getByLabel('Получатель (точный адрес)').fill(email);
  const letter = page.getByTestId('outbox-row').filter({ hasText: 'Доступ к панели управления Wholesail' });
  await letter.getByRole('button').click();
  const preview = page.getByTestId('email-preview');
  await expect(preview.locator('iframe')).toBeVisible();
  await shot(page, 'outbox-01-preview');
  await page.getByRole('tab', { name: 'Текст' }).click();
  const text = (await preview.getByTestId('email-text').textContent()) ?? '';
  const link = new URL(/https?:\/\/\S+/.exec(text)![0]);
  expect(link.pathname).toBe('/admin/set-password');
  await page.keyboard.press('Escape');

  // Contractor groups.
  await nav(page).getByRole('link', { name: 'Группы' }).click();
  await expect(page.getByTestId('groups-table')).toContainText('DEALERS');
  await page.getByRole('button', { name: 'Новая группа' }).click();
  await page.getByRole('dialog').getByLabel('Код').fill(`E2E_${suffix}`.toUpperCase());
  await page.getByRole('dialog').getByLabel('Название').fill(`Тестовая группа ${suffix}`);
  await page.getByRole('dialog').getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByTestId('groups-table')).toContainText(`Тестовая группа ${suffix}`);
  await shot(page, 'groups-01-list');

  // The audit log records the new staff member.
  await page.goto('/admin/audit?action=staff.');
  await expect(page.getByTestId('audit-row').first()).toContainText('staff.created');
  await shot(page, 'audit-01-staff');

  // The new manager sets his password from the link and sees a sales manager's menu.
  const person = await newPerson(browser);
  const manager = person.page;
  await manager.goto(link.pathname + link.search);
  await expect(manager.getByRole('heading', { name: 'Задайте пароль' })).toBeVisible();
  await manager.getByLabel('Новый пароль').fill('manager-pass-1');
  await manager.getByLabel('Пароль ещё раз').fill('manager-pass-1');
  await manager.getByRole('button', { name: 'Сохранить пароль' }).click();
  await expect(manager.getByTestId('password-set')).toContainText(email);
  await shot(manager, 'staff-03-password-set');
  await manager.getByRole('link', { name: 'Войти' }).click();
  await expect(manager.getByRole('textbox', { name: 'Электронная почта' })).toHaveValue(email);
  await manager.getByRole('textbox', { name: 'Пароль' }).fill('manager-pass-1');
  await manager.getByRole('button', { name: 'Войти' }).click();
  await expect(manager.getByTestId('staff-role')).toHaveText('Менеджер по продажам');
  await expect(nav(manager).getByRole('link', { name: 'Компании' })).toBeVisible();
  await expect(nav(manager).getByRole('link', { name: 'Сотрудники' })).toHaveCount(0);
  await expect(nav(manager).getByRole('link', { name: 'Исходящие письма' })).toHaveCount(0);
  // A page outside his role says so (and the API refuses it anyway).
  await manager.goto('/admin/outbox');
  await expect(manager.getByTestId('no-access')).toBeVisible();
  await person.context.close();

  // The admin's "forgot password" page answers the same for any address.
  const anonymous = await newPerson(browser);
  await anonymous.page.goto('/admin/login');
  await anonymous.page.getByRole('link', { name: 'Забыли пароль?' }).click();
  await anonymous.page.getByRole('textbox', { name: 'Электронная почта' }).fill('nobody@e2e.test');
  await anonymous.page.getByRole('button', { name: 'Прислать ссылку' }).click();
  await expect(anonymous.page.getByTestId('reset-sent')).toContainText('nobody@e2e.test');
  await shot(anonymous.page, 'staff-04-forgot-password');
  await anonymous.context.close();
});
