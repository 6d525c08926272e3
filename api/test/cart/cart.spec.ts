import { BuyerRole } from '../../src/common/auth/permissions';
import { createProduct, createWarehouse, setStock } from '../helpers/catalog-factories';
import { shopWithSqlCount } from '../helpers/sql-count';
import { addBarcode, addPackaging, orderingCompany, OrderingBuyer, stockedProduct } from '../helpers/order-fixtures';
import { createTestApp, errorCode, TestApp } from '../helpers/test-app';

const CART_FIELDS = `id totals { lineCount amount vat unpricedLines currency vatBreakdown { rate net vat amount } }
  warningCount lines { id position quantity baseQuantity packagingCode product { id sku } warehouse { id }
  warning { code message available analogs { id sku available } } }`;
const ADD = `mutation A($input: AddCartLinesInput!) { addCartLines(input: $input) {
  applied rowErrors { row field errorCode message key } adjustments { row message baseQuantity } cart { ${CART_FIELDS} } } }`;
const UPDATE = `mutation U($input: UpdateCartLineInput!) { updateCartLine(input: $input) { __typename
  ... on CartLineUpdate { line { id quantity baseQuantity warning { code } } totals { lineCount } adjustment { message } }
  ... on QuantityNotAllowedError { errorCode problem suggestedQuantity }
  ... on NotFoundError { errorCode } } }`;
const QUICK = `mutation Q($input: QuickOrderInput!) { quickOrder(input: $input) { dryRun rowsRead applied validLines mergedRows
  rowErrors { row field errorCode message key } warnings { row errorCode } unknownSkus { row sku suggestions }
  cart { totals { lineCount } lines { product { sku } quantity baseQuantity packagingCode } } } }`;

interface Line {
  id: string;
  quantity: string;
  baseQuantity: string;
  packagingCode: string | null;
  product: { id: string; sku: string };
  warning: { code: string; available: string; analogs: { sku: string }[] } | null;
}

