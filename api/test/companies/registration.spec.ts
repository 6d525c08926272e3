import { completeInn } from '@wholesail/shared';
import { BuyerRole, StaffRole } from '../../src/common/auth/permissions';
import { loginBuyer, loginStaff, SHOP_LOGIN } from '../helpers/auth';
import { createBuyer, createCompany, createContract, createStaff } from '../helpers/factories';
import { TestSmtp, tokenFromLink } from '../helpers/smtp';
import { createTestApp, errorCode, TestApp } from '../helpers/test-app';
import {
  APPROVE,
  AUDIT,
  fullForm,
  INVITE,
  ME,
  REGISTER,
  REGISTRATIONS,
  REJECT,
  REQUEST_ACCESS,
  SET_PASSWORD,
  SET_ROLE,
  STATUS,
  USERS,
  VERIFY,
} from './documents';

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked by assertions, not types */
type Any = any;

describe('registration: forms, e-mail confirmation, staff decision, first login', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let admin: string;
  let adminId: string;
  let innSeq = 100;
  const freshInn = () => completeInn(`77${String(5000000 + innSeq++)}`);

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://shop.example.test',
      REGISTRATION_MAX_PER_IP: '40',
    });
    const staff = await createStaff(t.ds, StaffRole.HEAD_OF_SALES);
    adminId = staff.id;
    admin = (await loginStaff(t, staff.email)).token;
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  async function registerAndVerify(form: Record<string, unknown>): Promise<{ statusToken: string; requestId: string }> {
    const res = await t.shop<Any>(REGISTER, { input: form });
    expect(res.data?.registerCompany.__typename).toBe('RegistrationSubmitted');
    const mail = await smtp.waitFor(
      form.email as string,
      (m) => m.subject.includes('Подтвердите') || m.subject.includes('Confirm'),
    );
    const verified = await t.shop<Any>(VERIFY, { token: tokenFromLink(mail.text, '/register/verify') });
    expect(verified.data?.verifyRegistrationEmail).toMatchObject({ status: 'PENDING', emailVerified: true });
    const list = await t.admin<Any>(
      REGISTRATIONS,
      { filter: { search: form.inn, status: 'PENDING' } },
      { token: admin },
    );
    return { statusToken: res.data.registerCompany.statusToken, requestId: list.data.registrations.items[0].id };
  }

  it('takes a new client from the full form to a director who invites a purchaser', async () => {
    const inn = freshInn();
    const form = fullForm({ inn, email: 'Director@NewClient.test' });
    const res = await t.shop<Any>(REGISTER, { input: form });
    expect(res.data?.registerCompany).toMatchObject({ status: 'UNVERIFIED', email: 'director@newclient.test' });
    const statusToken = res.data.registerCompany.statusToken as string;

    // The confirmation e-mail arrives through real SMTP, with both links.
    const verifyMail = await smtp.waitFor('director@newclient.test');
    expect(verifyMail.subject).toBe('Подтвердите адрес электронной почты');
    expect(verifyMail.text).toContain('https://shop.example.test/register/status?token=');
    expect(tokenFromLink(verifyMail.text, '/register/status')).toBe(statusToken);

    // Not in the staff queue's PENDING list until confirmed.
    let queue = await t.admin<Any>(REGISTRATIONS, { filter: { search: inn } }, { token: admin });
    expect(queue.data.registrations.items[0].status).toBe('UNVERIFIED');
    const verifyToken = tokenFromLink(verifyMail.text, '/register/verify');
    const verified = await t.shop<Any>(VERIFY, { token: verifyToken });
    expect(verified.data.verifyRegistrationEmail).toMatchObject({ status: 'PENDING', emailVerified: true });
    const again = await t.shop<Any>(VERIFY, { token: verifyToken });
    expect(again.data.verifyRegistrationEmail).toMatchObject({ errorCode: 'INVALID_TOKEN', reason: 'USED' });

    const status = await t.shop<Any>(STATUS, { token: statusToken });
    expect(status.data.registrationStatus).toMatchObject({
      kind: 'FULL',
      status: 'PENDING',
      companyName: 'ООО «Новый Клиент»',
    });

    // Staff approve: company + legal entity + default contract + director with a set-password link.
    queue = await t.admin<Any>(REGISTRATIONS, { filter: { search: inn, status: 'PENDING' } }, { token: admin });
    const request = queue.data.registrations.items[0];
    expect(request.duplicates).toEqual([]);
    const approved = await t.admin<Any>(
      APPROVE,
      { id: request.id, input: { contractNumber: 'ДП-2026/1' } },
      { token: admin },
    );
    expect(approved.data.approveRegistration).toMatchObject({
      status: 'APPROVED',
      decidedBy: { email: expect.any(String) },
    });
    const companyId = approved.data.approveRegistration.resultCompanyId as string;
    const [contract] = await t.ds.query(
      `SELECT k.number, k.is_default, le.inn FROM contract k JOIN legal_entity le ON le.id = k.legal_entity_id WHERE le.company_id = $1`,
      [companyId],
    );
    expect(contract).toEqual({ number: 'ДП-2026/1', is_default: true, inn });
    const twice = await t.admin<Any>(APPROVE, { id: request.id }, { token: admin });
    expect(twice.data.approveRegistration.errorCode).toBe('ALREADY_DECIDED');
    expect((await t.shop<Any>(STATUS, { token: statusToken })).data.registrationStatus.status).toBe('APPROVED');

    const approvalMail = await smtp.waitFor('director@newclient.test', (m) => m.subject.startsWith('Заявка одобрена'));
    const setToken = tokenFromLink(approvalMail.text, '/set-password');
    const set = await t.shop<Any>(SET_PASSWORD, { input: { token: setToken, password: 'director-pass-1' } });
    expect(set.data.setPassword).toEqual({ __typename: 'PasswordSet', email: 'director@newclient.test' });
    const reused = await t.shop<Any>(SET_PASSWORD, { input: { token: setToken, password: 'another-pass-2' } });
    expect(reused.data.setPassword).toMatchObject({ errorCode: 'INVALID_TOKEN', reason: 'USED' });

    // The director logs in, buys under the new default contract, and invites a purchaser.
    const director = await loginBuyer(t, 'director@newclient.test', 'director-pass-1');
    const me = await t.shop<Any>(ME, {}, { token: director.token });
    expect(me.data.me).toMatchObject({
      role: 'DIRECTOR',
      company: { id: companyId },
      activeContract: { number: 'ДП-2026/1' },
    });
    const invited = await t.shop<Any>(
      INVITE,
      {
        input: {
          email: 'buyer@newclient.test',
          fullName: 'Пётр Закупкин',
          role: 'PURCHASER',
          orderLimit: '150000.50',
          locale: 'en',
        },
      },
      { token: director.token },
    );
    expect(invited.data.inviteCompanyUser).toMatchObject({
      role: 'PURCHASER',
      invitationPending: true,
      orderLimit: '150000.5',
    });
    const inviteMail = await smtp.waitFor('buyer@newclient.test');
    expect(inviteMail.subject).toBe('Invitation to “ООО «Новый Клиент»”');
    const purchaserToken = tokenFromLink(inviteMail.text, '/set-password');
    expect(
      (await t.shop<Any>(SET_PASSWORD, { input: { token: purchaserToken, password: 'purchaser-pass' } })).data
        .setPassword.__typename,
    ).toBe('PasswordSet');

    // The purchaser logs in with a purchaser's permissions and is refused director-only operations.
    const purchaser = await loginBuyer(t, 'buyer@newclient.test', 'purchaser-pass');
    const session = (purchaser.response.data as Any).login.session;
    expect(session.permissions).toContain('PLACE_ORDERS');
    expect(session.permissions).not.toContain('MANAGE_COMPANY_USERS');
    expect(errorCode(await t.shop(USERS, {}, { token: purchaser.token }))).toBe('FORBIDDEN');
    expect(
      errorCode(await t.shop(SET_ROLE, { userId: me.data.me.user.id, role: 'PURCHASER' }, { token: purchaser.token })),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await t.shop(
          INVITE,
          { input: { email: 'x@newclient.test', fullName: 'X', role: 'DIRECTOR', locale: 'ru' } },
          { token: purchaser.token },
        ),
      ),
    ).toBe('FORBIDDEN');

    // The decision is in the audit log, attributed to the staff user.
    const audit = await t.admin<Any>(AUDIT, { filter: { companyId, action: 'registration.' } }, { token: admin });
    expect(audit.data.auditEvents.items).toEqual([
      expect.objectContaining({ action: 'registration.approved', actorKind: 'staff', staffUserId: adminId }),
    ]);
  });

  it('attaches an existing offline client by INN and contract number (short form)', async () => {
    const company = await createCompany(t.ds, { name: 'Оффлайн Клиент' });
    const [{ inn }] = await t.ds.query(`SELECT inn FROM legal_entity WHERE id = $1`, [company.legalEntityIds[0]]);
    await createContract(t.ds, company.legalEntityIds[0], { number: 'Д-77/2019' });
    await createBuyer(t.ds, [{ companyId: company.id, role: BuyerRole.DIRECTOR }]);

    const wrong = await t.shop<Any>(REQUEST_ACCESS, {
      input: {
        inn,
        contractNumber: 'Д-00/0000',
        contactName: 'Ольга',
        email: 'olga@offline.test',
        phone: '+7 900 123-45-67',
        consent: true,
      },
    });
    expect(wrong.data.requestCompanyAccess).toMatchObject({ errorCode: 'NO_MATCHING_CONTRACT' });

    const res = await t.shop<Any>(REQUEST_ACCESS, {
      input: {
        inn,
        contractNumber: 'д-77/2019',
        contactName: 'Ольга',
        email: 'olga@offline.test',
        phone: '+7 900 123-45-67',
        consent: true,
      },
    });
    expect(res.data.requestCompanyAccess.__typename).toBe('RegistrationSubmitted');
    const mail = await smtp.waitFor('olga@offline.test');
    await t.shop(VERIFY, { token: tokenFromLink(mail.text, '/register/verify') });

    const queue = await t.admin<Any>(
      REGISTRATIONS,
      { filter: { search: 'olga@offline', kind: 'SHORT' } },
      { token: admin },
    );
    const request = queue.data.registrations.items[0];
    expect(request.matchedCompany).toEqual({ companyId: company.id, companyName: 'Оффлайн Клиент', accessible: true });
    const approved = await t.admin<Any>(APPROVE, { id: request.id }, { token: admin });
    expect(approved.data.approveRegistration).toMatchObject({ status: 'APPROVED', resultCompanyId: company.id });
    const [member] = await t.ds.query(
      `SELECT m.role FROM company_member m JOIN buyer_user u ON u.id = m.buyer_user_id WHERE u.email = 'olga@offline.test' AND m.company_id = $1`,
      [company.id],
    );
    // The company already has a director: the applicant joins as a purchaser unless staff say otherwise.
    expect(member.role).toBe('PURCHASER');
    const companies = await t.ds.query(`SELECT count(*)::int AS n FROM company WHERE name = 'Оффлайн Клиент'`);
    expect(companies[0].n).toBe(1);
  });

  it('suggests linking when the INN already exists, and refuses to create a second legal entity with it', async () => {
    const existing = await createCompany(t.ds, { name: 'Уже Есть' });
    const [{ inn, kpp }] = await t.ds.query(`SELECT inn, kpp FROM legal_entity WHERE id = $1`, [
      existing.legalEntityIds[0],
    ]);
    const { requestId } = await registerAndVerify(fullForm({ inn, kpp, email: 'dup@exists.test' }));
    const queue = await t.admin<Any>(REGISTRATIONS, { filter: { search: 'dup@exists' } }, { token: admin });
    expect(queue.data.registrations.items[0].duplicates).toEqual([
      { companyId: existing.id, companyName: 'Уже Есть', sameKpp: true, accessible: true, managerName: null },
    ]);
    const create = await t.admin<Any>(APPROVE, { id: requestId }, { token: admin });
    expect(create.data.approveRegistration).toMatchObject({ errorCode: 'ALREADY_EXISTS', field: 'input.companyId' });
    const link = await t.admin<Any>(
      APPROVE,
      { id: requestId, input: { companyId: existing.id, role: 'ACCOUNTANT' } },
      { token: admin },
    );
    expect(link.data.approveRegistration).toMatchObject({ status: 'APPROVED', resultCompanyId: existing.id });
  });

  it('rejects with a reason that the applicant is e-mailed and sees on the status page', async () => {
    const { statusToken, requestId } = await registerAndVerify(
      fullForm({ inn: freshInn(), email: 'reject@client.test', locale: 'en' }),
    );
    const empty = await t.admin(REJECT, { id: requestId, reason: '  ' }, { token: admin });
    expect(empty.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const res = await t.admin<Any>(
      REJECT,
      { id: requestId, reason: 'Мы не работаем с вашим регионом' },
      { token: admin },
    );
    expect(res.data.rejectRegistration).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Мы не работаем с вашим регионом',
    });
    const mail = await smtp.waitFor('reject@client.test', (m) => m.subject === 'Registration request declined');
    expect(mail.text).toContain('Reason: Мы не работаем с вашим регионом');
    const status = await t.shop<Any>(STATUS, { token: statusToken });
    expect(status.data.registrationStatus).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Мы не работаем с вашим регионом',
    });
    const audit = await t.admin<Any>(AUDIT, { filter: { action: 'registration.rejected' } }, { token: admin });
    expect(audit.data.auditEvents.items[0]).toMatchObject({
      entityId: requestId,
      reason: 'Мы не работаем с вашим регионом',
    });
    // Decided requests stay decided; the applicant may apply again.
    expect((await t.admin<Any>(APPROVE, { id: requestId }, { token: admin })).data.approveRegistration.errorCode).toBe(
      'ALREADY_DECIDED',
    );
  });

  it('names the field of bad input and saves nothing', async () => {
    const before = await t.ds.query(`SELECT count(*)::int AS n FROM registration_request`);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ inn: '7707083894' }, 'input.inn', /check digits/],
      [{ inn: '77070838' }, 'input.inn', /10 digits/],
      [{ kpp: null }, 'input.kpp', /required/],
      [{ kpp: '77070100' }, 'input.kpp', /9 characters/],
      [{ email: 'not-an-email' }, 'input.email', /e-mail/],
      [{ consent: false }, 'input.consent', /consent/],
      [{ phone: 'call me' }, 'input.phone', /phone/],
      [{ region: '' }, 'input.region', /empty/],
    ];
    for (const [over, field, message] of cases) {
      const res = await t.shop(REGISTER, { input: fullForm({ inn: freshInn(), ...over }) });
      expect({ field, code: errorCode(res), got: res.errors[0]?.extensions?.field }).toEqual({
        field,
        code: 'BAD_USER_INPUT',
        got: field,
      });
      expect(res.errors[0].message).toMatch(message);
    }
    const after = await t.ds.query(`SELECT count(*)::int AS n FROM registration_request`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('refuses a second open request for the same INN and e-mail', async () => {
    const form = fullForm({ inn: freshInn(), email: 'twice@client.test' });
    expect((await t.shop<Any>(REGISTER, { input: form })).data.registerCompany.__typename).toBe(
      'RegistrationSubmitted',
    );
    const dup = await t.shop<Any>(REGISTER, {
      input: { ...form, email: 'TWICE@client.test', companyName: 'Другое имя' },
    });
    expect(dup.data.registerCompany).toMatchObject({
      errorCode: 'DUPLICATE_REGISTRATION',
      message: expect.stringMatching(/already/),
    });
    // A different e-mail for the same INN is a different person: accepted.
    expect(
      (await t.shop<Any>(REGISTER, { input: { ...form, email: 'other@client.test' } })).data.registerCompany.__typename,
    ).toBe('RegistrationSubmitted');
  });

  it('does not accept expired or unknown links', async () => {
    await t.shop(REGISTER, { input: fullForm({ inn: freshInn(), email: 'late@client.test' }) });
    const mail = await smtp.waitFor('late@client.test');
    await t.ds.query(
      `UPDATE action_token SET expires_at = now() - interval '1 second' WHERE purpose = 'email_verification'`,
    );
    const expired = await t.shop<Any>(VERIFY, { token: tokenFromLink(mail.text, '/register/verify') });
    expect(expired.data.verifyRegistrationEmail).toMatchObject({ errorCode: 'INVALID_TOKEN', reason: 'EXPIRED' });
    expect((await t.shop<Any>(VERIFY, { token: 'nonsense' })).data.verifyRegistrationEmail.reason).toBe('UNKNOWN');
    expect((await t.shop<Any>(STATUS, { token: 'nonsense' })).data.registrationStatus.reason).toBe('UNKNOWN');
    // The unconfirmed request does not block the applicant once its link has expired.
    const form = fullForm({ inn: freshInn(), email: 'stale@client.test' });
    await t.shop(REGISTER, { input: form });
    expect((await t.shop<Any>(REGISTER, { input: form })).data.registerCompany.errorCode).toBe(
      'DUPLICATE_REGISTRATION',
    );
    await t.ds.query(
      `UPDATE registration_request SET created_at = now() - interval '3 days' WHERE email = 'stale@client.test'`,
    );
    expect((await t.shop<Any>(REGISTER, { input: form })).data.registerCompany.__typename).toBe(
      'RegistrationSubmitted',
    );
  });

  it('limits registrations per IP', async () => {
    const limited = await createTestApp({ REGISTRATION_MAX_PER_IP: '2' });
    try {
      for (let i = 0; i < 2; i++) {
        const ok = await limited.shop<Any>(REGISTER, {
          input: fullForm({ inn: freshInn(), email: `ip${i}@client.test` }),
        });
        expect(ok.data.registerCompany.__typename).toBe('RegistrationSubmitted');
      }
      const third = await limited.shop<Any>(REGISTER, {
        input: fullForm({ inn: freshInn(), email: 'ip3@client.test' }),
      });
      expect(third.data.registerCompany).toMatchObject({
        errorCode: 'TOO_MANY_ATTEMPTS',
        retryAfterSeconds: expect.any(Number),
      });
    } finally {
      await limited.close();
    }
  });

  it('lets nobody without a login see the queue', async () => {
    expect(errorCode(await t.admin(REGISTRATIONS, {}))).toBe('UNAUTHENTICATED');
    const catalog = await createStaff(t.ds, StaffRole.CATALOG_MANAGER);
    const token = (await loginStaff(t, catalog.email)).token;
    expect(errorCode(await t.admin(REGISTRATIONS, {}, { token }))).toBe('FORBIDDEN');
    expect(
      (await t.shop<Any>(SHOP_LOGIN, { input: { email: 'nobody@x.test', password: 'whatever1' } })).data.login
        .__typename,
    ).toBe('InvalidCredentialsError');
  });
});
