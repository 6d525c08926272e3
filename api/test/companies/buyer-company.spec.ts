import { BuyerRole, StaffRole } from '../../src/common/auth/permissions';
import { loginBuyer } from '../helpers/auth';
import { createBuyer, createCompany, createContract, createStaff, TEST_PASSWORD } from '../helpers/factories';
import { assertTenantIsolation } from '../helpers/isolation';
import { TestSmtp, tokenFromLink } from '../helpers/smtp';
import { createTestApp, errorCode, TestApp } from '../helpers/test-app';
import {
  INVITE,
  ME,
  MY_COMPANY,
  RESET,
  SET_ACTIVE,
  SET_LIMITS,
  SET_PASSWORD,
  SET_ROLE,
  SWITCH_CONTRACT,
  SWITCH_LE,
  USERS,
} from './documents';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- GraphQL answers are checked by assertions, not types */
type Any = any;

describe('the buyer’s company: page, users, contracts, password reset', () => {
  let t: TestApp;
  let smtp: TestSmtp;

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    t = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://shop.example.test' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  async function companyWithStaff() {
    const manager = await createStaff(t.ds, StaffRole.SALES_MANAGER);
    await t.ds.query(
      `UPDATE staff_user SET phone = '+7 900 000-00-01', photo_url = 'https://cdn.test/m.jpg' WHERE id = $1`,
      [manager.id],
    );
    const company = await createCompany(t.ds, { legalEntities: 2, managerId: manager.id, contracts: true });
    const director = await createBuyer(t.ds, [{ companyId: company.id, role: BuyerRole.DIRECTOR }]);
    const purchaser = await createBuyer(t.ds, [{ companyId: company.id, role: BuyerRole.PURCHASER }]);
    const accountant = await createBuyer(t.ds, [{ companyId: company.id, role: BuyerRole.ACCOUNTANT }]);
    return { manager, company, director, purchaser, accountant };
  }

  it('shows the company page: legal entities with contracts, addresses, the manager’s card; no staff notes', async () => {
    const { company, director, accountant, purchaser, manager } = await companyWithStaff();
    await t.ds.query(`UPDATE company SET notes = 'секретная заметка' WHERE id = $1`, [company.id]);
    await t.ds.query(
      `UPDATE contract SET credit_limit = 250000, payment_terms = 'DEFERRAL', deferral_days = 30 WHERE legal_entity_id = $1`,
      [company.legalEntityIds[0]],
    );
    await t.ds.query(
      `INSERT INTO delivery_address (company_id, label, address) VALUES ($1, 'Склад', 'г. Москва, ул. Складская, 1')`,
      [company.id],
    );
    const { token } = await loginBuyer(t, director.email);
    const res = await t.shop<Any>(MY_COMPANY, {}, { token });
    expect(res.errors).toEqual([]);
    const page = res.data.myCompany;
    expect(page.manager).toEqual({
      fullName: `Staff ${manager.email}`,
      email: manager.email,
      phone: '+7 900 000-00-01',
      photoUrl: 'https://cdn.test/m.jpg',
    });
    expect(page.legalEntities).toHaveLength(2);
    const le = page.legalEntities.find((l: Any) => l.id === company.legalEntityIds[0]);
    expect(le.contracts[0]).toMatchObject({
      paymentTerms: 'DEFERRAL',
      deferralDays: 30,
      creditLimit: '250000',
      isDefault: true,
    });
    expect(page.deliveryAddresses).toEqual([expect.objectContaining({ label: 'Склад' })]);
    expect(JSON.stringify(res.data)).not.toContain('секретная');

    // The credit limit is finance: the accountant sees it, the purchaser does not.
    const acc = await t.shop<Any>(MY_COMPANY, {}, { token: (await loginBuyer(t, accountant.email)).token });
    expect(acc.data.myCompany.legalEntities.find((l: Any) => l.id === le.id).contracts[0].creditLimit).toBe('250000');
    const pur = await t.shop<Any>(MY_COMPANY, {}, { token: (await loginBuyer(t, purchaser.email)).token });
    expect(pur.data.myCompany.legalEntities.find((l: Any) => l.id === le.id).contracts[0].creditLimit).toBeNull();
  });

  it('starts on the default contract, follows the legal entity and switches only among valid ones', async () => {
    const company = await createCompany(t.ds, { legalEntities: 2, contracts: true });
    const extra = await createContract(t.ds, company.legalEntityIds[0], { number: 'EXTRA' });
    const expired = await createContract(t.ds, company.legalEntityIds[0], { number: 'OLD', validTo: '2020-01-01' });
    const other = await createContract(t.ds, company.legalEntityIds[1], { number: 'OTHER-LE' });
    const buyer = await createBuyer(t.ds, [{ companyId: company.id }]);
    await t.ds.query(`UPDATE buyer_user SET last_legal_entity_id = $2 WHERE id = $1`, [
      buyer.id,
      company.legalEntityIds[0],
    ]);
    const { token } = await loginBuyer(t, buyer.email);
    const me = await t.shop<Any>(ME, {}, { token });
    expect(me.data.me.activeContract.number).toBe(`${company.name}-K1`);
    // The switcher offers exactly the valid contracts of the active legal entity, default first.
    expect(me.data.me.availableContracts.map((k: Any) => k.number)).toEqual([`${company.name}-K1`, 'EXTRA']);

    const switched = await t.shop<Any>(SWITCH_CONTRACT, { id: extra.id }, { token });
    expect(switched.data.switchContract.activeContract).toEqual({ id: extra.id, number: 'EXTRA' });
    const [session] = await t.ds.query(`SELECT contract_id FROM auth_session WHERE buyer_user_id = $1`, [buyer.id]);
    expect(session.contract_id).toBe(extra.id);
    for (const id of [expired.id, other.id]) {
      expect((await t.shop<Any>(SWITCH_CONTRACT, { id }, { token })).data.switchContract.errorCode).toBe('NOT_FOUND');
    }
    // Switching the legal entity brings its default contract along.
    const le = await t.shop<Any>(SWITCH_LE, { id: company.legalEntityIds[1] }, { token });
    expect(le.data.switchLegalEntity.activeContract).not.toBeNull();
    const after = (await t.shop<Any>(ME, {}, { token })).data.me;
    expect(after.activeContract.number).toBe(`${company.name}-K2`);
    expect(after.availableContracts.map((k: Any) => k.number)).toEqual([`${company.name}-K2`, 'OTHER-LE']);
  });

  it('lets a director manage users: roles, limits, deactivation — not himself, never the last director', async () => {
    const { company, director, purchaser } = await companyWithStaff();
    const { token } = await loginBuyer(t, director.email);
    const purchaserLogin = await loginBuyer(t, purchaser.email);

    const list = await t.shop<Any>(USERS, {}, { token });
    expect(list.data.companyUsers.map((u: Any) => u.role).sort()).toEqual(['ACCOUNTANT', 'DIRECTOR', 'PURCHASER']);

    const limits = await t.shop<Any>(
      SET_LIMITS,
      { userId: purchaser.id, limits: { orderLimit: '100000.00', monthlyLimit: null } },
      { token },
    );
    expect(limits.data.setCompanyUserLimits).toMatchObject({ orderLimit: '100000', monthlyLimit: null });
    const negative = await t.shop(SET_LIMITS, { userId: purchaser.id, limits: { orderLimit: '-1' } }, { token });
    expect(negative.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limits.orderLimit' });
    const float = await t.shop(SET_LIMITS, { userId: purchaser.id, limits: { orderLimit: 12.5 } }, { token });
    expect(errorCode(float)).toBe('BAD_USER_INPUT');

    const self = await t.shop<Any>(SET_ROLE, { userId: director.id, role: 'PURCHASER' }, { token });
    expect(self.data.setCompanyUserRole.errorCode).toBe('SELF_CHANGE');
    const selfOff = await t.shop<Any>(SET_ACTIVE, { userId: director.id, active: false }, { token });
    expect(selfOff.data.setCompanyUserActive.errorCode).toBe('SELF_CHANGE');

    // Promote the purchaser, then the two directors cannot demote each other into none.
    expect(
      (await t.shop<Any>(SET_ROLE, { userId: purchaser.id, role: 'DIRECTOR' }, { token })).data.setCompanyUserRole.role,
    ).toBe('DIRECTOR');
    const second = await loginBuyer(t, purchaser.email);
    expect(
      (await t.shop<Any>(SET_ROLE, { userId: director.id, role: 'ACCOUNTANT' }, { token: second.token })).data
        .setCompanyUserRole.role,
    ).toBe('ACCOUNTANT');
    // Now `purchaser` is the only director; the demoted one has lost user management at once.
    expect(errorCode(await t.shop(USERS, {}, { token }))).toBe('FORBIDDEN');
    const last = await t.shop<Any>(SET_ACTIVE, { userId: purchaser.id, active: false }, { token: second.token });
    expect(last.data.setCompanyUserActive.errorCode).toBe('SELF_CHANGE');
    await t.ds.query(`UPDATE company_member SET role = 'DIRECTOR' WHERE buyer_user_id = $1`, [director.id]);
    const demoteLast = await t.shop<Any>(SET_ROLE, { userId: director.id, role: 'PURCHASER' }, { token: second.token });
    expect(demoteLast.data.setCompanyUserRole.role).toBe('PURCHASER');
    const [{ n }] = await t.ds.query(
      `SELECT count(*)::int AS n FROM company_member WHERE company_id = $1 AND role = 'DIRECTOR' AND active`,
      [company.id],
    );
    expect(n).toBe(1);

    // Deactivation ends the user's sessions at once; reactivation lets him log in again.
    const off = await t.shop<Any>(SET_ACTIVE, { userId: director.id, active: false }, { token: second.token });
    expect(off.data.setCompanyUserActive.active).toBe(false);
    expect(errorCode(await t.shop(ME, {}, { token }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.shop(ME, {}, { token: purchaserLogin.token }))).toBeUndefined();
    await expect(loginBuyer(t, director.email)).rejects.toThrow(/login failed/i);
    expect(
      (await t.shop<Any>(SET_ACTIVE, { userId: director.id, active: true }, { token: second.token })).data
        .setCompanyUserActive.active,
    ).toBe(true);
    await expect(loginBuyer(t, director.email)).resolves.toBeDefined();
  });

  it('refuses director-only operations to accountants and purchasers (FORBIDDEN), whatever the target', async () => {
    const { director, purchaser, accountant } = await companyWithStaff();
    for (const user of [purchaser, accountant]) {
      const { token } = await loginBuyer(t, user.email);
      const calls: [string, Record<string, unknown>][] = [
        [USERS, {}],
        [INVITE, { input: { email: 'new@x.test', fullName: 'N', role: 'PURCHASER', locale: 'ru' } }],
        [SET_ROLE, { userId: director.id, role: 'PURCHASER' }],
        [SET_LIMITS, { userId: user.id, limits: { orderLimit: '1' } }],
        [SET_ACTIVE, { userId: director.id, active: false }],
      ];
      for (const [query, variables] of calls)
        expect(errorCode(await t.shop(query, variables, { token }))).toBe('FORBIDDEN');
      // …but every role sees the company page.
      expect((await t.shop(MY_COMPANY, {}, { token })).errors).toEqual([]);
    }
  });

  it('keeps every company’s data to itself (tenant isolation of all shop operations of this feature)', async () => {
    const a = await companyWithStaff();
    const b = await companyWithStaff();
    await t.ds.query(`INSERT INTO delivery_address (company_id, label, address) VALUES ($1, 'A-склад', 'A-адрес')`, [
      a.company.id,
    ]);
    const aContract = await createContract(t.ds, a.company.legalEntityIds[0], { number: 'A-ONLY-CONTRACT' });
    const les = await t.ds.query(`SELECT id, inn, name FROM legal_entity WHERE company_id = $1`, [a.company.id]);
    const tokenA = (await loginBuyer(t, a.director.email)).token;
    const tokenB = (await loginBuyer(t, b.director.email)).token;
    await assertTenantIsolation(
      t,
      {
        tokenA,
        tokenB,
        secretsOfA: [
          a.company.id,
          a.company.name,
          a.director.email,
          a.purchaser.email,
          a.purchaser.id,
          aContract.id,
          'A-ONLY-CONTRACT',
          'A-склад',
          ...les.flatMap((l: Any) => [l.id, l.inn]),
        ],
        snapshotA: () =>
          t.ds.query(
            `SELECT m.buyer_user_id, m.role, m.active, m.order_limit, m.monthly_limit, s.contract_id, s.legal_entity_id
               FROM company_member m LEFT JOIN auth_session s ON s.buyer_user_id = m.buyer_user_id
              WHERE m.company_id = $1 ORDER BY 1, s.id`,
            [a.company.id],
          ),
      },
      [
        { name: 'me', query: ME, ownerSees: true },
        { name: 'myCompany', query: MY_COMPANY, ownerSees: true },
        { name: 'companyUsers', query: USERS, ownerSees: true },
        { name: 'switchContract to A’s contract', query: SWITCH_CONTRACT, variables: { id: aContract.id } },
        {
          name: 'switchLegalEntity to A’s legal entity',
          query: SWITCH_LE,
          variables: { id: a.company.legalEntityIds[0] },
        },
        {
          name: 'setCompanyUserRole on A’s user',
          query: SET_ROLE,
          variables: { userId: a.purchaser.id, role: 'DIRECTOR' },
        },
        {
          name: 'setCompanyUserLimits on A’s user',
          query: SET_LIMITS,
          variables: { userId: a.purchaser.id, limits: { orderLimit: '1' } },
        },
        {
          name: 'setCompanyUserActive on A’s user',
          query: SET_ACTIVE,
          variables: { userId: a.purchaser.id, active: false },
        },
        {
          name: 'inviteCompanyUser',
          query: INVITE,
          variables: { input: { email: 'fresh-b@x.test', fullName: 'B new', role: 'PURCHASER', locale: 'ru' } },
        },
      ],
    );
  });

  it('resets a forgotten password by e-mail: one hour, once, other sessions end', async () => {
    const company = await createCompany(t.ds);
    const buyer = await createBuyer(t.ds, [{ companyId: company.id }]);
    await t.ds.query(`UPDATE buyer_user SET locale = 'en' WHERE id = $1`, [buyer.id]);
    const old = await loginBuyer(t, buyer.email);

    const unknown = await t.shop<Any>(RESET, { input: { email: 'nobody-here@x.test' } });
    expect(unknown.data.requestPasswordReset).toEqual({ __typename: 'RequestAccepted', accepted: true });
    const res = await t.shop<Any>(RESET, { input: { email: buyer.email.toUpperCase() } });
    expect(res.data.requestPasswordReset.accepted).toBe(true);
    const mail = await smtp.waitFor(buyer.email, (m) => m.subject === 'Password reset');
    const token = tokenFromLink(mail.text, '/set-password');

    const short = await t.shop(SET_PASSWORD, { input: { token, password: 'short' } });
    expect(short.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    const done = await t.shop<Any>(SET_PASSWORD, { input: { token, password: 'brand-new-password' } });
    expect(done.data.setPassword.email).toBe(buyer.email);
    expect(errorCode(await t.shop(ME, {}, { token: old.token }))).toBe('UNAUTHENTICATED');
    await expect(loginBuyer(t, buyer.email, TEST_PASSWORD)).rejects.toThrow();
    await expect(loginBuyer(t, buyer.email, 'brand-new-password')).resolves.toBeDefined();
    expect(
      (await t.shop<Any>(SET_PASSWORD, { input: { token, password: 'third-password' } })).data.setPassword.reason,
    ).toBe('USED');

    // An expired link does nothing.
    await t.shop(RESET, { input: { email: buyer.email } });
    const second = await smtp.waitFor(buyer.email, (m) => m.subject === 'Password reset' && !m.text.includes(token));
    await t.ds.query(
      `UPDATE action_token SET expires_at = now() - interval '1 minute' WHERE purpose = 'password_reset'`,
    );
    const expired = await t.shop<Any>(SET_PASSWORD, {
      input: { token: tokenFromLink(second.text, '/set-password'), password: 'never-set-1' },
    });
    expect(expired.data.setPassword.reason).toBe('EXPIRED');
    await expect(loginBuyer(t, buyer.email, 'brand-new-password')).resolves.toBeDefined();

    // A staff link does not work on the shop API.
    const staff = await createStaff(t.ds, StaffRole.ADMIN);
    await t.admin(RESET, { input: { email: staff.email } });
    const staffMail = await smtp.waitFor(staff.email);
    expect(staffMail.text).toContain('https://shop.example.test/admin/set-password?token=');
    const cross = await t.shop<Any>(SET_PASSWORD, {
      input: { token: tokenFromLink(staffMail.text, '/admin/set-password'), password: 'cross-kind-1' },
    });
    expect(cross.data.setPassword.reason).toBe('UNKNOWN');
  });

  it('refuses reused and expired invitation links', async () => {
    const { director } = await companyWithStaff();
    const { token } = await loginBuyer(t, director.email);
    await t.shop(
      INVITE,
      { input: { email: 'late-invite@x.test', fullName: 'Late', role: 'ACCOUNTANT', locale: 'ru' } },
      { token },
    );
    const mail = await smtp.waitFor('late-invite@x.test');
    await t.ds.query(
      `UPDATE action_token SET expires_at = now() - interval '1 second'
        WHERE purpose = 'invite' AND user_id = (SELECT id FROM buyer_user WHERE email = 'late-invite@x.test')`,
    );
    const res = await t.shop<Any>(SET_PASSWORD, {
      input: { token: tokenFromLink(mail.text, '/set-password'), password: 'too-late-pass' },
    });
    expect(res.data.setPassword).toMatchObject({ errorCode: 'INVALID_TOKEN', reason: 'EXPIRED' });
    // The invited user cannot log in without a password.
    const login = await t.shop<Any>(
      `mutation { login(input: { email: "late-invite@x.test", password: "too-late-pass" }) { __typename } }`,
    );
    expect(login.data.login.__typename).toBe('InvalidCredentialsError');
    // Inviting him again is refused clearly; the director sees the pending invitation.
    const again = await t.shop<Any>(
      INVITE,
      { input: { email: 'late-invite@x.test', fullName: 'Late', role: 'ACCOUNTANT', locale: 'ru' } },
      { token },
    );
    expect(again.data.inviteCompanyUser.errorCode).toBe('ALREADY_MEMBER');
    const users = await t.shop<Any>(USERS, {}, { token });
    expect(users.data.companyUsers.find((u: Any) => u.email === 'late-invite@x.test').invitationPending).toBe(true);
  });
});