describe('cart', () => {
  let t: TestApp;
  let a: OrderingBuyer;
  let a2: OrderingBuyer;
  let b: OrderingBuyer;
  let wh: { id: string };

  beforeAll(async () => {
    // Statement counts are compared: no reuse of a prepared contract between requests.
    t = await createTestApp({ SQL_COUNT_HEADER: 'true', PRICING_CACHE_MS: '0' });
    const ca = await orderingCompany(t, 'Cart A', [BuyerRole.DIRECTOR, BuyerRole.PURCHASER]);
    [a, a2] = ca.buyers;
    b = (await orderingCompany(t, 'Cart B')).buyers[0];
    wh = await createWarehouse(t.ds);
  });
  afterAll(() => t.close());

  const add = async (token: string, input: Record<string, unknown>) => {
    const res = await t.shop<{
      addCartLines: {
        applied: number;
        rowErrors: { row: number; errorCode: string; field: string }[];
        adjustments: { row: number; baseQuantity: string }[];
        cart: { lines: Line[]; totals: { lineCount: number } };
      };
    }>(ADD, { input }, { token });
    if (res.errors.length) throw new Error(JSON.stringify(res.errors));
    return res.data!.addCartLines;
  };
  const clear = (token: string) => t.shop(`mutation { clearCart { id } }`, {}, { token });

  it('adds 150 typed rows in one mutation, reporting bad rows by number and rounding up to the multiplicity', async () => {
    await clear(a.token);
    const products: { id: string }[] = [];
    for (let i = 0; i < 150; i++)
      products.push(await stockedProduct(t.ds, wh.id, '1000', { orderStep: '5', minOrderQuantity: '10' }));
    const discontinued = await createProduct(t.ds, { active: false });
    const lines = products.map((p, i) => ({ productId: p.id, quantity: String(i === 7 ? 12 : 10) }));
    lines.push({ productId: discontinued.id, quantity: '1' });
    lines.push({ productId: products[0].id, quantity: '-3' });
    const result = await add(a.token, { lines });
    expect(result.applied).toBe(150);
    expect(result.rowErrors.map((e) => [e.row, e.errorCode])).toEqual([
      [151, 'DISCONTINUED'],
      [152, 'NOT_POSITIVE'],
    ]);
    expect(result.adjustments).toEqual([expect.objectContaining({ row: 8, baseQuantity: '15' })]);
    expect(result.cart.totals.lineCount).toBe(150);
    expect(result.cart.lines[7].baseQuantity).toBe('15');

    // REJECT: the buyer asked not to round; the row is refused with the nearest valid quantity.
    const rejected = await add(a.token, { lines: [{ productId: products[1].id, quantity: '12' }], rounding: 'REJECT' });
    expect(rejected.applied).toBe(0);
    expect(rejected.rowErrors[0]).toMatchObject({ row: 1, field: 'quantity', errorCode: 'NOT_MULTIPLE' });

    // Adding the same product again grows its line; all-or-nothing adds nothing when a row is bad.
    const again = await add(a.token, {
      lines: [
        { productId: products[0].id, quantity: '10' },
        { productId: discontinued.id, quantity: '1' },
      ],
      allOrNothing: true,
    });
    expect(again.applied).toBe(0);
    const grown = await add(a.token, { lines: [{ productId: products[0].id, quantity: '10' }] });
    expect(grown.cart.lines.find((l) => l.product.id === products[0].id)!.baseQuantity).toBe('20');
    expect(grown.cart.totals.lineCount).toBe(150);
  });

  it('prices lines with the personal price and breaks the totals down by VAT rate', async () => {
    await clear(a.token);
    const p22 = await stockedProduct(t.ds, wh.id, '100', { price: '122' });
    const p10 = await stockedProduct(t.ds, wh.id, '100', { price: '110', vatRate: '10' });
    const boxed = await stockedProduct(t.ds, wh.id, '100', { price: '10' });
    await addPackaging(t.ds, boxed.id, 'box', '12');
    const none = await stockedProduct(t.ds, wh.id, '100', { price: null });
    const { cart } = await add(a.token, {
      lines: [
        { productId: p22.id, quantity: '2' },
        { productId: p10.id, quantity: '1' },
        { productId: boxed.id, quantity: '2', packagingCode: 'box' },
        { productId: none.id, quantity: '1' },
      ],
    });
    void cart;
    const res = await t.shop<{
      cart: { totals: Record<string, unknown>; lines: (Line & { price: string | null; amount: string | null })[] };
    }>(
      `{ cart { totals { amount vat net unpricedLines vatBreakdown { rate net vat amount } } lines { price amount warning { code } } } }`,
      {},
      { token: a.token },
    );
    const c = res.data!.cart;
    // 2 × 122 + 110 + 2 boxes × 12 × 10; the unpriced line is not in the totals and says so.
    expect(c.lines.map((l) => [l.price, l.amount, l.warning?.code ?? null])).toEqual([
      ['122', '244', null],
      ['110', '110', null],
      ['120', '240', null],
      [null, null, 'NO_PRICE'],
    ]);
    expect(c.totals).toMatchObject({ amount: '594', vat: '97.28', unpricedLines: 1 });
    expect(c.totals.vatBreakdown).toEqual([
      { rate: '22', net: '396.72', vat: '87.28', amount: '484' },
      { rate: '10', net: '100', vat: '10', amount: '110' },
    ]);
  });

  it('changes one line in place and answers just that line with the totals', async () => {
    await clear(a.token);
    const p = await stockedProduct(t.ds, wh.id, '100', { orderStep: '10', minOrderQuantity: '10' });
    const { cart } = await add(a.token, { lines: [{ productId: p.id, quantity: '10' }] });
    const lineId = cart.lines[0].id;
    const ok = await t.shop<{
      updateCartLine: { __typename: string; line: Line; adjustment: { message: string } | null };
    }>(UPDATE, { input: { lineId, quantity: '25' } }, { token: a.token });
    expect(ok.data!.updateCartLine).toMatchObject({ __typename: 'CartLineUpdate', line: { baseQuantity: '30' } });
    expect(ok.data!.updateCartLine.adjustment?.message).toContain('rounded up to 30');
    const refused = await t.shop<{ updateCartLine: { __typename: string; suggestedQuantity: string } }>(
      UPDATE,
      { input: { lineId, quantity: '25', rounding: 'REJECT' } },
      { token: a.token },
    );
    expect(refused.data!.updateCartLine).toMatchObject({
      __typename: 'QuantityNotAllowedError',
      suggestedQuantity: '30',
    });
    const tooMuch = await t.shop<{ updateCartLine: { line: Line } }>(
      UPDATE,
      { input: { lineId, quantity: '200' } },
      { token: a.token },
    );
    expect(tooMuch.data!.updateCartLine.line.warning?.code).toBe('INSUFFICIENT_STOCK');
    // Another company's buyer cannot touch the line.
    const other = await t.shop<{ updateCartLine: { __typename: string } }>(
      UPDATE,
      { input: { lineId, quantity: '10' } },
      { token: b.token },
    );
    expect(other.data!.updateCartLine.__typename).toBe('NotFoundError');
  });

  it('warns about shortage and offers analogs in stock', async () => {
    await clear(a.token);
    const scarce = await stockedProduct(t.ds, wh.id, '3');
    const analog = await stockedProduct(t.ds, wh.id, '500');
    await t.ds.query(`INSERT INTO product_analog (product_id, analog_id, kind) VALUES ($1, $2, 'FULL')`, [
      scarce.id,
      analog.id,
    ]);
    await add(a.token, { lines: [{ productId: scarce.id, quantity: '10' }] });
    const res = await t.shop<{ cart: { warningCount: number; lines: Line[] } }>(
      `{ cart { ${CART_FIELDS} } }`,
      {},
      { token: a.token },
    );
    expect(res.data!.cart.warningCount).toBe(1);
    expect(res.data!.cart.lines[0].warning).toMatchObject({
      code: 'INSUFFICIENT_STOCK',
      available: '3',
      analogs: [{ sku: analog.sku }],
    });
  });

  it('quick order: resolves SKUs (any case, Cyrillic look-alikes) and barcodes, merges duplicates, suggests for unknown ones', async () => {
    await clear(a.token);
    const p1 = await stockedProduct(t.ds, wh.id, '1000', { sku: `QO-ABC-${Date.now() % 100000}` });
    const p2 = await stockedProduct(t.ds, wh.id, '1000');
    await addPackaging(t.ds, p2.id, 'box', '12', '4600000000017');
    await addBarcode(t.ds, p1.id, '4600000000024');
    const cyr = p1.sku.replace('A', 'А').replace('C', 'С').toLowerCase();
    const text = [
      `${p1.sku}\t10`,
      `${cyr}; 5`,
      `4600000000017 2`,
      `4600000000024,1`,
      `${p1.sku.slice(0, -1)}${p1.sku.endsWith('9') ? '8' : '9'} 3`, // one digit off: unknown, suggested
      `${p2.sku} 7 pallet`,
      `${p2.sku} abc`,
    ].join('\n');
    const res = await t.shop<{
      quickOrder: {
        applied: number;
        mergedRows: number;
        rowErrors: { row: number; errorCode: string }[];
        unknownSkus: { row: number; suggestions: string[] }[];
        cart: { lines: { product: { sku: string }; baseQuantity: string; packagingCode: string | null }[] };
      };
    }>(QUICK, { input: { text } }, { token: a.token });
    expect(res.errors).toEqual([]);
    const q = res.data!.quickOrder;
    expect(q.rowErrors.map((e) => [e.row, e.errorCode])).toEqual([
      [5, 'UNKNOWN_SKU'],
      [6, 'BAD_UNIT'],
      [7, 'BAD_QUANTITY'],
    ]);
    expect(q.unknownSkus[0].suggestions).toContain(p1.sku);
    expect(q.mergedRows).toBe(2);
    expect(q.cart.lines.map((l) => [l.product.sku, l.baseQuantity, l.packagingCode])).toEqual([
      [p1.sku, '16', null],
      [p2.sku, '24', 'box'],
    ]);
  });

  it('quick order warns with the availability the cart shows: active warehouses only, overdue holds released', async () => {
    await clear(a.token);
    const p = await stockedProduct(t.ds, wh.id, '10');
    const closed = await createWarehouse(t.ds, { active: false });
    await setStock(t.ds, p.id, closed.id, '50');
    // Another company holds 4 of the 10, and the hold is overdue (the expiry job has not run yet).
    const held = await t.shop<{ reserveStock: { id: string } }>(
      `mutation R($input: ReserveStockInput!) { reserveStock(input: $input) { ... on Reservation { id } } }`,
      { input: { productId: p.id, warehouseId: wh.id, quantity: '4' } },
      { token: b.token },
    );
    await t.ds.query(`UPDATE reservation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      held.data!.reserveStock.id,
    ]);
    const res = await t.shop<{
      quickOrder: {
        warnings: { row: number; errorCode: string; message: string }[];
        cart: { lines: { warning: { code: string; message: string } | null }[] };
      };
    }>(
      `mutation Q($input: QuickOrderInput!) { quickOrder(input: $input) {
        warnings { row errorCode message } cart { lines { warning { code message } } } } }`,
      { input: { text: `${p.sku} 12` } },
      { token: a.token },
    );
    expect(res.errors).toEqual([]);
    const q = res.data!.quickOrder;
    // 10 on hand, the overdue 4 counted as released, the closed warehouse's 50 not counted.
    expect(q.warnings).toEqual([
      { row: 1, errorCode: 'INSUFFICIENT_STOCK', message: expect.stringMatching(/^Only 10 .* available$/) },
    ]);
    expect(q.cart.lines.map((l) => l.warning)).toEqual([
      { code: 'INSUFFICIENT_STOCK', message: q.warnings[0].message },
    ]);
  });

  it('quick order adds lines after the cart’s last one, in the order typed, lines already there keeping theirs', async () => {
    await clear(a.token);
    const products = [];
    for (let i = 0; i < 5; i++) products.push(await stockedProduct(t.ds, wh.id, '1000'));
    const [p1, p2, p3, p4, p5] = products;
    const order = (text: string) =>
      t.shop<{
        quickOrder: {
          applied: number;
          cart: { lines: { position: number; quantity: string; product: { sku: string } }[] };
        };
      }>(
        `mutation Q($input: QuickOrderInput!) { quickOrder(input: $input) {
          applied cart { lines { position quantity product { sku } } } } }`,
        { input: { text } },
        { token: a.token },
      );
    expect((await order(`${p1.sku} 1\n${p2.sku} 1`)).data!.quickOrder.applied).toBe(2);
    // The last line there (p2) comes again first; four lines are priced and written in two halves.
    const res = await order(`${p2.sku} 1\n${p3.sku} 1\n${p4.sku} 1\n${p5.sku} 1`);
    expect(res.errors).toEqual([]);
    expect(res.data!.quickOrder.cart.lines.map((l) => [l.position, l.product.sku, l.quantity])).toEqual([
      [1, p1.sku, '1'],
      [2, p2.sku, '2'],
      [4, p3.sku, '1'],
      [5, p4.sku, '1'],
      [6, p5.sku, '1'],
    ]);
  });

  it('quick order refuses a list over the line limit as a whole', async () => {
    const text = Array.from({ length: 5001 }, (_, i) => `SKU-${i} 1`).join('\n');
    const res = await t.shop(QUICK, { input: { text } }, { token: a.token });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors[0].extensions?.field).toBe('input.text');
  });

  it('an accountant has no cart; a purchaser has his own', async () => {
    const acc = (await orderingCompany(t, 'Cart C', [BuyerRole.ACCOUNTANT])).buyers[0];
    expect(errorCode(await t.shop(`{ cart { id } }`, {}, { token: acc.token }))).toBe('FORBIDDEN');
    const mine = await t.shop<{ cart: { id: string } }>(`{ cart { id } }`, {}, { token: a.token });
    const his = await t.shop<{ cart: { id: string } }>(`{ cart { id } }`, {}, { token: a2.token });
    expect(mine.data!.cart.id).not.toBe(his.data!.cart.id);
  });

  it('reads and fills a cart in a fixed number of SQL statements, whatever its size', async () => {
    await clear(a.token);
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) ids.push((await stockedProduct(t.ds, wh.id, i % 2 ? '10' : '0')).id);
    const READ = `{ cart { ${CART_FIELDS} } }`;
    const ADD_IDS = `mutation A($ids: [CartLineInput!]!) { addCartLines(input: { lines: $ids }) { applied } }`;
    const addFew = await shopWithSqlCount(t, a.token, ADD_IDS, {
      ids: ids.slice(0, 3).map((id) => ({ productId: id, quantity: '20' })),
    });
    const readFew = await shopWithSqlCount(t, a.token, READ);
    const addMany = await shopWithSqlCount(t, a.token, ADD_IDS, {
      ids: ids.slice(3).map((id) => ({ productId: id, quantity: '20' })),
    });
    const readMany = await shopWithSqlCount<{ cart: { lines: Line[] } }>(t, a.token, READ);
    expect(readMany.data.cart.lines).toHaveLength(60);
    expect(readMany.data.cart.lines.every((l) => l.warning)).toBe(true);
    expect(addMany.statements).toBe(addFew.statements);
    expect(readMany.statements).toBe(readFew.statements);
  });
});
