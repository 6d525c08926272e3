import * as XLSX from '@e965/xlsx';
import request from 'supertest';
import { StaffRole } from '../../src/common/auth/permissions';
import { loginStaff } from '../helpers/auth';
import { createProduct } from '../helpers/catalog-factories';
import { createStaff } from '../helpers/factories';
import { createPriceType, setPrice } from '../helpers/pricing-factories';
import { createTestApp, TestApp } from '../helpers/test-app';

describe('price entries in Excel (staff)', () => {
  let t: TestApp;
  let token: string;

  const sheetOf = (body: Buffer) => {
    const book = XLSX.read(body, { type: 'buffer' });
    return XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]], { header: 1 });
  };
  const workbook = (rows: unknown[][]) => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Prices');
    return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  };
  const upload = (file: Buffer) =>
    request(t.http)
      .post('/api/admin/price-entries.xlsx')
      .set('authorization', `Bearer ${token}`)
      .attach('file', file, 'prices.xlsx');

  beforeAll(async () => {
    t = await createTestApp();
    token = (await loginStaff(t, (await createStaff(t.ds, StaffRole.CATALOG_MANAGER)).email)).token;
    const type = await createPriceType(t.ds, { code: 'WHOLESALE' });
    const a = await createProduct(t.ds, { sku: 'XL-1', name: 'Дюбель' });
    await createProduct(t.ds, { sku: 'XL-2', name: 'Саморез' });
    await setPrice(t.ds, a.id, type.id, '12.5', [['100', '11']]);
  });
  afterAll(() => t.close());

  it('exports the entries and takes the edited sheet back, reporting sheet rows', async () => {
    const res = await request(t.http)
      .get('/api/admin/price-entries.xlsx')
      .set('authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    const rows = sheetOf(res.body as Buffer);
    expect(rows).toEqual([
      ['SKU', 'Name', 'Price type', 'Packaging', 'Price', 'Tiers'],
      ['XL-1', 'Дюбель', 'WHOLESALE', '', 12.5, '100:11'],
    ]);
    const edited = [...rows, ['XL-2', 'Саморез', 'WHOLESALE', '', '7,25', '10:7 | 50:6.5']];
    edited[1][4] = 13;
    const ok = await upload(workbook(edited));
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ applied: 2, rowErrors: [] });
    const stored = await t.ds.query<{ sku: string; price: string; tiers: unknown }[]>(
      `SELECT p.sku, e.price::text AS price, e.tiers FROM price_entry e JOIN product p ON p.id = e.product_id ORDER BY p.sku`,
    );
    expect(stored).toEqual([
      { sku: 'XL-1', price: '13.0000', tiers: [{ from: '100', price: '11' }] },
      {
        sku: 'XL-2',
        price: '7.2500',
        tiers: [
          { from: '10', price: '7' },
          { from: '50', price: '6.5' },
        ],
      },
    ]);
    const bad = await upload(
      workbook([...edited, ['NOPE', '', 'WHOLESALE', '', 1, ''], ['XL-1', '', 'WHOLESALE', '', 'abc', '']]),
    );
    expect((bad.body as { rowErrors: { row: number }[] }).rowErrors.map((e) => e.row)).toEqual([5]);
    const unknown = await upload(workbook([...edited, ['NOPE', '', 'WHOLESALE', '', 1, '']]));
    expect(unknown.body).toMatchObject({ applied: 0, rowErrors: [{ row: 4, errorCode: 'UNKNOWN_PRODUCT' }] });
  });
});
