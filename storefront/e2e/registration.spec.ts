import { expect, test } from '@playwright/test';
import { completeInn } from '@wholesail/shared';
import { adminApi, linkFromEmail, uniqueSuffix } from '@wholesail/shared/web/e2e';

import { adminLogin, newPerson, setPasswordAndLogin, shot, storefrontLogin } from './helpers';

/** A valid 10-digit INN no demo company has (the demo INNs start with 77 / 52 / 50). */
function freshInn(): string {
  return completeInn(`3${String(Date.now()).slice(-8)}`);
}

test('a new client registers, confirms the e-mail, is approved, sets a password and invites a purchaser', async ({
  page,
  browser,
  request,
}) => {
  const suffix = uniqueSuffix();
  const company = `ООО «Тест-Опт ${suffix}»`;
  const directorEmail = `director.${suffix}@e2e.test`;
  const purchaserEmail = `purchaser.${suffix}@e2e.test`;

  // The login page leads to the registration form.
  await page.goto('/login');
  await expect(page.getByRole('link', { name: 'Забыли пароль?' })).toBeVisible();
  await page.getByRole('link', { name: 'Подать заявку на регистрацию' }).click();
  await expect(page).toHaveURL(/\/register$/);
  await expect(page.getByRole('heading', { name: 'Заявка на регистрацию' })).toBeVisible();

  // Client-side checks mirror the API: an INN with wrong check digits, a missing consent.
  const form = page.getByTestId('full-registration-form');
  await form.getByLabel('Название компании').fill(company);
  await form.getByLabel('ИНН').fill('7707083894');
  await form.getByLabel('КПП').fill('770701001');
  await form.getByLabel('Контактное лицо').fill('Анна Сергеевна Иванова');
  await form.getByLabel('Телефон').fill('+7 495 111-22-33');
  await form.getByLabel('Электронная почта').fill(directorEmail);
  await form.getByLabel('Регион').fill('Москва');
  await form.getByLabel('Вид деятельности').fill('Строительная компания');
  await form.getByLabel('Комментарий').fill('Крепёж и электрика для объектов');
  await form.getByRole('button', { name: 'Отправить заявку' }).click();
  await expect(form.getByText('Контрольные цифры ИНН не сходятся — проверьте номер')).toBeVisible();
  await expect(form.getByText('Без согласия на обработку персональных данных')).toBeVisible();
  await shot(page, 'reg-01-full-form-errors');

  await form.getByLabel('ИНН').fill(freshInn());
  await form.getByLabel('Я согласен(на) на обработку персональных данных').check();
  await shot(page, 'reg-02-full-form-filled');
  await form.getByRole('button', { name: 'Отправить заявку' }).click();
  await expect(page.getByTestId('registration-sent')).toContainText(directorEmail);
  await shot(page, 'reg-03-check-your-email');

  // The confirmation link from the e-mail.
  const verifyLink = await linkFromEmail(request, {
    to: directorEmail,
    template: 'registration_verify',
    path: '/register/verify',
  });
  await page.goto(verifyLink);
  await expect(page.getByTestId('email-verified')).toBeVisible();
  await expect(page.getByTestId('registration-status')).toHaveText('На рассмотрении');
  await shot(page, 'reg-04-email-verified');

  // The head of sales approves it in the admin UI: a new company with a personal manager.
  const staff = await newPerson(browser);
  await adminLogin(staff.page, 'head@demo.wholesail.local');
  await staff.page.getByRole('link', { name: 'Заявки' }).click();
  await staff.page.getByLabel('Поиск').fill(suffix);
  const row = staff.page.getByTestId('registration-row').filter({ hasText: company });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('registration-status')).toHaveText('Ждёт решения');
  await shot(staff.page, 'reg-05-admin-queue');
  await row.getByRole('link', { name: company }).click();
  await expect(staff.page.getByTestId('registration-title')).toHaveText(company);
  await expect(staff.page.getByTestId('duplicates')).toContainText('Клиентов с таким ИНН нет');
  await staff.page.getByTestId('approve-manager').click();
  await staff.page.getByRole('option', { name: 'Ирина Петрова' }).click();
  await staff.page.getByTestId('decision-card').getByText('Отсрочка', { exact: true }).click();
  await staff.page.getByLabel('Кредитный лимит').fill('250 000');
  await shot(staff.page, 'reg-06-admin-approve-form');
  await staff.page.getByRole('button', { name: 'Одобрить' }).click();
  await expect(staff.page.getByTestId('registration-status')).toHaveText('Одобрена');
  await expect(staff.page.getByRole('link', { name: 'Открыть компанию' })).toBeVisible();
  await shot(staff.page, 'reg-07-admin-approved');
  await staff.context.close();

  // The director sets his password from the approval e-mail and signs in.
  const approvalLink = await linkFromEmail(request, {
    to: directorEmail,
    template: 'registration_approved',
    path: '/set-password',
  });
  await setPasswordAndLogin(page, approvalLink, directorEmail, 'director-pass-1');
  await expect(page.getByTestId('header-company')).toHaveText(company);
  await expect(page.getByTestId('home-role')).toHaveText('Директор');
  await shot(page, 'reg-08-director-home');

  // He invites a purchaser with an order limit (typed with a comma and spaces, sent as a Decimal).
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Сотрудники' }).click();
  await expect(page.getByRole('heading', { name: 'Сотрудники' })).toBeVisible();
  await page.getByRole('button', { name: 'Пригласить сотрудника' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Электронная почта').fill(purchaserEmail);
  await dialog.getByLabel('Имя и фамилия').fill('Пётр Закупкин');
  await dialog.getByText('Закупщик', { exact: true }).click();
  await dialog.getByLabel('Лимит одного заказа').fill('150 000,5');
  await dialog.getByLabel('Лимит в месяц').fill('10,005');
  await dialog.getByRole('button', { name: 'Пригласить' }).click();
  await expect(dialog.getByText('Не больше двух знаков после запятой')).toBeVisible();
  await shot(page, 'reg-09-invite-form');
  await dialog.getByLabel('Лимит в месяц').fill('');
  await dialog.getByRole('button', { name: 'Пригласить' }).click();
  await expect(dialog).toBeHidden();
  const invited = page.getByTestId('company-user-row').filter({ hasText: purchaserEmail });
  await expect(invited.getByTestId('user-role')).toHaveText('Закупщик');
  await expect(invited.getByTestId('user-status')).toHaveText('Приглашён');
  await expect(invited.getByTestId('user-order-limit')).toHaveText(/150\s000,50\s₽/);
  await shot(page, 'reg-10-users-invited');

  // The purchaser sets a password from the invitation and sees his limited menu.
  const inviteLink = await linkFromEmail(request, {
    to: purchaserEmail,
    template: 'user_invited',
    path: '/set-password',
  });
  const purchaser = await newPerson(browser);
  await setPasswordAndLogin(purchaser.page, inviteLink, purchaserEmail, 'purchaser-pass-1');
  const p = purchaser.page;
  await expect(p.getByTestId('home-role')).toHaveText('Закупщик');
  const nav = p.getByRole('navigation', { name: 'Разделы' });
  await expect(nav.getByRole('link', { name: 'Каталог' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Компания' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Сотрудники' })).toHaveCount(0);
  await expect(p.getByTestId('quick-actions').getByRole('link', { name: 'Оформить заказ' })).toBeVisible();
  await expect(p.getByTestId('quick-actions').getByRole('link', { name: 'Сотрудники и права' })).toHaveCount(0);
  await shot(p, 'reg-11-purchaser-home');
  // The users page itself is closed to him (and the API refuses him too).
  await p.goto('/users');
  await expect(p.getByTestId('no-access')).toBeVisible();
  await expect(p.getByRole('button', { name: 'Пригласить сотрудника' })).toHaveCount(0);
  await shot(p, 'reg-12-purchaser-no-users-page');
  await purchaser.context.close();

  // Back in the director's list the purchaser is active now.
  await page.reload();
  await expect(invited.getByTestId('user-status')).toHaveText('Активен');
});

test('an existing offline client links himself to his company with the INN and a contract number', async ({
  page,
  browser,
  request,
}) => {
  const suffix = uniqueSuffix();
  const email = `offline.${suffix}@e2e.test`;
  // A demo client's legal entity and its default contract, as on the paper contract.
  const data = await adminApi<{
    companies: {
      items: { name: string; legalEntities: { inn: string; contracts: { number: string; isDefault: boolean }[] }[] }[];
    };
  }>(
    request,
    `{ companies(filter: { search: "ЭлектроСнаб" }) { items { name legalEntities { inn contracts { number isDefault } } } } }`,
  );
  const company = data.companies.items.find((c) => c.name === 'ЭлектроСнаб')!;
  const entity = company.legalEntities[0];
  const contract = entity.contracts.find((k) => k.isDefault)!;

  await page.goto('/register');
  await page.getByText('Уже работаем по договору').click();
  const form = page.getByTestId('short-registration-form');
  await form.getByLabel('ИНН').fill(entity.inn);
  await form.getByLabel('Номер договора').fill('НЕТ-ТАКОГО-1');
  await form.getByLabel('Контактное лицо').fill('Олег Офлайнов');
  await form.getByLabel('Телефон').fill('+7 812 555-44-33');
  await form.getByLabel('Электронная почта').fill(email);
  await form.getByLabel('Я согласен(на) на обработку персональных данных').check();
  await form.getByRole('button', { name: 'Отправить заявку' }).click();
  await expect(page.getByTestId('registration-error')).toContainText('Не нашли договор с таким номером');
  await shot(page, 'short-01-no-matching-contract');

  await form.getByLabel('Номер договора').fill(contract.number);
  await form.getByRole('button', { name: 'Отправить заявку' }).click();
  await expect(page.getByTestId('registration-sent')).toContainText(email);
  await shot(page, 'short-02-check-your-email');
  await page.goto(
    await linkFromEmail(request, { to: email, template: 'registration_verify', path: '/register/verify' }),
  );
  await expect(page.getByTestId('email-verified')).toBeVisible();

  // Staff see the matched company and approve: the applicant joins it.
  const staff = await newPerson(browser);
  await adminLogin(staff.page, 'head@demo.wholesail.local');
  await staff.page.goto('/admin/registrations');
  await staff.page.getByLabel('Поиск').fill(email);
  await expect(staff.page.getByTestId('registration-row')).toHaveCount(1);
  await staff.page.getByTestId('registration-row').getByRole('link').click();
  const matched = staff.page.getByTestId('matched-company');
  await expect(matched).toContainText('ЭлектроСнаб');
  await expect(matched).toContainText(entity.inn);
  await shot(staff.page, 'short-03-admin-matched-company');
  await staff.page.getByRole('button', { name: 'Одобрить' }).click();
  await expect(staff.page.getByTestId('registration-status')).toHaveText('Одобрена');
  await staff.context.close();

  const link = await linkFromEmail(request, { to: email, template: 'registration_approved', path: '/set-password' });
  await setPasswordAndLogin(page, link, email, 'offline-pass-1');
  await expect(page.getByTestId('header-company')).toHaveText('ЭлектроСнаб');
  await expect(page.getByTestId('home-role')).toHaveText('Закупщик');
  await shot(page, 'short-04-applicant-in-company');
});

test('a rejected request shows the reason on its status page', async ({ page, browser, request }) => {
  const suffix = uniqueSuffix();
  const company = `ООО «Отказ ${suffix}»`;
  const email = `rejected.${suffix}@e2e.test`;

  await page.goto('/register');
  const form = page.getByTestId('full-registration-form');
  await form.getByLabel('Название компании').fill(company);
  await form.getByLabel('ИНН').fill(freshInn());
  await form.getByLabel('КПП').fill('500101001');
  await form.getByLabel('Контактное лицо').fill('Остап Ибрагимович');
  await form.getByLabel('Телефон').fill('+7 900 000-00-01');
  await form.getByLabel('Электронная почта').fill(email);
  await form.getByLabel('Регион').fill('Черноморск');
  await form.getByLabel('Вид деятельности').fill('Прочее');
  await form.getByLabel('Я согласен(на) на обработку персональных данных').check();
  await form.getByRole('button', { name: 'Отправить заявку' }).click();
  await expect(page.getByTestId('registration-sent')).toBeVisible();
  const statusLink = (await page.getByRole('link', { name: 'Статус заявки' }).getAttribute('href'))!;
  await page.goto(
    await linkFromEmail(request, { to: email, template: 'registration_verify', path: '/register/verify' }),
  );
  await expect(page.getByTestId('email-verified')).toBeVisible();

  // An administrator rejects it with a reason …
  const staff = await newPerson(browser);
  await adminLogin(staff.page, 'admin@demo.wholesail.local');
  await staff.page.goto('/admin/registrations?status=PENDING');
  await staff.page.getByLabel('Поиск').fill(suffix);
  await staff.page.getByTestId('registration-row').getByRole('link', { name: company }).click();
  await staff.page.getByRole('button', { name: 'Отклонить' }).click();
  const dialog = staff.page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Отклонить заявку' }).click();
  await expect(dialog.getByText('Заполните поле')).toBeVisible();
  await dialog.getByLabel('Причина').fill('Работаем только с юрлицами из нашего региона поставок');
  await shot(staff.page, 'reject-01-admin-reason');
  await dialog.getByRole('button', { name: 'Отклонить заявку' }).click();
  await expect(staff.page.getByTestId('registration-status')).toHaveText('Отклонена');
  await expect(staff.page.getByTestId('rejection-reason')).toHaveText(
    'Работаем только с юрлицами из нашего региона поставок',
  );

  // … the applicant is e-mailed (the outbox shows the letter) …
  await staff.page.getByRole('link', { name: 'Исходящие письма' }).click();
  await staff.page.getByLabel('Получатель (точный адрес)').fill(email);
  const letter = staff.page.getByTestId('outbox-row').filter({ hasText: 'Заявка на регистрацию отклонена' });
  await expect(letter).toHaveCount(1);
  await letter.getByRole('button', { name: 'Заявка на регистрацию отклонена' }).click();
  await staff.page.getByRole('tab', { name: 'Текст' }).click();
  await expect(staff.page.getByTestId('email-text')).toContainText('Работаем только с юрлицами');
  await shot(staff.page, 'reject-02-admin-outbox-letter');
  await staff.context.close();

  // … and his status page shows the decision with the reason.
  await page.goto(statusLink);
  await expect(page.getByTestId('registration-status')).toHaveText('Отклонена');
  await expect(page.getByTestId('rejection-reason')).toHaveText(
    'Работаем только с юрлицами из нашего региона поставок',
  );
  await shot(page, 'reject-03-status-page');
});

test('blocked and pending companies’ users get a clear answer at sign-in', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Электронная почта' }).fill('blocked@demo.wholesail.local');
  await page.getByRole('textbox', { name: 'Пароль' }).fill('demo1234');
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByTestId('login-error')).toContainText('Доступ вашей компании к порталу приостановлен');
  await shot(page, 'login-01-blocked');

  await page.getByRole('textbox', { name: 'Электронная почта' }).fill('pending@demo.wholesail.local');
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByTestId('login-error')).toContainText('Заявка вашей компании ещё на рассмотрении');
  await shot(page, 'login-02-pending');

  // The same answers in English.
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByTestId('login-error')).toContainText('application is still under review');
  await shot(page, 'login-03-pending-en');
  await page.getByText('RU', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Войти' })).toBeVisible();
});

