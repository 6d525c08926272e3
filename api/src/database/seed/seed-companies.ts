import { completeInn, completeOgrn, withSettlementKey } from '@wholesail/shared';
import { BuyerRole } from '../../common/auth/permissions';
import { hashPassword } from '../../modules/identity/password';
import { randomSecret, sha256 } from '../../modules/identity/tokens';
import type { DemoLogin } from './seed-identity';
import { DEMO_PASSWORD, SeedContext } from './seed-context';

const BANKS = [
  { name: 'ПАО Сбербанк', bik: '044525225', corr: '30101810400000000225' },
  { name: 'Банк ВТБ (ПАО)', bik: '044525187', corr: '30101810700000000187' },
  { name: 'АО «Альфа-Банк»', bik: '044525593', corr: '30101810200000000593' },
];

const GROUPS = [
  { code: 'DEALERS', name: 'Дилеры' },
  { code: 'BIG_WHOLESALE', name: 'Крупный опт' },
  { code: 'RETAIL', name: 'Розничные магазины' },
];

/** Per demo company (by index in seedIdentity's list): manager (staff index), groups, addresses. */
const DEMO_SETUP = [
  {
    manager: 2, // manager@
    groups: ['BIG_WHOLESALE', 'DEALERS'],
    notes: 'Ключевой клиент. Отсрочка согласована коммерческим директором до конца года.',
    addresses: [
      {
        label: 'Склад на Складской',
        address: 'г. Москва, ул. Складская, д. 12, стр. 3',
        contact: 'Пётр Кириллов',
        phone: '+7 495 120-33-44',
      },
      {
        label: 'Магазин в Химках',
        address: 'Московская обл., г. Химки, Ленинградское ш., д. 5',
        contact: null,
        phone: null,
      },
    ],
  },
  {
    manager: 2, // manager@
    groups: ['DEALERS'],
    notes: null,
    addresses: [
      {
        label: 'Основной склад',
        address: 'г. Санкт-Петербург, пр. Обуховской Обороны, д. 86',
        contact: 'Антон Смирнов',
        phone: '+7 812 300-11-22',
      },
    ],
  },
  {
    manager: 3, // manager2@
    groups: ['RETAIL'],
    notes: 'Просит доставку только до 14:00.',
    addresses: [
      {
        label: 'Склад',
        address: 'г. Екатеринбург, ул. Монтёрская, д. 3',
        contact: 'Виктор Белов',
        phone: '+7 343 200-10-10',
      },
    ],
  },
];

/** Companies that are not active, to show the other statuses (their users get a clear refusal at login). */
const EXTRA_COMPANIES = [
  {
    name: 'ТехноТорг',
    status: 'pending',
    reason: null,
    le: { name: 'ООО «ТехноТорг»', kpp: '525801001' },
    user: { email: 'pending@demo.wholesail.local', fullName: 'Роман Гусев' },
  },
  {
    name: 'Стройбаза Юг',
    status: 'blocked',
    reason: 'Просроченная задолженность более 90 дней',
    le: { name: 'ООО «Стройбаза Юг»', kpp: '616401001' },
    user: { email: 'blocked@demo.wholesail.local', fullName: 'Олег Тарасов' },
  },
];

/**
 * Client companies beyond the logins: statuses, managers, contractor groups, legal entity details,
 * contracts (every legal entity has a default one), delivery addresses, order limits and a few
 * registration requests. Runs after seedIdentity.
 */
