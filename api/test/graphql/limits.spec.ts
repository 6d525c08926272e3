import request from 'supertest';
import { createBuyer, createCompany, TEST_PASSWORD } from '../helpers/factories';
import { createTestApp, errorCode, TestApp } from '../helpers/test-app';

describe('request limits', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp({ GRAPHQL_MAX_DEPTH: '3', BODY_LIMIT: '64kb' });
    const company = await createCompany(t.ds);
    const buyer = await createBuyer(t.ds, [{ companyId: company.id }]);
    // A shallow login query: the usual one is deeper than this app's limit.
    const login = await t.shop<{ login: { accessToken: string } }>(
      `mutation L($input: LoginInput!) { login(input: $input) { ... on ShopAuthPayload { accessToken } } }`,
      { input: { email: buyer.email, password: TEST_PASSWORD } },
    );
    token = login.data!.login.accessToken;
  });
  afterAll(() => t.close());

  it('refuses a query nested deeper than the limit, before running it', async () => {
    const ok = await t.shop(`{ me { companies { role } } }`, {}, { token });
    expect(ok.errors).toHaveLength(0);
    const deep = await t.shop(`{ me { companies { company { name } } } }`, {}, { token });
    expect(errorCode(deep)).toBe('QUERY_TOO_COMPLEX');
    expect(deep.errors[0].message).toMatch(/nested 4 levels deep; the limit is 3/);
    // Fragments count too.
    const viaFragment = await t.shop(
      `query { me { ...M } } fragment M on ShopSession { companies { company { name } } }`,
      {},
      { token },
    );
    expect(errorCode(viaFragment)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses an alias flood by its cost, even without a token', async () => {
    const aliases = Array.from({ length: 3000 }, (_, i) => `a${i}:me{role}`).join(' ');
    const res = await t.shop(`{ ${aliases} }`);
    expect(errorCode(res)).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors[0].message).toMatch(/cost \d+ exceeds the limit of 5000/);
  });

  it('counts what @include and @skip leave in by the variables given, whatever lists come along', async () => {
    const aliases = Array.from({ length: 3000 }, (_, i) => `a${i}:me{role}`).join(' ');
    const query = `query Q($on: Boolean!, $brands: [ID!]!) {
      ... @include(if: $on) { ${aliases} }
      catalogProducts(filter: { brandIds: $brands }, take: 1) { totalCount }
    }`;
    const brands = Array.from({ length: 200 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const off = await t.shop<{ catalogProducts: { totalCount: number } }>(query, { on: false, brands }, { token });
    expect(off.errors).toHaveLength(0);
    expect(off.data!.catalogProducts.totalCount).toBe(0);
    const on = await t.shop(query, { on: true, brands }, { token });
    expect(errorCode(on)).toBe('QUERY_TOO_COMPLEX');
    expect(on.errors[0].message).toMatch(/cost \d+ exceeds the limit of 5000/);
  });

  it('refuses a body over the size limit with a clear error', async () => {
    const res = await request(t.http)
      .post('/shop-api')
      .set('content-type', 'application/json')
      .send({ query: `{ me { role } }`, variables: { padding: 'x'.repeat(100_000) } });
    expect(res.status).toBe(413);
    expect((res.body as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('answers malformed JSON with a client error, not a crash', async () => {
    const res = await request(t.http).post('/shop-api').set('content-type', 'application/json').send('{"query": ');
    expect(res.status).toBe(400);
  });
});
