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

  it('holds prices and tiers to their digits: 15 before the point and 4 after, tiers 12.6 : 15.4, at most 20', async () => {
    const tiers = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}:1`).join('|');
    const rows = [
      ['999999999999999.9999', ''],
      ['1234567890123456', ''],
      ['1.12345', ''],
      ['1.', ''],
      ['１', ''],
      ['1', '123456789012.123456:123456789012345.1234'],
      ['1', '1234567890123:1'],
      ['1', '1:1.12345'],
      ['1', '1.1234567:1'],
      ['1', tiers(20)],
      ['1', tiers(21)],
      ['1', '1:2|'],
    ];
    const res = await post(
      [
        'sku,price_type_code,packaging_code,price,tiers',
        ...rows.map(([price, t]) => `IMP-1,WHOLESALE,,${price},${t}`),
      ].join('\n'),
    );
    const errors = (res.body as { errors: { row: number; errorCode: string }[] }).errors.filter(
      (e) => e.errorCode !== 'DUPLICATE_KEY', // the same entry on every row, on purpose
    );
    expect(errors.map((e) => [e.row, e.errorCode])).toEqual([
      [2, 'INVALID_PRICE'],
      [3, 'INVALID_PRICE'],
      [4, 'INVALID_PRICE'],
      [5, 'INVALID_PRICE'],
      [7, 'INVALID_TIERS'],
      [8, 'INVALID_TIERS'],
      [9, 'INVALID_TIERS'],
      [11, 'INVALID_TIERS'],
      [12, 'INVALID_TIERS'],
    ]);
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
