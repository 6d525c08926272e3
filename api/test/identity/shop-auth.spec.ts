import { BuyerRole } from '../../src/common/auth/permissions';
import { SHOP_LOGIN, loginBuyer } from '../helpers/auth';
import { createBuyer, createCompany, TEST_PASSWORD } from '../helpers/factories';
import { cookiePair, createTestApp, errorCode, TestApp } from '../helpers/test-app';

const ME = `{ me { user { email } company { id } activeLegalEntity { id } role } }`;
const REFRESH = `mutation { refreshAccessToken { __typename ... on ShopAuthPayload { accessToken session { user { email } } } ... on ErrorResult { errorCode } } }`;
const SWITCH = `mutation S($id: ID!) { switchLegalEntity(legalEntityId: $id) { __typename ... on ShopSession { activeLegalEntity { id } company { id } } ... on ErrorResult { errorCode } } }`;

describe('buyer authentication (shop API)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_ATTEMPTS: '3', LOGIN_WINDOW_SECONDS: '600' });
  });
  afterAll(() => t.close());

  it('logs in with the right password and answers `me` for the session’s company', async () => {
    const company = await createCompany(t.ds, { legalEntities: 2 });
    const buyer = await createBuyer(t.ds, [{ companyId: company.id, role: BuyerRole.PURCHASER }]);
    const { token, response } = await loginBuyer(t, buyer.email.toUpperCase());
    const login = (response.data as { login: { session: { companies: unknown[]; permissions: string[] } } }).login;
    expect(login.session.companies).toHaveLength(1);
    expect(login.session.permissions).toContain('PLACE_ORDERS');
    expect(login.session.permissions).not.toContain('MANAGE_COMPANY_USERS');
    expect(response.cookies.join(';')).toMatch(/wholesail_shop_refresh=.*HttpOnly.*SameSite=Strict/i);

    const me = await t.shop<{ me: { user: { email: string }; company: { id: string }; role: string } }>(
      ME,
      {},
      { token },
    );
    expect(me.data?.me.user.email).toBe(buyer.email);
    expect(me.data?.me.company.id).toBe(company.id);
    expect(me.data?.me.role).toBe('PURCHASER');
  });

  it('refuses a wrong password, an unknown e-mail and an inactive user alike', async () => {
    const company = await createCompany(t.ds);
    const buyer = await createBuyer(t.ds, [{ companyId: company.id }]);
    const inactive = await createBuyer(t.ds, [{ companyId: company.id }], { active: false });
    for (const input of [
      { email: buyer.email, password: 'wrong-password' },
      { email: 'nobody@test.local', password: TEST_PASSWORD },
      { email: inactive.email, password: TEST_PASSWORD },
    ]) {
      const res = await t.shop<{ login: { __typename: string; errorCode: string } }>(SHOP_LOGIN, { input });
      expect(res.data?.login).toMatchObject({
        __typename: 'InvalidCredentialsError',
        errorCode: 'INVALID_CREDENTIALS',
      });
      expect(res.cookies).toHaveLength(0);
    }
  });

  it('refuses a buyer whose company is blocked or not yet active, saying so only to the right password', async () => {
    const blocked = await createCompany(t.ds, { status: 'blocked' });
    const pending = await createCompany(t.ds, { status: 'pending' });
    const a = await createBuyer(t.ds, [{ companyId: blocked.id }]);
    const b = await createBuyer(t.ds, [{ companyId: pending.id }]);
    const login = (email: string, password: string) =>
      t.shop<{ login: { __typename: string; errorCode: string; message: string } }>(SHOP_LOGIN, {
        input: { email, password },
      });
    const res = await login(a.email, TEST_PASSWORD);
    expect(res.data?.login).toMatchObject({ __typename: 'CompanyBlockedError', errorCode: 'COMPANY_BLOCKED' });
    expect(res.data?.login.message).toMatch(/blocked/);
    expect(res.cookies).toHaveLength(0);
    expect((await login(b.email, TEST_PASSWORD)).data?.login.errorCode).toBe('COMPANY_PENDING');
    expect((await login(a.email, 'wrong-password')).data?.login.errorCode).toBe('INVALID_CREDENTIALS');
  });

  it('names the field when input is invalid', async () => {
    const res = await t.shop(SHOP_LOGIN, { input: { email: 'not-an-email', password: 'x' } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors[0].extensions?.field).toBe('input.email');
    expect(res.errors[0].message).toContain('input.email');
  });

  it('locks an e-mail after too many failures, and says when to retry', async () => {
    const company = await createCompany(t.ds);
    const buyer = await createBuyer(t.ds, [{ companyId: company.id }]);
    for (let i = 0; i < 3; i++) {
      const res = await t.shop<{ login: { __typename: string } }>(SHOP_LOGIN, {
        input: { email: buyer.email, password: 'nope' },
      });
      expect(res.data?.login.__typename).toBe('InvalidCredentialsError');
    }
    // Even the right password is refused while locked.
    const locked = await t.shop<{ login: { __typename: string; retryAfterSeconds: number } }>(SHOP_LOGIN, {
      input: { email: buyer.email, password: TEST_PASSWORD },
    });
    expect(locked.data?.login.__typename).toBe('TooManyAttemptsError');
    expect(locked.data?.login.retryAfterSeconds).toBeGreaterThan(500);
    // Once the window has passed, the right password works again.
    await t.ds.query(`UPDATE login_attempt SET window_start = now() - interval '11 minutes'`);
    await expect(loginBuyer(t, buyer.email)).resolves.toBeDefined();
  });

  it('rotates the refresh token, and a reused one ends the whole session', async () => {
    const company = await createCompany(t.ds);
    const buyer = await createBuyer(t.ds, [{ companyId: company.id }]);
    const first = await loginBuyer(t, buyer.email);

    const r1 = await t.shop<{ refreshAccessToken: { __typename: string; accessToken: string } }>(
      REFRESH,
      {},
      { cookie: first.refreshCookie },
    );
    expect(r1.data?.refreshAccessToken.__typename).toBe('ShopAuthPayload');
    const second = cookiePair(r1.cookies, 'wholesail_shop_refresh') as string;
    expect(second).toBeDefined();
    expect(second).not.toBe(first.refreshCookie);
    const token2 = r1.data?.refreshAccessToken.accessToken as string;
    expect((await t.shop(ME, {}, { token: token2 })).errors).toHaveLength(0);

    // The first token again: theft is assumed, the family is revoked.
    const reuse = await t.shop<{ refreshAccessToken: { errorCode: string } }>(
      REFRESH,
      {},
      { cookie: first.refreshCookie },
    );
    expect(reuse.data?.refreshAccessToken.errorCode).toBe('INVALID_REFRESH_TOKEN');
    // …so the legitimately rotated token and the access tokens stop working too.
    const after = await t.shop<{ refreshAccessToken: { errorCode: string } }>(REFRESH, {}, { cookie: second });
    expect(after.data?.refreshAccessToken.errorCode).toBe('INVALID_REFRESH_TOKEN');
    expect(errorCode(await t.shop(ME, {}, { token: token2 }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.shop(ME, {}, { token: first.token }))).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the access and the refresh token', async () => {
    const company = await createCompany(t.ds);
    const buyer = await createBuyer(t.ds, [{ companyId: company.id }]);
    const { token, refreshCookie } = await loginBuyer(t, buyer.email);
    const out = await t.shop<{ logout: boolean }>(`mutation { logout }`, {}, { token });
    expect(out.data?.logout).toBe(true);
    expect(out.cookies.join(';')).toMatch(/wholesail_shop_refresh=;/);
    expect(errorCode(await t.shop(ME, {}, { token }))).toBe('UNAUTHENTICATED');
    const refresh = await t.shop<{ refreshAccessToken: { errorCode: string } }>(REFRESH, {}, { cookie: refreshCookie });
    expect(refresh.data?.refreshAccessToken.errorCode).toBe('INVALID_REFRESH_TOKEN');
  });

  it('refuses a forged or expired access token', async () => {
    const company = await createCompany(t.ds);
    const buyer = await createBuyer(t.ds, [{ companyId: company.id }]);
    const { token } = await loginBuyer(t, buyer.email);
    const [header, payload] = token.split('.');
    expect(errorCode(await t.shop(ME, {}, { token: `${header}.${payload}.forged-signature` }))).toBe('UNAUTHENTICATED');
    await t.ds.query(`UPDATE auth_session SET expires_at = now() - interval '1 second' WHERE buyer_user_id = $1`, [
      buyer.id,
    ]);
    expect(errorCode(await t.shop(ME, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('switches the active legal entity only among the user’s own, across his companies', async () => {
    const a = await createCompany(t.ds, { legalEntities: 2 });
    const b = await createCompany(t.ds, { legalEntities: 1 });
    const stranger = await createCompany(t.ds, { legalEntities: 1 });
    const buyer = await createBuyer(t.ds, [{ companyId: a.id }, { companyId: b.id, role: BuyerRole.PURCHASER }]);
    const { token } = await loginBuyer(t, buyer.email);

    const own = await t.shop<{ switchLegalEntity: { activeLegalEntity: { id: string }; company: { id: string } } }>(
      SWITCH,
      { id: a.legalEntityIds[1] },
      { token },
    );
    expect(own.data?.switchLegalEntity.activeLegalEntity.id).toBe(a.legalEntityIds[1]);

    const other = await t.shop<{ switchLegalEntity: { company: { id: string } } }>(
      SWITCH,
      { id: b.legalEntityIds[0] },
      { token },
    );
    expect(other.data?.switchLegalEntity.company.id).toBe(b.id);
    const me = await t.shop<{ me: { company: { id: string }; role: string } }>(ME, {}, { token });
    expect(me.data?.me).toMatchObject({ company: { id: b.id }, role: 'PURCHASER' });

    const foreign = await t.shop<{ switchLegalEntity: { __typename: string; errorCode: string } }>(
      SWITCH,
      { id: stranger.legalEntityIds[0] },
      { token },
    );
    expect(foreign.data?.switchLegalEntity.errorCode).toBe('NOT_FOUND');
    const after = await t.shop<{ me: { company: { id: string } } }>(ME, {}, { token });
    expect(after.data?.me.company.id).toBe(b.id);

    const garbage = await t.shop(SWITCH, { id: 'not-a-uuid' }, { token });
    expect(errorCode(garbage)).toBe('BAD_USER_INPUT');
    expect(garbage.errors[0].extensions?.field).toBe('legalEntityId');

    // The next login lands on the legal entity used last.
    const again = await loginBuyer(t, buyer.email);
    expect((again.response.data as { login: { session: { company: { id: string } } } }).login.session.company.id).toBe(
      b.id,
    );
  });

  it('drops access at once when the membership is deactivated', async () => {
    const company = await createCompany(t.ds);
    const buyer = await createBuyer(t.ds, [{ companyId: company.id }]);
    const { token, refreshCookie } = await loginBuyer(t, buyer.email);
    await t.ds.query(`UPDATE company_member SET active = false WHERE buyer_user_id = $1`, [buyer.id]);
    expect(errorCode(await t.shop(ME, {}, { token }))).toBe('UNAUTHENTICATED');
    const refresh = await t.shop<{ refreshAccessToken: { errorCode: string } }>(REFRESH, {}, { cookie: refreshCookie });
    expect(refresh.data?.refreshAccessToken.errorCode).toBe('INVALID_REFRESH_TOKEN');
  });

  it('refuses a buyer token on the admin API', async () => {
    const company = await createCompany(t.ds);
    const buyer = await createBuyer(t.ds, [{ companyId: company.id }]);
    const { token } = await loginBuyer(t, buyer.email);
    expect(errorCode(await t.admin(`{ me { kind } }`, {}, { token }))).toBe('UNAUTHENTICATED');
  });
});
