import { StaffRole } from '../../src/common/auth/permissions';
import { ADMIN_LOGIN, loginBuyer, loginStaff } from '../helpers/auth';
import { createBuyer, createCompany, createStaff, TEST_PASSWORD } from '../helpers/factories';
import { cookiePair, createTestApp, errorCode, TestApp } from '../helpers/test-app';

const ME = `{ me { kind staffUser { email role } apiKey { name scopes } permissions } }`;
const CREATE_KEY = `mutation C($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name prefix scopes createdBy { email } lastUsedAt revokedAt } } }`;
const KEYS = `{ apiKeys { id name prefix lastUsedAt revokedAt } }`;

interface CreatedKey {
  createApiKey: {
    secret: string;
    apiKey: { id: string; prefix: string; scopes: string[]; createdBy: { email: string } };
  };
}

describe('staff authentication and API keys (admin API)', () => {
  let t: TestApp;
  let adminToken: string;
  let adminEmail: string;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await createStaff(t.ds, StaffRole.ADMIN);
    adminEmail = admin.email;
    adminToken = (await loginStaff(t, admin.email)).token;
  });
  afterAll(() => t.close());

  it('logs a staff user in and reports his role and permissions', async () => {
    const manager = await createStaff(t.ds, StaffRole.SALES_MANAGER);
    const { token, response } = await loginStaff(t, manager.email);
    expect(response.cookies.join(';')).toMatch(/wholesail_admin_refresh=.*Path=\/admin-api/);
    const me = await t.admin<{ me: { kind: string; staffUser: { role: string }; permissions: string[] } }>(
      ME,
      {},
      { token },
    );
    expect(me.data?.me.kind).toBe('STAFF');
    expect(me.data?.me.staffUser.role).toBe('SALES_MANAGER');
    expect(me.data?.me.permissions).toContain('ACT_AS_BUYER');
    expect(me.data?.me.permissions).not.toContain('MANAGE_API_KEYS');
  });

  it('refuses a wrong password and a deactivated staff user', async () => {
    const staff = await createStaff(t.ds, StaffRole.CATALOG_MANAGER);
    const wrong = await t.admin<{ login: { errorCode: string } }>(ADMIN_LOGIN, {
      input: { email: staff.email, password: 'nope' },
    });
    expect(wrong.data?.login.errorCode).toBe('INVALID_CREDENTIALS');
    await t.ds.query(`UPDATE staff_user SET active = false WHERE id = $1`, [staff.id]);
    const inactive = await t.admin<{ login: { errorCode: string } }>(ADMIN_LOGIN, {
      input: { email: staff.email, password: TEST_PASSWORD },
    });
    expect(inactive.data?.login.errorCode).toBe('INVALID_CREDENTIALS');
  });

  it('refuses a staff token on the shop API, and a buyer cannot log in to the admin API', async () => {
    expect(errorCode(await t.shop(`{ me { role } }`, {}, { token: adminToken }))).toBe('UNAUTHENTICATED');
    const company = await createCompany(t.ds);
    const buyer = await createBuyer(t.ds, [{ companyId: company.id }]);
    const res = await t.admin<{ login: { errorCode: string } }>(ADMIN_LOGIN, {
      input: { email: buyer.email, password: TEST_PASSWORD },
    });
    expect(res.data?.login.errorCode).toBe('INVALID_CREDENTIALS');
    const buyerToken = (await loginBuyer(t, buyer.email)).token;
    expect(errorCode(await t.admin(KEYS, {}, { token: buyerToken }))).toBe('UNAUTHENTICATED');
  });

  it('rotates the staff refresh token and logout ends the session', async () => {
    const staff = await createStaff(t.ds, StaffRole.HEAD_OF_SALES);
    const { token, refreshCookie } = await loginStaff(t, staff.email);
    const refreshed = await t.admin<{ refreshAccessToken: { __typename: string; accessToken: string } }>(
      `mutation { refreshAccessToken { __typename ... on AdminAuthPayload { accessToken } } }`,
      {},
      { cookie: refreshCookie },
    );
    expect(refreshed.data?.refreshAccessToken.__typename).toBe('AdminAuthPayload');
    expect(cookiePair(refreshed.cookies, 'wholesail_admin_refresh')).not.toBe(refreshCookie);
    await t.admin(`mutation { logout }`, {}, { token });
    expect(errorCode(await t.admin(ME, {}, { token: refreshed.data?.refreshAccessToken.accessToken }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('creates an API key shown once, accepts it as a bearer with its scopes only, and revokes it', async () => {
    const created = await t.admin<CreatedKey>(
      CREATE_KEY,
      { input: { name: '1C exchange', scopes: ['READ_CATALOG', 'MANAGE_STOCK'] } },
      { token: adminToken },
    );
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret).toMatch(/^wsk_/);
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey.createdBy.email).toBe(adminEmail);
    // Only the hash is stored.
    const [stored] = await t.ds.query<{ secret_hash: string }[]>(`SELECT secret_hash FROM api_key WHERE id = $1`, [
      apiKey.id,
    ]);
    expect(stored.secret_hash).not.toContain(secret);
    const listed = await t.admin<{ apiKeys: Record<string, unknown>[] }>(KEYS, {}, { token: adminToken });
    expect(JSON.stringify(listed.data)).not.toContain(secret);

    const me = await t.admin<{ me: { kind: string; apiKey: { name: string }; permissions: string[] } }>(
      ME,
      {},
      { token: secret },
    );
    expect(me.data?.me).toMatchObject({ kind: 'API_KEY', apiKey: { name: '1C exchange' } });
    expect(me.data?.me.permissions.sort()).toEqual(['MANAGE_STOCK', 'READ_CATALOG']);
    const [used] = await t.ds.query<{ last_used_at: Date | null }[]>(`SELECT last_used_at FROM api_key WHERE id = $1`, [
      apiKey.id,
    ]);
    expect(used.last_used_at).not.toBeNull();

    // Out of scope → FORBIDDEN; on the shop API → UNAUTHENTICATED.
    expect(errorCode(await t.admin(KEYS, {}, { token: secret }))).toBe('FORBIDDEN');
    expect(errorCode(await t.shop(`{ me { role } }`, {}, { token: secret }))).toBe('UNAUTHENTICATED');

    const revoked = await t.admin<{ revokeApiKey: { revokedAt: string | null } }>(
      `mutation R($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`,
      { id: apiKey.id },
      { token: adminToken },
    );
    expect(revoked.data?.revokeApiKey.revokedAt).not.toBeNull();
    expect(errorCode(await t.admin(ME, {}, { token: secret }))).toBe('UNAUTHENTICATED');
  });

  it('validates API key input and lets only permitted staff manage keys', async () => {
    const noScopes = await t.admin(CREATE_KEY, { input: { name: 'x', scopes: [] } }, { token: adminToken });
    expect(noScopes.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scopes' });
    const tooMuch = await t.admin(
      CREATE_KEY,
      { input: { name: 'x', scopes: ['MANAGE_API_KEYS'] } },
      { token: adminToken },
    );
    expect(tooMuch.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scopes' });
    const noName = await t.admin(CREATE_KEY, { input: { name: '', scopes: ['READ_CATALOG'] } }, { token: adminToken });
    expect(noName.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const [{ n }] = await t.ds.query<{ n: string }[]>(`SELECT count(*) AS n FROM api_key WHERE name = 'x'`);
    expect(Number(n)).toBe(0);

    const catalog = await createStaff(t.ds, StaffRole.CATALOG_MANAGER);
    const { token } = await loginStaff(t, catalog.email);
    expect(errorCode(await t.admin(CREATE_KEY, { input: { name: 'y', scopes: ['READ_CATALOG'] } }, { token }))).toBe(
      'FORBIDDEN',
    );
  });
});