export async function seedCompanies(ctx: SeedContext): Promise<DemoLogin[]> {
  const { faker, db } = ctx;
  const staff = ctx.ids.staff;
  const companies = ctx.ids.companies;
  const logins: DemoLogin[] = [];

  const groupIds = await ctx.insert('contractor_group', GROUPS);
  const groupId = (code: string) => groupIds[GROUPS.findIndex((g) => g.code === code)];

  // Extra demo companies in the other statuses, with a director each.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const extraIds = await ctx.insert(
    'company',
    EXTRA_COMPANIES.map((c) => ({ name: c.name, status: c.status, blocked_reason: c.reason, manager_id: staff[3] })),
  );
  await ctx.insert(
    'legal_entity',
    EXTRA_COMPANIES.map((c, i) => ({
      company_id: extraIds[i],
      name: c.le.name,
      inn: completeInn(`52${String(5800000 + i)}`),
      kpp: c.le.kpp,
    })),
  );
  const extraUsers = await ctx.insert(
    'buyer_user',
    EXTRA_COMPANIES.map((c) => ({ email: c.user.email, full_name: c.user.fullName, password_hash: passwordHash })),
  );
  await ctx.insert(
    'company_member',
    EXTRA_COMPANIES.map((_, i) => ({
      company_id: extraIds[i],
      buyer_user_id: extraUsers[i],
      role: BuyerRole.DIRECTOR,
    })),
  );
  EXTRA_COMPANIES.forEach((c) =>
    logins.push({ app: 'storefront', email: c.user.email, role: `DIRECTOR · ${c.name} (${c.status})` }),
  );

  // Managers, groups, notes and external ids. Demo companies by hand; generated ones at random.
  const allCompanies = [...companies, ...extraIds];
  const managerOf = allCompanies.map((_, i) =>
    i < DEMO_SETUP.length
      ? staff[DEMO_SETUP[i].manager]
      : i >= companies.length
        ? staff[3]
        : faker.helpers.arrayElement([staff[2], staff[3], null]),
  );
  await db.query(
    `UPDATE company c SET manager_id = m.manager_id, notes = m.notes, external_id = m.external_id
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::varchar[]) AS m(id, manager_id, notes, external_id)
      WHERE c.id = m.id`,
    [
      allCompanies,
      managerOf,
      allCompanies.map((_, i) => DEMO_SETUP[i]?.notes ?? null),
      allCompanies.map((_, i) => `C-${String(i + 1).padStart(5, '0')}`),
    ],
  );
  const memberships: { company_id: string; contractor_group_id: string }[] = [];
  companies.forEach((id, i) => {
    const codes =
      i < DEMO_SETUP.length
        ? DEMO_SETUP[i].groups
        : faker.helpers.arrayElements(
            GROUPS.map((g) => g.code),
            { min: 0, max: 2 },
          );
    for (const code of codes) memberships.push({ company_id: id, contractor_group_id: groupId(code) });
  });
  await ctx.insert('company_contractor_group', memberships, 'company_id');

  // Legal entity details: full name, OGRN, addresses, bank details; external ids.
  const les = await db.query<{ id: string; name: string; inn: string; kpp: string }[]>(
    `SELECT id, name, inn, kpp FROM legal_entity ORDER BY inn`,
  );
  const city = ['г. Москва', 'г. Санкт-Петербург', 'г. Екатеринбург', 'г. Казань', 'г. Новосибирск'];
  const details = les.map((le, i) => {
    const bank = BANKS[i % BANKS.length];
    const sole = le.inn.length === 12;
    const address = `${city[i % city.length]}, ул. ${faker.location.street()}, д. ${faker.number.int({ min: 1, max: 200 })}`;
    return {
      id: le.id,
      full_name: sole
        ? le.name.replace(/^ИП/, 'Индивидуальный предприниматель')
        : le.name.replace(/^ООО/, 'Общество с ограниченной ответственностью').replace(/^АО/, 'Акционерное общество'),
      ogrn: sole
        ? completeOgrn(`3${String(10000000000000 + i).slice(1)}`)
        : completeOgrn(`1${String(100000000000 + i).slice(1)}`),
      legal_address: address,
      postal_address: address,
      bank_name: bank.name,
      bik: bank.bik,
      correspondent_account: bank.corr,
      settlement_account: withSettlementKey(
        `${sole ? '40802' : '40702'}810${String(1000000000000 + i).slice(1)}`,
        bank.bik,
      ),
      external_id: `LE-${String(i + 1).padStart(5, '0')}`,
    };
  });
  for (let i = 0; i < details.length; i += 2000) {
    const part = details.slice(i, i + 2000);
    const col = (k: keyof (typeof details)[number]) => part.map((d) => d[k]);
    await db.query(
      `UPDATE legal_entity le SET full_name = d.full_name, ogrn = d.ogrn, legal_address = d.legal_address,
              postal_address = d.postal_address, bank_name = d.bank_name, bik = d.bik,
              correspondent_account = d.correspondent_account, settlement_account = d.settlement_account,
              external_id = d.external_id
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[], $7::varchar[],
                     $8::varchar[], $9::varchar[], $10::varchar[])
              AS d(id, full_name, ogrn, legal_address, postal_address, bank_name, bik, correspondent_account, settlement_account, external_id)
        WHERE le.id = d.id`,
      [
        col('id'),
        col('full_name'),
        col('ogrn'),
        col('legal_address'),
        col('postal_address'),
        col('bank_name'),
        col('bik'),
        col('correspondent_account'),
        col('settlement_account'),
        col('external_id'),
      ],
    );
  }

  // Contracts, set-based: every legal entity gets a default contract (prepayment or a deferral of
  // 14–60 days with a credit limit); every third one also an older, closed contract.
  await db.query(
    `WITH le AS (SELECT id, row_number() OVER (ORDER BY inn) AS n FROM legal_entity)
     INSERT INTO contract (legal_entity_id, number, date, currency, payment_terms, deferral_days, credit_limit,
                           valid_from, valid_to, status, is_default, external_id)
     SELECT id, 'ДП-' || (2024 + n % 2) || '/' || lpad(n::text, 5, '0'), date '2024-01-10' + (n % 600)::int, 'RUB',
            CASE WHEN n % 3 = 0 THEN 'PREPAYMENT' ELSE 'DEFERRAL' END,
            CASE WHEN n % 3 = 0 THEN NULL ELSE (ARRAY[14, 30, 45, 60])[1 + n % 4] END,
            CASE WHEN n % 3 = 0 THEN 0 ELSE 100000 * (1 + n % 20) END,
            date '2024-01-10' + (n % 600)::int, NULL, 'active', true, 'K-' || lpad(n::text, 6, '0')
       FROM le
     UNION ALL
     SELECT id, 'Д-2022/' || lpad(n::text, 5, '0'), date '2022-02-01' + (n % 300)::int, 'RUB', 'PREPAYMENT', NULL, 0,
            date '2022-02-01' + (n % 300)::int, date '2023-12-31', 'closed', false, 'K-OLD-' || lpad(n::text, 6, '0')
       FROM le WHERE n % 3 = 1`,
  );

  // Delivery addresses of the demo companies; a few for the generated ones.
  const addresses: Record<string, unknown>[] = [];
  DEMO_SETUP.forEach((setup, i) =>
    setup.addresses.forEach((a) =>
      addresses.push({
        company_id: companies[i],
        label: a.label,
        address: a.address,
        contact_name: a.contact,
        contact_phone: a.phone,
      }),
    ),
  );
  companies.slice(DEMO_SETUP.length).forEach((id, i) => {
    if (i % 2) return;
    addresses.push({
      company_id: id,
      label: 'Склад',
      address: `${city[i % city.length]}, ${faker.location.streetAddress()}`,
      contact_name: null,
      contact_phone: null,
    });
  });
  await ctx.insert('delivery_address', addresses);

  // Order limits: the demo purchasers need approval above these.
  await db.query(
    `UPDATE company_member m SET order_limit = 500000, monthly_limit = 2000000
       FROM buyer_user u WHERE u.id = m.buyer_user_id AND u.email IN ('purchaser@demo.wholesail.local', 'purchaser2@demo.wholesail.local')`,
  );

  // Registration requests: two waiting for staff, one unconfirmed, one rejected.
  const [contract] = await db.query<{ number: string; inn: string }[]>(
    `SELECT k.number, le.inn FROM contract k JOIN legal_entity le ON le.id = k.legal_entity_id
      WHERE le.company_id = $1 AND k.is_default ORDER BY le.kpp = '', le.name LIMIT 1`,
    [companies[0]],
  );
  const base = { consent_at: new Date(), locale: 'ru', status_token_hash: '' };
  const requests = [
    {
      ...base,
      kind: 'FULL',
      status: 'PENDING',
      company_name: 'ПромСнаб',
      inn: completeInn('771234567'),
      kpp: '771201001',
      contact_name: 'Светлана Морозова',
      email: 'info@promsnab.example',
      phone: '+7 495 777-12-34',
      region: 'Москва',
      business_kind: 'Строительная компания',
      comment: 'Закупаем крепёж и электрику для объектов',
      email_verified_at: new Date(),
    },
    {
      ...base,
      kind: 'SHORT',
      status: 'PENDING',
      company_name: 'СтройМаркет',
      inn: contract.inn,
      kpp: null,
      contract_number: contract.number,
      contact_name: 'Кирилл Фёдоров',
      email: 'k.fedorov@stroymarket.example',
      phone: '+7 495 120-33-45',
      matched_company_id: companies[0],
      email_verified_at: new Date(),
    },
    {
      ...base,
      kind: 'FULL',
      status: 'UNVERIFIED',
      company_name: 'ЭлектроМир',
      inn: completeInn('781234567'),
      kpp: '781201001',
      contact_name: 'Денис Ковалёв',
      email: 'd.kovalev@elektromir.example',
      phone: '+7 812 555-00-11',
      region: 'Санкт-Петербург',
      business_kind: 'Розничный магазин',
    },
    {
      ...base,
      kind: 'FULL',
      status: 'REJECTED',
      company_name: 'Рога и Копыта',
      inn: completeInn('500100732'),
      kpp: '500101001',
      contact_name: 'Остап Бендер',
      email: 'ostap@example.com',
      phone: '+7 900 000-00-00',
      region: 'Черноморск',
      business_kind: 'Прочее',
      rejection_reason: 'Не ведёт деятельность, связанную с нашей продукцией',
      decided_at: new Date(),
      decided_by_staff_user_id: staff[1],
    },
  ];
  const columns = [...new Set(requests.flatMap((r) => Object.keys(r)))];
  await ctx.insert(
    'registration_request',
    requests.map((r) =>
      Object.fromEntries(
        columns.map((c) => [
          c,
          c === 'status_token_hash' ? sha256(randomSecret()) : ((r as Record<string, unknown>)[c] ?? null),
        ]),
      ),
    ),
  );
  return logins;
}
