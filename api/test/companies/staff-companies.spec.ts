import { completeOgrn } from '@wholesail/shared';
import { BuyerRole, StaffRole } from '../../src/common/auth/permissions';
import { loginBuyer, loginStaff, SHOP_LOGIN } from '../helpers/auth';
import { createBuyer, createCompany, createStaff, TEST_PASSWORD } from '../helpers/factories';
import { TestSmtp, tokenFromLink } from '../helpers/smtp';
import { createTestApp, errorCode, TestApp } from '../helpers/test-app';
import { AUDIT, ME, SET_PASSWORD } from './documents';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- GraphQL answers are checked by assertions, not types */
type Any = any;

const COMPANIES = `query C($filter: CompaniesFilterInput, $skip: Int, $take: Int) { companies(filter: $filter, skip: $skip, take: $take) {
  totalCount items { id name status manager { id } legalEntities { inn } groups { code } } } }`;
const COMPANY = `query C($id: ID!) { company(id: $id) { id name status blockedReason notes manager { email }
  legalEntities { id inn kpp ogrn contracts { id number isDefault } } users { id email role active } deliveryAddresses { id label } groups { id code } } }`;
const SET_STATUS = `mutation S($id: ID!, $status: CompanyStatus!, $reason: String) { setCompanyStatus(id: $id, status: $status, reason: $reason) { id status blockedReason } }`;
const SET_MANAGER = `mutation S($id: ID!, $managerId: ID) { setCompanyManager(id: $id, managerId: $managerId) { id manager { id } } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdateCompanyInput!) { updateCompany(id: $id, input: $input) { __typename ... on ClientCompany { id notes name } ... on ErrorResult { errorCode } } }`;
const CREATE_LE = `mutation L($companyId: ID!, $input: LegalEntityInput!) { createLegalEntity(companyId: $companyId, input: $input) {
  __typename ... on ClientLegalEntity { id inn kpp ogrn } ... on ErrorResult { errorCode message } ... on AlreadyExistsError { field } } }`;
const CREATE_CONTRACT = `mutation K($legalEntityId: ID!, $input: ContractInput!) { createContract(legalEntityId: $legalEntityId, input: $input) {
  __typename ... on ClientContract { id number isDefault paymentTerms deferralDays creditLimit } ... on ErrorResult { errorCode message } } }`;
const CREATE_ADDRESS = `mutation A($companyId: ID!, $input: DeliveryAddressInput!) { createDeliveryAddress(companyId: $companyId, input: $input) { id label } }`;
const GROUPS = `mutation G($input: ContractorGroupInput!) { createContractorGroup(input: $input) { __typename ... on ContractorGroup { id code } ... on ErrorResult { errorCode } } }`;
const SET_GROUPS = `mutation S($id: ID!, $groupIds: [ID!]!) { setCompanyGroups(id: $id, groupIds: $groupIds) { groups { code companyCount } } }`;
const CLIENT_ACTIVE = `mutation S($companyId: ID!, $userId: ID!, $active: Boolean!) { setClientUserActive(companyId: $companyId, userId: $userId, active: $active) {
  __typename ... on ErrorResult { errorCode } } }`;
const CREATE_STAFF = `mutation C($input: CreateStaffUserInput!) { createStaffUser(input: $input) {
  __typename ... on StaffUser { id email role hasPassword } ... on ErrorResult { errorCode } } }`;
const STAFF_ACTIVE = `mutation S($id: ID!, $active: Boolean!) { setStaffUserActive(id: $id, active: $active) { __typename ... on StaffUser { active } ... on ErrorResult { errorCode } } }`;
const OUTBOX = `query O($filter: OutboxFilterInput) { emailOutbox(filter: $filter) { totalCount items { to subject status textBody } } }`;

