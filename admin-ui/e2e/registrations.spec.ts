import { expect, test } from '@playwright/test';
import { adminApi, linkFromEmail, uniqueSuffix } from '@wholesail/shared/web/e2e';

import { adminLogin, shot } from './helpers';

const REGISTER = `mutation R($input: FullRegistrationInput!) { registerCompany(input: $input) { __typename } }`;
const VERIFY = `mutation V($token: String!) { verifyRegistrationEmail(token: $token) { __typename } }`;

test('a new-client request with a known INN: staff see the duplicate and link the applicant to that company', async ({
  page,
  request,
}) => {
  const suffix = uniqueSuffix();
  const email = `dup.${suffix}@e2e.test`;
  const data = await adminApi<{
    companies: { items: { name: string; legalEntities: { inn: string; kpp: string | null }[] }[] };
  }>(request, `{ companies(filter: { search: "ЭлектроСнаб" }) { items { name legalEntities { inn kpp } } } }`);
  const entity = data.companies.items.find((c) => c.name === 'ЭлектроСнаб')!.legalEntities[0];

  // The applicant fills the full form (through the shop API here; the form itself is tested in the storefront).
  const submitted = await request.post('/shop-api', {
    data: {
      query: REGISTER,
      variables: {
        input: {
          companyName: `Филиал ЭлектроСнаба ${suffix}`,
          inn: entity.inn,
          kpp: entity.kpp,
          contactName: 'Дарья Дублёва',
          email,
          phone: '+7 812 300-00-00',
          region: 'Санкт-Петербург',
          businessKind: 'Дилер',
          consent: true,
        },
      },
    },
  });
  expect(
    ((await submitted.json()) as { data: { registerCompany: { __typename: string } } }).data.registerCompany.__typename,
  ).toBe('RegistrationSubmitted');
  const verifyLink = await linkFromEmail(request, {
    to: email,
    template: 'registration_verify',
    path: '/register/verify',
  });
  const token = new URL(verifyLink, 'http://x').searchParams.get('token');
  await request.post('/shop-api', { data: { query: VERIFY, variables: { token } } });

  await adminLogin(page, 'head@demo.wholesail.local');
  await page.goto('/admin/registrations');
  await page.getByLabel('Поиск').fill(email);
  await expect(page.getByTestId('registration-row')).toHaveCount(1);
  await page.getByTestId('registration-row').getByRole('link').click();
  const duplicates = page.getByTestId('duplicates');
  const duplicate = duplicates.getByTestId('company-ref').filter({ hasText: 'ЭлектроСнаб' });
  await expect(duplicate).toContainText(entity.inn);
  await expect(duplicate).toContainText('тот же КПП');
  await expect(duplicate).toContainText('Менеджер: Ирина Петрова');
  await shot(page, 'registrations-01-duplicate');

  await duplicate.getByRole('button', { name: 'Подключить сюда' }).click();
  await expect(page.getByLabel('Подключить к существующей')).toBeChecked();
  await expect(page.getByTestId('approve-company')).toHaveValue(new RegExp(`ЭлектроСнаб · ${entity.inn}`));
  await shot(page, 'registrations-02-link-to-duplicate');
  await page.getByRole('button', { name: 'Одобрить' }).click();
  await expect(page.getByTestId('registration-status')).toHaveText('Одобрена');

  // The applicant is now a user of that company, waiting to set a password.
  await page.getByRole('link', { name: 'Открыть компанию' }).click();
  await expect(page.getByTestId('company-title')).toHaveText('ЭлектроСнаб');
  await page.getByRole('tab', { name: /Пользователи/ }).click();
  const user = page.getByTestId('company-user-row').filter({ hasText: email });
  await expect(user.getByTestId('user-role')).toHaveText('Закупщик');
  await expect(user.getByTestId('user-status')).toHaveText('Приглашён');
  await shot(page, 'registrations-03-joined-company');
});
