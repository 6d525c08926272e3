import request from 'supertest';
import { StaffRole } from '../../src/common/auth/permissions';
import { loginStaff } from '../helpers/auth';
import { createProduct } from '../helpers/catalog-factories';
import { createStaff } from '../helpers/factories';
import { createPriceType } from '../helpers/pricing-factories';
import { createTestApp, TestApp } from '../helpers/test-app';

describe('price import fast path (COPY → staging → merge)', () => {
  let t: TestApp;
  let token: string;
  let typeId: string;

  const post = (csv: string, auth = token, type = 'text/csv') =>
    request(t.http)
      .post('/api/admin/price-entries/import')
      .set('authorization', `Bearer ${auth}`)
      .set('content-type', type)
      .send(csv);
  const entries = () =>
    t.ds.query<{ sku: string; packaging_code: string; price: string; tiers: unknown }[]>(
      `SELECT p.sku, e.packaging_code, e.price::text AS price, e.tiers FROM price_entry e JOIN product p ON p.id = e.product_id
        WHERE e.price_type_id = $1 ORDER BY p.sku, e.packaging_code`,
      [typeId],
    );

  beforeAll(async () => {
    t = await createTestApp();
    token = (await loginStaff(t, (await createStaff(t.ds, StaffRole.CATALOG_MANAGER)).email)).token;
    typeId = (await createPriceType(t.ds, { code: 'WHOLESALE' })).id;
    for (let i = 1; i <= 3; i++) await createProduct(t.ds, { sku: `IMP-${i}` });
    const [p] = await t.ds.query<{ id: string }[]>(`SELECT id FROM product WHERE sku = 'IMP-1'`);
    await t.ds.query(
      `INSERT INTO product_packaging (product_id, code, name, factor) VALUES ($1, 'box', 'Коробка', 20)`,
      [p.id],
    );
  });
  afterAll(() => t.close());

  const GOOD = [
    'sku,price_type_code,packaging_code,price,tiers',
    'imp-1,WHOLESALE,,100.5,10:95|50:92.25',
    'IMP-1,WHOLESALE,box,1900,',
    'IMP-2,WHOLESALE,,7,',
  ].join('\n');

  it('loads a file, reports what changed, and is idempotent', async () => {
    const first = await post(GOOD);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ rows: 3, inserted: 3, updated: 0, unchanged: 0, errors: [], errorCount: 0 });
    expect(await entries()).toEqual([
      {
        sku: 'IMP-1',
        packaging_code: '',
        price: '100.5000',
        tiers: [
          { from: '10', price: '95' },
          { from: '50', price: '92.25' },
        ],
      },
      { sku: 'IMP-1', packaging_code: 'box', price: '1900.0000', tiers: [] },
      { sku: 'IMP-2', packaging_code: '', price: '7.0000', tiers: [] },
    ]);
    const again = await post(GOOD);
    expect(again.body).toMatchObject({ rows: 3, inserted: 0, updated: 0, unchanged: 3 });
    const changed = await post(GOOD.replace('IMP-2,WHOLESALE,,7,', 'IMP-2,WHOLESALE,,7.5,'));
    expect(changed.body).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    const [audit] = await t.ds.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM audit_event WHERE action = 'priceEntry.import'`,
    );
    expect(Number(audit.n)).toBe(3);
  });

  it('refuses a file with bad rows, naming each, and changes nothing', async () => {
    const before = await entries();
    const res = await post(
      [
        'sku,price_type_code,packaging_code,price,tiers',
        'IMP-3,WHOLESALE,,1,',
        'NOPE,WHOLESALE,,1,',
        'IMP-3,RETAIL,,1,',
        'IMP-3,WHOLESALE,pallet,1,',
        'IMP-2,WHOLESALE,,-1,',
        'IMP-2,WHOLESALE,box,1,',
        'IMP-1,WHOLESALE,,1,10-95',
        'imp-3,WHOLESALE,,2,',
      ].join('\n'),
    );
    expect(res.status).toBe(201);
    const errors = (res.body as { errors: { row: number; field: string; errorCode: string }[] }).errors;
    expect(errors.map((e) => [e.row, e.field, e.errorCode])).toEqual([
      [2, 'sku', 'UNKNOWN_PRODUCT'],
      [3, 'price_type_code', 'UNKNOWN_PRICE_TYPE'],
      [4, 'packaging_code', 'UNKNOWN_PACKAGING'],
      [5, 'price', 'INVALID_PRICE'],
      [6, 'packaging_code', 'UNKNOWN_PACKAGING'],
      [7, 'tiers', 'INVALID_TIERS'],
      [8, 'sku', 'DUPLICATE_KEY'],
    ]);
    expect(res.body).toMatchObject({ rows: 8, inserted: 0, updated: 0, errorCount: 7 });
    expect(await entries()).toEqual(before);
  });

  it('refuses a file with another header, other content types and staff without the permission', async () => {
    const header = await post('sku,price\nIMP-1,1');
    expect(header.status).toBe(400);
    expect(header.body.extensions?.field ?? header.body.field ?? JSON.stringify(header.body)).toContain('file');
    expect((await post(GOOD, token, 'application/json')).status).toBe(400);
    const sales = (await loginStaff(t, (await createStaff(t.ds, StaffRole.SALES_MANAGER)).email)).token;
    expect((await post(GOOD, sales)).status).toBe(403);
    expect((await post(GOOD, '')).status).toBe(401);
  });
});