describe('client companies for staff', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let head: string;
  let admin: { token: string; id: string };
  let sales: { token: string; id: string };
  let sales2: { token: string; id: string };

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    t = await createTestApp({ SMTP_URL: smtp.url });
    const login = async (role: StaffRole) => {
      const s = await createStaff(t.ds, role);
      return { id: s.id, token: (await loginStaff(t, s.email)).token };
    };
    head = (await login(StaffRole.HEAD_OF_SALES)).token;
    admin = await login(StaffRole.ADMIN);
    sales = await login(StaffRole.SALES_MANAGER);
    sales2 = await login(StaffRole.SALES_MANAGER);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('shows a sales manager only his own clients — in lists, searches, cards and edits', async () => {
    const mine = await createCompany(t.ds, { name: 'Scope Mine', managerId: sales.id });
    const theirs = await createCompany(t.ds, { name: 'Scope Theirs', managerId: sales2.id });
    const nobody = await createCompany(t.ds, { name: 'Scope Nobody' });
    const [{ inn: theirInn }] = await t.ds.query(`SELECT inn FROM legal_entity WHERE company_id = $1`, [theirs.id]);

    const list = await t.admin<Any>(COMPANIES, { filter: { search: 'Scope' } }, { token: sales.token });
    expect(list.data.companies).toMatchObject({ totalCount: 1, items: [{ id: mine.id }] });
    const byInn = await t.admin<Any>(COMPANIES, { filter: { search: theirInn } }, { token: sales.token });
    expect(byInn.data.companies.totalCount).toBe(0);
    const all = await t.admin<Any>(COMPANIES, { filter: { search: 'Scope' } }, { token: head });
    expect(all.data.companies.items.map((c: Any) => c.name)).toEqual(['Scope Mine', 'Scope Nobody', 'Scope Theirs']);
    expect(
      (await t.admin<Any>(COMPANIES, { filter: { search: theirInn } }, { token: head })).data.companies.items[0].id,
    ).toBe(theirs.id);
    const unassigned = await t.admin<Any>(
      COMPANIES,
      { filter: { search: 'Scope', unassigned: true } },
      { token: head },
    );
    expect(unassigned.data.companies.items.map((c: Any) => c.id)).toEqual([nobody.id]);

    for (const id of [theirs.id, nobody.id]) {
      expect(errorCode(await t.admin(COMPANY, { id }, { token: sales.token }))).toBe('NOT_FOUND');
      expect(errorCode(await t.admin(UPDATE, { id, input: { notes: 'x' } }, { token: sales.token }))).toBe('NOT_FOUND');
      expect(errorCode(await t.admin(SET_STATUS, { id, status: 'BLOCKED', reason: 'x' }, { token: sales.token }))).toBe(
        'NOT_FOUND',
      );
      expect(
        errorCode(
          await t.admin(CREATE_ADDRESS, { companyId: id, input: { label: 'x', address: 'y' } }, { token: sales.token }),
        ),
      ).toBe('NOT_FOUND');
    }
    const leOfTheirs = theirs.legalEntityIds[0];
    const contract = { number: 'X-1', date: '2026-01-01', currency: 'RUB' };
    expect(
      errorCode(await t.admin(CREATE_CONTRACT, { legalEntityId: leOfTheirs, input: contract }, { token: sales.token })),
    ).toBe('NOT_FOUND');
    const own = await t.admin<Any>(COMPANY, { id: mine.id }, { token: sales.token });
    expect(own.data.company.id).toBe(mine.id);
    // Reassigning clients is for those who see all of them.
    expect(errorCode(await t.admin(SET_MANAGER, { id: mine.id, managerId: sales2.id }, { token: sales.token }))).toBe(
      'FORBIDDEN',
    );
    const moved = await t.admin<Any>(SET_MANAGER, { id: mine.id, managerId: sales2.id }, { token: head });
    expect(moved.data.setCompanyManager.manager.id).toBe(sales2.id);
    expect(errorCode(await t.admin(COMPANY, { id: mine.id }, { token: sales.token }))).toBe('NOT_FOUND');
    const audit = await t.admin<Any>(
      AUDIT,
      { filter: { companyId: mine.id, action: 'company.manager_changed' } },
      { token: head },
    );
    expect(audit.data.auditEvents.items[0]).toMatchObject({
      before: JSON.stringify({ managerId: sales.id }),
      after: JSON.stringify({ managerId: sales2.id }),
    });
  });

  it('blocks a company: its users are logged out at once and told clearly at login; unblocking restores access', async () => {
    const company = await createCompany(t.ds, { managerId: sales.id });
    const buyer = await createBuyer(t.ds, [{ companyId: company.id }]);
    const session = await loginBuyer(t, buyer.email);
    const noReason = await t.admin(SET_STATUS, { id: company.id, status: 'BLOCKED' }, { token: sales.token });
    expect(noReason.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const blocked = await t.admin<Any>(
      SET_STATUS,
      { id: company.id, status: 'BLOCKED', reason: 'Долг 90 дней' },
      { token: sales.token },
    );
    expect(blocked.data.setCompanyStatus).toMatchObject({ status: 'BLOCKED', blockedReason: 'Долг 90 дней' });
    expect(errorCode(await t.shop(ME, {}, { token: session.token }))).toBe('UNAUTHENTICATED');
    const login = await t.shop<Any>(SHOP_LOGIN, { input: { email: buyer.email, password: TEST_PASSWORD } });
    expect(login.data.login).toMatchObject({ __typename: 'CompanyBlockedError', errorCode: 'COMPANY_BLOCKED' });
    await t.admin(SET_STATUS, { id: company.id, status: 'ACTIVE' }, { token: sales.token });
    await expect(loginBuyer(t, buyer.email)).resolves.toBeDefined();
    const audit = await t.admin<Any>(
      AUDIT,
      { filter: { companyId: company.id, staffUserId: sales.id } },
      { token: head },
    );
    expect(audit.data.auditEvents.items.map((e: Any) => e.action)).toEqual(['company.unblocked', 'company.blocked']);
    expect(audit.data.auditEvents.items[1].reason).toBe('Долг 90 дней');
  });

  it('edits legal entities and contracts with checked tax ids, one default contract per legal entity', async () => {
    const company = await createCompany(t.ds, { managerId: sales.id, legalEntities: 0 });
    const input = {
      name: 'ООО «Тест»',
      inn: '7707083893',
      kpp: '770701001',
      ogrn: '1027700132195',
      bik: '044525225',
      correspondentAccount: '30101810400000000225',
    };
    const bad: [Record<string, unknown>, string][] = [
      [{ inn: '7707083894' }, 'input.inn'],
      [{ kpp: null }, 'input.kpp'],
      [{ ogrn: '1027700132196' }, 'input.ogrn'],
      [{ ogrn: completeOgrn('30450011600015') }, 'input.ogrn'],
      [{ correspondentAccount: '30101810400000000226' }, 'input.correspondentAccount'],
    ];
    for (const [over, field] of bad) {
      const res = await t.admin(
        CREATE_LE,
        { companyId: company.id, input: { ...input, ...over } },
        { token: sales.token },
      );
      expect({ field, got: res.errors[0]?.extensions?.field, code: errorCode(res) }).toEqual({
        field,
        got: field,
        code: 'BAD_USER_INPUT',
      });
    }
    const le = await t.admin<Any>(CREATE_LE, { companyId: company.id, input }, { token: sales.token });
    expect(le.data.createLegalEntity).toMatchObject({ inn: '7707083893', ogrn: '1027700132195' });
    const dup = await t.admin<Any>(CREATE_LE, { companyId: company.id, input }, { token: sales.token });
    expect(dup.data.createLegalEntity).toMatchObject({ errorCode: 'ALREADY_EXISTS', field: 'input.inn' });

    const leId = le.data.createLegalEntity.id;
    const k1 = await t.admin<Any>(
      CREATE_CONTRACT,
      {
        legalEntityId: leId,
        input: {
          number: 'Д-1',
          date: '2026-01-15',
          paymentTerms: 'DEFERRAL',
          deferralDays: 30,
          creditLimit: '500000.00',
          isDefault: true,
        },
      },
      { token: sales.token },
    );
    expect(k1.data.createContract).toMatchObject({ isDefault: true, deferralDays: 30, creditLimit: '500000' });
    const k2 = await t.admin<Any>(
      CREATE_CONTRACT,
      { legalEntityId: leId, input: { number: 'Д-2', date: '2026-02-01', isDefault: true } },
      { token: sales.token },
    );
    expect(k2.data.createContract.isDefault).toBe(true);
    const card = await t.admin<Any>(COMPANY, { id: company.id }, { token: sales.token });
    expect(card.data.company.legalEntities[0].contracts.map((k: Any) => [k.number, k.isDefault])).toEqual([
      ['Д-2', true],
      ['Д-1', false],
    ]);
    const noDays = await t.admin(
      CREATE_CONTRACT,
      { legalEntityId: leId, input: { number: 'Д-3', date: '2026-02-01', paymentTerms: 'DEFERRAL' } },
      { token: sales.token },
    );
    expect(noDays.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.deferralDays' });
    const badDate = await t.admin(
      CREATE_CONTRACT,
      { legalEntityId: leId, input: { number: 'Д-3', date: '2026-02-30' } },
      { token: sales.token },
    );
    expect(badDate.errors[0].extensions?.field).toBe('input.date');
    const sameNumber = await t.admin<Any>(
      CREATE_CONTRACT,
      { legalEntityId: leId, input: { number: 'Д-1', date: '2026-02-01' } },
      { token: sales.token },
    );
    expect(sameNumber.data.createContract.errorCode).toBe('ALREADY_EXISTS');
  });

  it('keeps staff notes and contractor groups on the card; groups are managed by those who see all clients', async () => {
    const company = await createCompany(t.ds, { managerId: sales.id });
    await t.admin(UPDATE, { id: company.id, input: { notes: 'Звонить после обеда' } }, { token: sales.token });
    expect(errorCode(await t.admin(GROUPS, { input: { code: 'X', name: 'X' } }, { token: sales.token }))).toBe(
      'FORBIDDEN',
    );
    const g = await t.admin<Any>(GROUPS, { input: { code: 'DEALERS_T', name: 'Дилеры' } }, { token: head });
    expect(
      (await t.admin<Any>(GROUPS, { input: { code: 'DEALERS_T', name: 'Again' } }, { token: head })).data
        .createContractorGroup.errorCode,
    ).toBe('ALREADY_EXISTS');
    const set = await t.admin<Any>(
      SET_GROUPS,
      { id: company.id, groupIds: [g.data.createContractorGroup.id] },
      { token: sales.token },
    );
    expect(set.data.setCompanyGroups.groups).toEqual([{ code: 'DEALERS_T', companyCount: 1 }]);
    const card = await t.admin<Any>(COMPANY, { id: company.id }, { token: sales.token });
    expect(card.data.company).toMatchObject({ notes: 'Звонить после обеда', groups: [{ code: 'DEALERS_T' }] });
    const bad = await t.admin(
      SET_GROUPS,
      { id: company.id, groupIds: ['00000000-0000-4000-8000-000000000000'] },
      { token: sales.token },
    );
    expect(bad.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupIds.0' });
  });

  it('never leaves a company without a director, even when staff deactivate users', async () => {
    const company = await createCompany(t.ds, { managerId: sales.id });
    const director = await createBuyer(t.ds, [{ companyId: company.id, role: BuyerRole.DIRECTOR }]);
    const res = await t.admin<Any>(
      CLIENT_ACTIVE,
      { companyId: company.id, userId: director.id, active: false },
      { token: sales.token },
    );
    expect(res.data.setClientUserActive.errorCode).toBe('LAST_DIRECTOR');
  });

  it('lets only administrators manage staff; a new staff user sets his password from the e-mail', async () => {
    const input = { email: 'new.manager@staff.test', fullName: 'Новый Менеджер', role: 'SALES_MANAGER', locale: 'ru' };
    expect(errorCode(await t.admin(CREATE_STAFF, { input }, { token: head }))).toBe('FORBIDDEN');
    const created = await t.admin<Any>(CREATE_STAFF, { input }, { token: admin.token });
    expect(created.data.createStaffUser).toMatchObject({ role: 'SALES_MANAGER', hasPassword: false });
    expect((await t.admin<Any>(CREATE_STAFF, { input }, { token: admin.token })).data.createStaffUser.errorCode).toBe(
      'ALREADY_EXISTS',
    );
    const mail = await smtp.waitFor('new.manager@staff.test');
    const set = await t.admin<Any>(SET_PASSWORD, {
      input: { token: tokenFromLink(mail.text, '/admin/set-password'), password: 'manager-pass-1' },
    });
    expect(set.data.setPassword.email).toBe('new.manager@staff.test');
    const session = await loginStaff(t, 'new.manager@staff.test', 'manager-pass-1');

    expect(
      (await t.admin<Any>(STAFF_ACTIVE, { id: admin.id, active: false }, { token: admin.token })).data
        .setStaffUserActive.errorCode,
    ).toBe('SELF_CHANGE');
    const off = await t.admin<Any>(
      STAFF_ACTIVE,
      { id: created.data.createStaffUser.id, active: false },
      { token: admin.token },
    );
    expect(off.data.setStaffUserActive.active).toBe(false);
    expect(errorCode(await t.admin(`{ me { kind } }`, {}, { token: session.token }))).toBe('UNAUTHENTICATED');
  });

  it('lets administrators read the outbox — without SMTP, e-mails wait there', async () => {
    const offline = await createTestApp();
    try {
      const staff = await createStaff(offline.ds, StaffRole.ADMIN);
      const token = (await loginStaff(offline, staff.email)).token;
      const headStaff = await createStaff(offline.ds, StaffRole.HEAD_OF_SALES);
      const headToken = (await loginStaff(offline, headStaff.email)).token;
      await offline.admin(
        CREATE_STAFF,
        { input: { email: 'queued@staff.test', fullName: 'Q', role: 'CATALOG_MANAGER', locale: 'en' } },
        { token },
      );
      const outbox = await offline.admin<Any>(OUTBOX, { filter: { to: 'queued@staff.test' } }, { token });
      expect(outbox.data.emailOutbox).toMatchObject({
        totalCount: 1,
        items: [{ status: 'PENDING', subject: 'Your Wholesail admin account' }],
      });
      expect(outbox.data.emailOutbox.items[0].textBody).toContain('/admin/set-password?token=');
      expect(errorCode(await offline.admin(OUTBOX, {}, { token: headToken }))).toBe('FORBIDDEN');
    } finally {
      await offline.close();
    }
  });
});