test('a forgotten password is reset by an e-mailed link', async ({ page, request }) => {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Забыли пароль?' }).click();
  await page.getByRole('textbox', { name: 'Электронная почта' }).fill('accountant@demo.wholesail.local');
  await page.getByRole('button', { name: 'Прислать ссылку' }).click();
  await expect(page.getByTestId('reset-sent')).toContainText('accountant@demo.wholesail.local');
  await shot(page, 'reset-01-link-sent');

  const link = await linkFromEmail(request, {
    to: 'accountant@demo.wholesail.local',
    template: 'password_reset',
    path: '/set-password',
  });
  await page.goto(link);
  await page.getByLabel('Новый пароль').fill('short');
  await page.getByLabel('Пароль ещё раз').fill('other');
  await page.getByRole('button', { name: 'Сохранить пароль' }).click();
  await expect(page.getByText('Не короче 8 символов', { exact: true })).toBeVisible();
  await expect(page.getByText('Пароли не совпадают')).toBeVisible();
  await shot(page, 'reset-02-password-rules');
  // The accountant keeps the demo password, so other tests can still use it.
  await page.getByLabel('Новый пароль').fill('demo1234');
  await page.getByLabel('Пароль ещё раз').fill('demo1234');
  await page.getByRole('button', { name: 'Сохранить пароль' }).click();
  await expect(page.getByTestId('password-set')).toBeVisible();

  // The link works once.
  await page.goto(link);
  await page.getByLabel('Новый пароль').fill('demo12345');
  await page.getByLabel('Пароль ещё раз').fill('demo12345');
  await page.getByRole('button', { name: 'Сохранить пароль' }).click();
  await expect(page.getByTestId('token-problem')).toContainText('Эта ссылка уже использована');
  await shot(page, 'reset-03-link-used');

  await page.goto('/login');
  await storefrontLogin(page, 'accountant@demo.wholesail.local');
  await expect(page.getByTestId('home-role')).toHaveText('Бухгалтер');
});
