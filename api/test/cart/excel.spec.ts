import * as XLSX from '@e965/xlsx';
import request from 'supertest';
import { deflateRawSync } from 'node:zlib';
import { Dec } from '../../src/common/money/decimal';
import { createWarehouse } from '../helpers/catalog-factories';
import { createCategory } from '../helpers/catalog-factories';
import { orderingCompany, OrderingBuyer, stockedProduct } from '../helpers/order-fixtures';
import { createRule } from '../helpers/pricing-factories';
import { createTestApp, TestApp } from '../helpers/test-app';

interface Report {
  dryRun: boolean;
  rowsRead: number;
  applied: number;
  validLines: number;
  rowErrors: { row: number; field: string | null; errorCode: string; message: string }[];
  warnings: { row: number; errorCode: string }[];
  cartTotals: { lineCount: number } | null;
}

function workbook(rows: unknown[][]): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Заказ');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

describe('Excel price list out and in', () => {
  let t: TestApp;
  let a: OrderingBuyer;
  let b: OrderingBuyer;
  let categoryId: string;
  const skus: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ EXCEL_MAX_BYTES: String(200 * 1024), EXCEL_MAX_ROWS: '300' });
    const companyA = await orderingCompany(t, 'Excel A');
    a = companyA.buyers[0];
    // A's personal price: 10 % off the list price of 100 (B pays the list price).
    await createRule(t.ds, { scope: ['COMPANY', companyA.company.id], action: 'PERCENT_DISCOUNT', value: '10' });
    b = (await orderingCompany(t, 'Excel B')).buyers[0];
    const wh = await createWarehouse(t.ds, { name: 'Подольск' });
    categoryId = (await createCategory(t.ds)).id;
    for (let i = 0; i < 30; i++) {
      const p = await stockedProduct(t.ds, wh.id, i === 3 ? '0' : '100', {
        categoryId,
        sku: `XL-${String(i).padStart(3, '0')}-${Date.now() % 10000}`,
        orderStep: '2',
      });
      skus.push(p.sku);
    }
  });
  afterAll(() => t.close());

  const upload = (token: string, file: Buffer, query = '', name = 'order.xlsx') =>
    request(t.http)
      .post(`/api/shop/cart/excel${query}`)
      .set('authorization', `Bearer ${token}`)
      .attach('file', file, name);
  const download = (token: string, query = '') =>
    request(t.http)
      .get(`/api/shop/price-list.xlsx${query}`)
      .set('authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });

  it('downloads the personal price list of a category, fills quantities in and uploads it back', async () => {
    const res = await download(a.token, `?categoryId=${categoryId}&locale=en`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['x-row-count']).toBe('30');
    const wb = XLSX.read(res.body as Buffer, { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]], {
      header: 1,
      raw: true,
      defval: null,
    });
    const header = rows.findIndex((r) => r[0] === 'SKU');
    expect(rows[header]).toEqual(expect.arrayContaining(['SKU', 'Name', 'Stock: Подольск', 'Quantity']));
    const qty = rows[header].indexOf('Quantity');
    const body = rows.slice(header + 1);
    expect(body).toHaveLength(30);
    expect(body.map((r) => r[0]).sort()).toEqual([...skus].sort());
    // The buyer's own price (as the catalog shows it) and the stock of each warehouse.
    const col = (name: string) => rows[header].indexOf(name);
    const find = (sku: string) => body.find((r) => r[0] === sku)!;
    expect(find(skus[0])[col('Your price')]).toBe(90);
    expect(find(skus[0])[col('Stock: Подольск')]).toBe(100);
    expect(find(skus[3])[col('Stock, total')]).toBe(0);
    const other = XLSX.read((await download(b.token, `?categoryId=${categoryId}&locale=en`)).body as Buffer, {
      type: 'buffer',
    });
    const otherRows = XLSX.utils.sheet_to_json<unknown[]>(other.Sheets[other.SheetNames[0]], { header: 1, raw: true });
    expect(otherRows.find((r) => r[0] === skus[0])?.[col('Your price')]).toBe(100);
    // The buyer fills three rows: one fine, one off the multiplicity (rounded up), one out of stock.
    find(skus[0])[qty] = 4;
    find(skus[1])[qty] = 3;
    find(skus[3])[qty] = 2;
    const report = (await upload(a.token, workbook(rows))).body as Report;
    expect(report.rowErrors).toEqual([]);
    expect(report.applied).toBe(3);
    expect(report.warnings.map((w) => w.errorCode)).toEqual(['NO_STOCK']);
    expect(report.cartTotals?.lineCount).toBe(3);
  });

  it('reports every bad row; ALL_OR_NOTHING takes nothing, VALID_ROWS the rest; a dry run writes nothing', async () => {
    await t.shop(`mutation { clearCart { id } }`, {}, { token: a.token });
    const file = workbook([
      ['Артикул', 'Наименование', 'Кол-во'],
      [skus[5], 'x', 2],
      ['NO-SUCH-SKU', 'y', 1],
      [skus[6], 'z', 'много'],
      [skus[7], 'w', -1],
      [null, 'v', 5],
      [skus[8], 'u', ''],
    ]);
    const none = (await upload(a.token, file, '?apply=ALL_OR_NOTHING')).body as Report;
    expect(none.applied).toBe(0);
    expect(none.rowErrors.map((e) => [e.row, e.errorCode])).toEqual([
      [3, 'UNKNOWN_SKU'],
      [4, 'BAD_QUANTITY'],
      [5, 'BAD_QUANTITY'],
      [6, 'MISSING_SKU'],
    ]);
    const cart = await t.shop<{ cart: { totals: { lineCount: number } } }>(
      `{ cart { totals { lineCount } } }`,
      {},
      { token: a.token },
    );
    expect(cart.data!.cart.totals.lineCount).toBe(0);
    const dry = (await upload(a.token, file, '?dryRun=true')).body as Report;
    expect([dry.dryRun, dry.applied, dry.validLines, dry.cartTotals]).toEqual([true, 0, 1, null]);
    const some = (await upload(a.token, file)).body as Report;
    expect([some.applied, some.rowsRead, some.cartTotals?.lineCount]).toEqual([1, 5, 1]);
  });

  it('answers the cart’s totals: lines already there, added to, new, without a price, at two VAT rates', async () => {
    await t.shop(`mutation { clearCart { id } }`, {}, { token: a.token });
    const wh = await createWarehouse(t.ds);
    const reduced = await stockedProduct(t.ds, wh.id, '100', { vatRate: '10', price: '33.3333' });
    const unpriced = await stockedProduct(t.ds, wh.id, '100', { price: null });
    const quick = await t.shop(
      `mutation Q($input: QuickOrderInput!) { quickOrder(input: $input) { applied } }`,
      { input: { text: `${skus[10]} 2\n${skus[11]} 4` } },
      { token: a.token },
    );
    expect(quick.errors).toEqual([]);
    const file = workbook([
      ['Артикул', 'Количество'],
      [skus[11], 2],
      [skus[12], 6],
      [reduced.sku, 7],
      [unpriced.sku, 1],
    ]);
    const report = (await upload(a.token, file)).body as Report & {
      cartTotals: Record<string, unknown> & { vatBreakdown: Record<string, unknown>[] };
    };
    expect(report.applied).toBe(4);
    const cart = await t.shop<{
      cart: { totals: Record<string, unknown> & { vatBreakdown: Record<string, unknown>[] } };
    }>(
      `{ cart { totals { lineCount amount vat net unpricedLines currency vatBreakdown { rate net vat amount } } } }`,
      {},
      { token: a.token },
    );
    const same = (v: unknown) =>
      typeof v === 'string' && /^-?[\d.]+$/.test(v) ? new Dec(v).toFixed() : (v as string | number | null);
    const plain = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, same(v)]));
    const { vatBreakdown, ...totals } = cart.data!.cart.totals;
    expect(totals.lineCount).toBe(5);
    expect(totals.unpricedLines).toBe(1);
    expect(vatBreakdown).toHaveLength(2);
    const { vatBreakdown: reportedBreakdown, ...reported } = report.cartTotals;
    expect({ ...plain(reported), currency: reported.currency }).toEqual({
      ...plain(totals),
      currency: totals.currency,
    });
    expect(reportedBreakdown.map(plain)).toEqual(vatBreakdown.map(plain));
  });

  it('refuses a sheet that would take the cart over its line limit and writes nothing', async () => {
    await t.shop(`mutation { clearCart { id } }`, {}, { token: a.token });
    const cart = await t.shop<{ cart: { id: string } }>(`{ cart { id } }`, {}, { token: a.token });
    const cartId = cart.data!.cart.id;
    const [{ id: productId }] = await t.ds.query<{ id: string }[]>(`SELECT id FROM product WHERE sku = $1`, [skus[20]]);
    // A cart one line short of the limit (10 000), then a sheet with two new lines.
    await t.ds.query(
      `INSERT INTO cart_line (cart_id, line_key, product_id, quantity, base_quantity, position)
       SELECT $1, $2::text || '|x' || i, $2::uuid, 2, 2, i FROM generate_series(1, 9999) i`,
      [cartId, productId],
    );
    const res = await upload(
      a.token,
      workbook([
        ['Артикул', 'Количество'],
        [skus[21], 2],
        [skus[22], 2],
      ]),
    );
    expect([res.status, (res.body as { field?: string }).field]).toEqual([400, 'lines']);
    const [{ n }] = await t.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM cart_line WHERE cart_id = $1`, [
      cartId,
    ]);
    expect(n).toBe(9999);
    await t.shop(`mutation { clearCart { id } }`, {}, { token: a.token });
  });

  it('refuses bad files cleanly and changes nothing', async () => {
    await t.shop(`mutation { clearCart { id } }`, {}, { token: a.token });
    const reason = async (file: Buffer, name = 'x.xlsx') => {
      const res = await upload(a.token, file, '', name);
      return [
        res.status,
        (res.body as { reason?: string; field?: string }).reason ?? (res.body as { message?: string }).message,
      ];
    };
    expect(await reason(Buffer.from('PK\u0003\u0004garbage garbage garbage garbage'))).toEqual([400, 'CORRUPT_FILE']);
    expect(await reason(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]))).toEqual([400, 'NOT_A_SPREADSHEET']);
    expect(
      await reason(
        workbook([
          ['Наименование', 'Цена'],
          ['x', 1],
        ]),
      ),
    ).toEqual([400, 'NO_HEADER']);
    expect(
      await reason(
        workbook([
          ['Артикул', 'Количество', 'Кол-во'],
          [skus[0], 1, 2],
        ]),
      ),
    ).toEqual([400, 'AMBIGUOUS_QUANTITY_COLUMN']);
    const many = [['SKU', 'Qty'], ...Array.from({ length: 400 }, (_, i) => [`S-${i}`, 1])];
    expect(await reason(workbook(many))).toEqual([400, 'TOO_MANY_ROWS']);
    // A formula cell is read as its cached value, never evaluated; the header keys cannot pollute prototypes.
    const ws = XLSX.utils.aoa_to_sheet([
      ['__proto__', 'constructor', 'SKU', 'Qty'],
      [1, 2, skus[9], 0],
    ]);
    ws.D2 = { t: 'n', v: 4, f: 'HYPERLINK("http://evil","x")*0+4' };
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const formula = (await upload(a.token, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer))
      .body as Report;
    expect(formula.applied).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A zip bomb: a small file whose sheet unpacks to 150 MB (refused by the ratio before any unpacking).
    const bomb = zipBomb(150 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await reason(bomb)).toEqual([400, 'UNPACKS_TOO_LARGE']);
    const big = await upload(a.token, Buffer.alloc(300 * 1024, 1));
    expect(big.status).toBe(413);
    const cart = await t.shop<{ cart: { totals: { lineCount: number } } }>(
      `{ cart { totals { lineCount } } }`,
      {},
      { token: a.token },
    );
    expect(cart.data!.cart.totals.lineCount).toBe(1);
  });

  it('is the buyer’s own: without a login nothing, another company’s cart untouched', async () => {
    const anon = await request(t.http).get('/api/shop/price-list.xlsx');
    expect(anon.status).toBe(401);
    const before = await t.shop<{ cart: { totals: { lineCount: number } } }>(
      `{ cart { totals { lineCount } } }`,
      {},
      { token: a.token },
    );
    await upload(
      b.token,
      workbook([
        ['SKU', 'Qty'],
        [skus[10], 2],
      ]),
    );
    const after = await t.shop<{ cart: { totals: { lineCount: number } } }>(
      `{ cart { totals { lineCount } } }`,
      {},
      { token: a.token },
    );
    expect(after.data!.cart.totals.lineCount).toBe(before.data!.cart.totals.lineCount);
  });
});

/** A zip whose one entry declares (and holds, deflated) `size` zero bytes. */
function zipBomb(size: number): Buffer {
  const data = deflateRawSync(Buffer.alloc(size));
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const cd = Buffer.concat([central, name]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, cd, end]);
}
