import { randomUUID } from 'node:crypto';
import { BuyerRole, StaffRole } from '../../src/common/auth/permissions';
import { loginBuyer, loginStaff } from '../helpers/auth';
import { createCategory, createWarehouse } from '../helpers/catalog-factories';
import { createBuyer, createStaff } from '../helpers/factories';
import { orderingCompany, OrderingBuyer, stockedProduct } from '../helpers/order-fixtures';
import { shopWithSqlCount } from '../helpers/sql-count';
import { PLACE } from '../helpers/order-queries';
import { createTestApp, TestApp } from '../helpers/test-app';

const ADD = `mutation A($lines: [CartLineInput!]!) { addCartLines(input: { lines: $lines }) { applied rowErrors { row errorCode } } }`;

interface Submission {
  __typename: string;
  id: string;
  number: string;
  total: string;
  approvalStatus: string;
  errorCode?: string;
  lines?: { sku: string; problem: string }[];
  orders: {
    id: string;
    number: string;
    status: string;
    warehouse: { id: string } | null;
    divisionName: string | null;
    lineCount: number;
    nextStatuses: string[];
    lines: { sku: string; quantity: string; price: string; amount: string }[];
    history: { toStatus: string; actorKind: string }[];
  }[];
}

describe('placing orders', () => {
  let t: TestApp;
  let a: OrderingBuyer;
  let whA: { id: string };
  let whB: { id: string };
  let staffToken: string;

  beforeAll(async () => {
    // Statement counts are compared: no reuse of a prepared contract between requests.
    t = await createTestApp({ SQL_COUNT_HEADER: 'true', DATABASE_POOL_SIZE: '20', PRICING_CACHE_MS: '0' });
    a = (await orderingCompany(t, 'Orders A')).buyers[0];
    whA = await createWarehouse(t.ds, { name: 'Москва' });
    whB = await createWarehouse(t.ds, { name: 'Казань' });
    staffToken = (await loginStaff(t, (await createStaff(t.ds, StaffRole.ADMIN)).email)).token;
  });
  afterAll(() => t.close());

  const add = async (token: string, lines: Record<string, unknown>[]) => {
    const res = await t.shop<{ addCartLines: { applied: number } }>(ADD, { lines }, { token });
    if (res.errors.length) throw new Error(JSON.stringify(res.errors));
    return res.data!.addCartLines;
  };
  const place = async (token: string, input: Record<string, unknown> = {}) => {
    const res = await t.shop<{ placeOrder: Submission }>(
      PLACE,
      { input: { idempotencyKey: randomUUID(), ...input } },
      { token },
    );
    if (res.errors.length) throw new Error(JSON.stringify(res.errors));
    return res.data!.placeOrder;
  };
  const stock = async (productId: string, warehouseId: string) => {
    const [row] = await t.ds.query<{ on_hand: string; reserved: string }[]>(
      `SELECT on_hand::text, reserved::text FROM stock_level WHERE product_id = $1 AND warehouse_id = $2`,
      [productId, warehouseId],
    );
    return [Number(row.on_hand), Number(row.reserved)];
  };

  it('splits by the staff’s rules into numbered sub-orders, reserves stock and empties the cart', async () => {
    const tools = await createCategory(t.ds, { name: 'Инструмент' });
    const drills = await createCategory(t.ds, { name: 'Дрели', parentId: tools.id });
    const le = await t.admin<{ createSellerLegalEntity: { id: string } }>(
      `mutation { createSellerLegalEntity(input: { name: "ООО Продавец-Инструмент", inn: "7700000001" }) { id } }`,
      {},
      { token: staffToken },
    );
    const div = await t.admin<{ createSellerDivision: { id: string } }>(
      `mutation D($le: ID) { createSellerDivision(input: { name: "Инструмент", sellerLegalEntityId: $le }) { id } }`,
      { le: le.data!.createSellerLegalEntity.id },
      { token: staffToken },
    );
    const saved = await t.admin<{ saveSplitRules: { rules: { id: string }[]; problems: string[] } }>(
      `mutation S($rules: [SplitRuleInput!]!) { saveSplitRules(rules: $rules) { rules { id kind } problems } }`,
      {
        rules: [
          { kind: 'WAREHOUSE', name: 'По складам' },
          {
            kind: 'CATEGORY',
            name: 'Инструмент',
            categoryIds: [tools.id],
            divisionId: div.data!.createSellerDivision.id,
          },
        ],
      },
      { token: staffToken },
    );
    expect(saved.data!.saveSplitRules.problems).toEqual([]);

    const drill = await stockedProduct(t.ds, whA.id, '10', { categoryId: drills.id, price: '5000' });
    const screws = await stockedProduct(t.ds, whA.id, '1000', { price: '2.5' });
    const cable = await stockedProduct(t.ds, whB.id, '500', { price: '80' });
    await add(a.token, [
      { productId: screws.id, quantity: '200' },
      { productId: drill.id, quantity: '2' },
      { productId: cable.id, quantity: '50' },
    ]);
    const s = await place(a.token, { poNumber: 'PO-77', comment: 'Въезд со двора', desiredDate: '2099-01-10' });
    expect(s.__typename).toBe('OrderSubmission');
    expect(s.number).toMatch(/^\d{4}-\d{6}$/);
    expect(s.total).toBe(String(200 * 2.5 + 2 * 5000 + 50 * 80));
    // Screws at Moscow, the drill at Moscow but of the tools division, the cable at Kazan: three sub-orders.
    expect(s.orders.map((o) => [o.number, o.status, o.divisionName, o.lineCount])).toEqual([
      [`${s.number}-1`, 'NEW', null, 1],
      [`${s.number}-2`, 'NEW', 'Инструмент', 1],
      [`${s.number}-3`, 'NEW', null, 1],
    ]);
    expect(s.orders[2].warehouse?.id).toBe(whB.id);
    expect(s.orders[0].history).toMatchObject([{ toStatus: 'NEW', actorKind: 'buyer' }]);
    expect(s.orders[0].nextStatuses).toEqual(['CANCELLED']);
    expect(await stock(drill.id, whA.id)).toEqual([10, 2]);
    const cart = await t.shop<{ cart: { totals: { lineCount: number } } }>(
      `{ cart { totals { lineCount } } }`,
      {},
      { token: a.token },
    );
    expect(cart.data!.cart.totals.lineCount).toBe(0);
    await t.admin(`mutation { saveSplitRules(rules: []) { problems } }`, {}, { token: staffToken });
  });

  it('refuses what cannot be had, naming the lines, and reserves nothing', async () => {
    const scarce = await stockedProduct(t.ds, whA.id, '3');
    const plenty = await stockedProduct(t.ds, whA.id, '100');
    const unpriced = await stockedProduct(t.ds, whA.id, '100', { price: null });
    await add(a.token, [
      { productId: plenty.id, quantity: '5' },
      { productId: unpriced.id, quantity: '1' },
    ]);
    const noPrice = await place(a.token);
    expect(noPrice).toMatchObject({
      __typename: 'OrderLinesError',
      errorCode: 'CART_INVALID',
      lines: [{ problem: 'NO_PRICE' }],
    });
    await t.shop(`mutation { clearCart { id } }`, {}, { token: a.token });
    await add(a.token, [
      { productId: plenty.id, quantity: '5' },
      { productId: scarce.id, quantity: '4' },
    ]);
    const short = await place(a.token);
    expect(short).toMatchObject({
      __typename: 'OrderLinesError',
      errorCode: 'INSUFFICIENT_STOCK',
      lines: [{ sku: expect.any(String), problem: 'INSUFFICIENT_STOCK' }],
    });
    expect(await stock(plenty.id, whA.id)).toEqual([100, 0]);
    const empty = await t.shop<{ placeOrder: Submission }>(
      PLACE,
      { input: { idempotencyKey: randomUUID() } },
      { token: (await orderingCompany(t, 'Empty')).buyers[0].token },
    );
    expect(empty.data!.placeOrder.errorCode).toBe('CART_EMPTY');
    const pickup = await place(a.token, { pickupWarehouseId: whA.id });
    expect(pickup).toMatchObject({ __typename: 'CheckoutRefusedError', field: 'pickupWarehouseId' });
    await t.shop(`mutation { clearCart { id } }`, {}, { token: a.token });
  });

  it('makes a double submit one order', async () => {
    const p = await stockedProduct(t.ds, whA.id, '100');
    await add(a.token, [{ productId: p.id, quantity: '7' }]);
    const key = randomUUID();
    const [first, second] = await Promise.all([
      t.shop<{ placeOrder: Submission }>(PLACE, { input: { idempotencyKey: key } }, { token: a.token }),
      t.shop<{ placeOrder: Submission }>(PLACE, { input: { idempotencyKey: key } }, { token: a.token }),
    ]);
    expect(first.data!.placeOrder.__typename).toBe('OrderSubmission');
    expect(second.data!.placeOrder.id).toBe(first.data!.placeOrder.id);
    const again = await t.shop<{ placeOrder: Submission }>(
      PLACE,
      { input: { idempotencyKey: key } },
      { token: a.token },
    );
    expect(again.data!.placeOrder.id).toBe(first.data!.placeOrder.id);
    expect(await stock(p.id, whA.id)).toEqual([100, 7]);
  });

  it('places in the same number of SQL statements for 3 lines and for 120', async () => {
    const products: { id: string }[] = [];
    for (let i = 0; i < 120; i++) products.push(await stockedProduct(t.ds, i % 3 ? whA.id : whB.id, '50'));
    const count = async (n: number) => {
      await add(
        a.token,
        products.slice(0, n).map((p) => ({ productId: p.id, quantity: '1' })),
      );
      const r = await shopWithSqlCount<{ placeOrder: Submission }>(t, a.token, PLACE, {
        input: { idempotencyKey: randomUUID() },
      });
      expect(r.data.placeOrder.orders.reduce((s, o) => s + o.lineCount, 0)).toBe(n);
      return r.statements;
    };
    const few = await count(3);
    const many = await count(120);
    expect(many).toBe(few);
  });

  it('never oversells: 200 concurrent orders for 50 units → exactly 50 placed, no raw errors', async () => {
    const p = await stockedProduct(t.ds, whA.id, '50');
    const company = await orderingCompany(t, 'Crowd');
    const tokens: string[] = [];
    // Two hundred buyers with carts of their own (logins ten at a time: each checks an argon2 hash).
    for (let i = 0; i < 200; i += 10) {
      const batch = await Promise.all(
        Array.from({ length: 10 }, async () => {
          const b = await createBuyer(t.ds, [{ companyId: company.company.id, role: BuyerRole.PURCHASER }]);
          return (await loginBuyer(t, b.email)).token;
        }),
      );
      tokens.push(...batch);
    }
    await Promise.all(tokens.map((token) => add(token, [{ productId: p.id, quantity: '1' }])));
    const results = await Promise.all(
      tokens.map((token) =>
        t.shop<{ placeOrder: Submission }>(PLACE, { input: { idempotencyKey: randomUUID() } }, { token }),
      ),
    );
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    const placed = results.filter((r) => r.data!.placeOrder.__typename === 'OrderSubmission');
    const refused = results.filter((r) => r.data!.placeOrder.errorCode === 'INSUFFICIENT_STOCK');
    expect([placed.length, refused.length]).toEqual([50, 150]);
    expect(await stock(p.id, whA.id)).toEqual([50, 50]);
    const [{ n }] = await t.ds.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM stock_level WHERE on_hand < 0 OR reserved > on_hand`,
    );
    expect(Number(n)).toBe(0);
  }, 300_000);
});
