import { completeInn } from '@wholesail/shared';
import { BuyerRole, StaffRole } from '../../common/auth/permissions';
import { hashPassword } from '../../modules/identity/password';
import { DEMO_PASSWORD, SeedContext } from './seed-context';

export interface DemoLogin {
  app: 'storefront' | 'admin';
  email: string;
  role: string;
}

const STAFF: { email: string; fullName: string; role: StaffRole }[] = [
  { email: 'admin@demo.wholesail.local', fullName: 'Алексей Смирнов', role: StaffRole.ADMIN },
  { email: 'head@demo.wholesail.local', fullName: 'Ольга Кузнецова', role: StaffRole.HEAD_OF_SALES },
  { email: 'manager@demo.wholesail.local', fullName: 'Ирина Петрова', role: StaffRole.SALES_MANAGER },
  { email: 'manager2@demo.wholesail.local', fullName: 'Дмитрий Волков', role: StaffRole.SALES_MANAGER },
  { email: 'catalog@demo.wholesail.local', fullName: 'Сергей Морозов', role: StaffRole.CATALOG_MANAGER },
];

interface DemoCompany {
  name: string;
  legalEntities: { name: string; kpp: string | null }[];
  users: { email: string; fullName: string; role: BuyerRole }[];
}

/** Hand-written companies with stable logins (the README lists them). */
const DEMO_COMPANIES: DemoCompany[] = [
  {
    name: 'СтройМаркет',
    legalEntities: [
      { name: 'ООО «СтройМаркет»', kpp: '773601001' },
      { name: 'ООО «СтройМаркет Регион»', kpp: '504701001' },
      { name: 'ИП Соколов Андрей Викторович', kpp: null },
    ],
    users: [
      { email: 'director@demo.wholesail.local', fullName: 'Андрей Соколов', role: BuyerRole.DIRECTOR },
      { email: 'purchaser@demo.wholesail.local', fullName: 'Мария Лебедева', role: BuyerRole.PURCHASER },
      { email: 'accountant@demo.wholesail.local', fullName: 'Елена Новикова', role: BuyerRole.ACCOUNTANT },
    ],
  },
  {
    name: 'ЭлектроСнаб',
    legalEntities: [
      { name: 'ООО «ЭлектроСнаб»', kpp: '781001001' },
      { name: 'АО «ЭлектроСнаб-Северо-Запад»', kpp: '784201001' },
    ],
    users: [
      { email: 'director2@demo.wholesail.local', fullName: 'Павел Егоров', role: BuyerRole.DIRECTOR },
      { email: 'purchaser2@demo.wholesail.local', fullName: 'Наталья Орлова', role: BuyerRole.PURCHASER },
    ],
  },
  {
    name: 'Крепёж-Опт',
    legalEntities: [
      { name: 'ООО «Крепёж-Опт»', kpp: '667101001' },
      { name: 'ООО «Крепёж-Опт Урал»', kpp: '665801001' },
    ],
    users: [{ email: 'director3@demo.wholesail.local', fullName: 'Виктор Белов', role: BuyerRole.DIRECTOR }],
  },
];

/** An outsourced purchaser who works for two companies. */
const SHARED_PURCHASER = { email: 'outsourced@demo.wholesail.local', fullName: 'Игорь Зайцев', companies: [0, 1] };

export async function seedIdentity(ctx: SeedContext): Promise<DemoLogin[]> {
  const { faker } = ctx;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const logins: DemoLogin[] = [];

  const staffIds = await ctx.insert(
    'staff_user',
    STAFF.map((s) => ({
      email: s.email,
      full_name: s.fullName,
      role: s.role,
      password_hash: passwordHash,
      phone: faker.phone.number(),
    })),
  );
  ctx.ids.staff = staffIds;
  STAFF.forEach((s) => logins.push({ app: 'admin', email: s.email, role: s.role }));

  const extra = ctx.scale === 'large' ? 2000 - DEMO_COMPANIES.length : 0;
  const generated: DemoCompany[] = Array.from({ length: extra }, (_, i) => {
    const name = `${faker.company.name()} ${i + 1}`;
    return {
      name,
      legalEntities: Array.from({ length: faker.number.int({ min: 1, max: 3 }) }, (_, j) => ({
        name: `ООО «${name}${j ? ` ${j + 1}` : ''}»`,
        kpp: `${faker.string.numeric(4)}01001`,
      })),
      users: Array.from({ length: faker.number.int({ min: 1, max: 4 }) }, (_, j) => ({
        email: `buyer${i + 1}.${j + 1}@bench.wholesail.local`,
        fullName: faker.person.fullName(),
        role: j === 0 ? BuyerRole.DIRECTOR : faker.helpers.arrayElement([BuyerRole.PURCHASER, BuyerRole.ACCOUNTANT]),
      })),
    };
  });
  const companies = [...DEMO_COMPANIES, ...generated];
  const progress = ctx.progress('companies', companies.length);

  const companyIds = await ctx.insert(
    'company',
    companies.map((c) => ({ name: c.name, status: 'active' })),
  );
  ctx.ids.companies = companyIds;
  progress.tick(companies.length / 3);

  let innSeq = 0;
  const leRows = companies.flatMap((c, ci) =>
    c.legalEntities.map((le) => {
      innSeq += 1;
      const inn = le.kpp
        ? completeInn(`77${String(100000 + innSeq).padStart(7, '0')}`)
        : completeInn(`50${String(10000000 + innSeq)}`);
      return { company_id: companyIds[ci], name: le.name, inn, kpp: le.kpp ?? '' };
    }),
  );
  ctx.ids.legalEntities = await ctx.insert('legal_entity', leRows);
  progress.tick((companies.length * 2) / 3);

  const userRows = companies
    .flatMap((c) => c.users)
    .concat([{ email: SHARED_PURCHASER.email, fullName: SHARED_PURCHASER.fullName, role: BuyerRole.PURCHASER }]);
  const userIds = await ctx.insert(
    'buyer_user',
    userRows.map((u) => ({
      email: u.email,
      full_name: u.fullName,
      password_hash: passwordHash,
      phone: faker.phone.number(),
    })),
  );
  ctx.ids.buyers = userIds;
  const memberRows: Record<string, unknown>[] = [];
  let u = 0;
  companies.forEach((c, ci) => {
    for (const user of c.users) {
      memberRows.push({ company_id: companyIds[ci], buyer_user_id: userIds[u], role: user.role });
      if (ci < DEMO_COMPANIES.length)
        logins.push({ app: 'storefront', email: user.email, role: `${user.role} · ${c.name}` });
      u += 1;
    }
  });
  for (const ci of SHARED_PURCHASER.companies) {
    memberRows.push({ company_id: companyIds[ci], buyer_user_id: userIds[u], role: BuyerRole.PURCHASER });
  }
  logins.push({ app: 'storefront', email: SHARED_PURCHASER.email, role: 'PURCHASER · СтройМаркет + ЭлектроСнаб' });
  await ctx.insert('company_member', memberRows);
  progress.done();
  return logins;
}
