import { BuyerRole, StaffRole } from '../../src/common/auth/permissions';
import { JobsService } from '../../src/common/jobs/jobs.service';
import { EXPIRE_DUE_JOB } from '../../src/modules/inventory/reservation.service';
import { RequestContext } from '../../src/common/context/request-context';
import { loginBuyer, loginStaff } from '../helpers/auth';
import { createProduct, createWarehouse, setStock } from '../helpers/catalog-factories';
import { createBuyer, createCompany, createStaff } from '../helpers/factories';
import { createTestApp, errorCode, TestApp } from '../helpers/test-app';

const RESERVE = `mutation R($input: ReserveStockInput!) {
  reserveStock(input: $input) {
    __typename
    ... on Reservation { id quantity status expiresAt secondsLeft warehouse { id } product { id sku } }
    ... on ErrorResult { errorCode message }
    ... on InsufficientStockError { available }
    ... on QuantityNotAllowedError { problem suggestedQuantity }
  }
}`;
const LIST = `{ reservations(take: 100) { totalCount items { id status quantity product { id } } } }`;
const CARD = `query C($id: ID!) { catalogProduct(id: $id) { availability { total byWarehouse { warehouse { id } available } } } }`;
const EXTEND = `mutation E($id: ID!, $h: Int) { extendReservation(id: $id, hours: $h) { __typename ... on Reservation { expiresAt secondsLeft } ... on ErrorResult { errorCode } } }`;
const RELEASE = `mutation X($id: ID!) { releaseReservation(id: $id) { __typename ... on Reservation { status } ... on ErrorResult { errorCode } } }`;

interface Reservation {
  __typename: string;
  id: string;
  quantity: string;
  status: string;
  secondsLeft: number;
  errorCode?: string;
  available?: string;
  problem?: string;
  suggestedQuantity?: string;
}

describe('reservations', () => {
  let t: TestApp;
  let tokenA: string;
  let tokenA2: string;
  let tokenB: string;
  let warehouse: { id: string };

  beforeAll(async () => {
    t = await createTestApp({ RESERVATION_MAX_HOURS: '72', JOB_POLL_SECONDS: '1', DATABASE_POOL_SIZE: '20' });
    const a = await createCompany(t.ds, { name: 'Company A' });
    const b = await createCompany(t.ds, { name: 'Company B' });
    tokenA = (await loginBuyer(t, (await createBuyer(t.ds, [{ companyId: a.id }])).email)).token;
    tokenA2 = (await loginBuyer(t, (await createBuyer(t.ds, [{ companyId: a.id, role: BuyerRole.PURCHASER }])).email))
      .token;
    tokenB = (await loginBuyer(t, (await createBuyer(t.ds, [{ companyId: b.id }])).email)).token;
    warehouse = await createWarehouse(t.ds);
  });
  afterAll(() => t.close());

  const reserve = (token: string, input: Record<string, unknown>) =>
    t.shop<{ reserveStock: Reservation }>(RESERVE, { input }, { token }).then((r) => {
      if (r.errors.length) throw new Error(JSON.stringify(r.errors));
      return r.data!.reserveStock;
    });

  const stockRow = async (productId: string) => {
    const [row] = await t.ds.query<{ on_hand: string; reserved: string }[]>(
      `SELECT on_hand::text, reserved::text FROM stock_level WHERE product_id = $1 AND warehouse_id = $2`,
      [productId, warehouse.id],
    );
    return { onHand: Number(row.on_hand), reserved: Number(row.reserved) };
  };

  it('never over-reserves: 200 concurrent reservations of 1 for 50 available → exactly 50', async () => {
    const product = await createProduct(t.ds);
    await setStock(t.ds, product.id, warehouse.id, '50');
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        reserve(i % 2 ? tokenA : tokenB, { productId: product.id, warehouseId: warehouse.id, quantity: '1' }),
      ),
    );
    const ok = results.filter((r) => r.__typename === 'Reservation');
    const refused = results.filter((r) => r.__typename === 'InsufficientStockError');
    expect(ok).toHaveLength(50);
    expect(refused).toHaveLength(150);
    expect(refused.every((r) => r.available === '0')).toBe(true);
    const stock = await stockRow(product.id);
    expect(stock).toEqual({ onHand: 50, reserved: 50 });
    const [{ n, sum }] = await t.ds.query<{ n: string; sum: string }[]>(
      `SELECT count(*) AS n, sum(quantity)::text AS sum FROM reservation WHERE product_id = $1 AND status = 'ACTIVE'`,
      [product.id],
    );
    expect([Number(n), Number(sum)]).toEqual([50, 50]);
    const [summary] = await t.ds.query<{ available: string }[]>(
      `SELECT available::text FROM product_stock WHERE product_id = $1`,
      [product.id],
    );
    expect(Number(summary.available)).toBe(0);
  });

  it('keeps reservations company-private, yet counts them in everybody’s availability', async () => {
    const product = await createProduct(t.ds);
    await setStock(t.ds, product.id, warehouse.id, '10');
    const mine = await reserve(tokenA, { productId: product.id, warehouseId: warehouse.id, quantity: '4' });
    expect(mine.__typename).toBe('Reservation');

    // A colleague in company A sees it; company B does not, in lists or by id.
    const listA2 = await t.shop<{ reservations: { items: { id: string }[] } }>(LIST, {}, { token: tokenA2 });
    expect(listA2.data!.reservations.items.map((r) => r.id)).toContain(mine.id);
    const listB = await t.shop<{ reservations: { items: { id: string }[] } }>(LIST, {}, { token: tokenB });
    expect(listB.data!.reservations.items.map((r) => r.id)).not.toContain(mine.id);
    for (const mutation of [EXTEND, RELEASE]) {
      const res = await t.shop<Record<string, { errorCode: string }>>(
        mutation,
        { id: mine.id, h: 2 },
        { token: tokenB },
      );
      expect(Object.values(res.data!)[0].errorCode).toBe('NOT_FOUND');
    }
    // …but B's availability is reduced by A's hold.
    const cardB = await t.shop<{ catalogProduct: { availability: { total: string } } }>(
      CARD,
      { id: product.id },
      { token: tokenB },
    );
    expect(cardB.data!.catalogProduct.availability.total).toBe('6');
    const tooMuch = await reserve(tokenB, { productId: product.id, warehouseId: warehouse.id, quantity: '7' });
    expect(tooMuch).toMatchObject({ __typename: 'InsufficientStockError', available: '6' });

    // Without a token: nothing.
    expect(errorCode(await t.shop(LIST))).toBe('UNAUTHENTICATED');
    expect(
      errorCode(await t.shop(RESERVE, { input: { productId: product.id, warehouseId: warehouse.id, quantity: '1' } })),
    ).toBe('UNAUTHENTICATED');
  });

  it('checks multiplicity, minimum and packaging units, with the nearest valid quantity', async () => {
    const product = await createProduct(t.ds, { orderStep: '200', minOrderQuantity: '200' });
    await t.ds.query(
      `INSERT INTO product_packaging (product_id, code, name, factor) VALUES ($1, 'box', 'Коробка', 200)`,
      [product.id],
    );
    await setStock(t.ds, product.id, warehouse.id, '10000');
    const base = { productId: product.id, warehouseId: warehouse.id };
    expect(await reserve(tokenA, { ...base, quantity: '250' })).toMatchObject({
      __typename: 'QuantityNotAllowedError',
      errorCode: 'QUANTITY_NOT_ALLOWED',
      problem: 'NOT_MULTIPLE',
      suggestedQuantity: '400',
    });
    expect(await reserve(tokenA, { ...base, quantity: '2', packagingCode: 'box' })).toMatchObject({
      __typename: 'Reservation',
      quantity: '400',
    });
    expect(await reserve(tokenA, { ...base, quantity: '1', packagingCode: 'pallet' })).toMatchObject({
      problem: 'UNKNOWN_PACKAGING',
    });
    // Fractional units: sand in tons, half a ton at a time.
    const sand = await createProduct(t.ds, { unitCode: 't', orderStep: '0.5', minOrderQuantity: '1' });
    await setStock(t.ds, sand.id, warehouse.id, '20.5');
    expect(await reserve(tokenA, { productId: sand.id, warehouseId: warehouse.id, quantity: '2.5' })).toMatchObject({
      __typename: 'Reservation',
      quantity: '2.5',
    });
    expect(await reserve(tokenA, { productId: sand.id, warehouseId: warehouse.id, quantity: '2.25' })).toMatchObject({
      problem: 'NOT_MULTIPLE',
      suggestedQuantity: '2.5',
    });
  });

  it('refuses more hours than the configured maximum, naming the field', async () => {
    const product = await createProduct(t.ds);
    await setStock(t.ds, product.id, warehouse.id, '5');
    const res = await t.shop(
      RESERVE,
      { input: { productId: product.id, warehouseId: warehouse.id, quantity: '1', hours: 100 } },
      { token: tokenA },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors[0].extensions?.field).toBe('input.hours');
  });

  it('refuses to extend by zero or negative hours, naming the field, and leaves the hold as it was', async () => {
    const product = await createProduct(t.ds);
    await setStock(t.ds, product.id, warehouse.id, '5');
    const r = await reserve(tokenA, { productId: product.id, warehouseId: warehouse.id, quantity: '1', hours: 5 });
    for (const h of [0, -3]) {
      const res = await t.shop(EXTEND, { id: r.id, h }, { token: tokenA });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors[0].extensions?.field).toBe('hours');
    }
    const list = await t.shop<{ reservations: { items: { id: string; status: string }[] } }>(
      LIST,
      {},
      { token: tokenA },
    );
    expect(list.data!.reservations.items.find((i) => i.id === r.id)?.status).toBe('ACTIVE');
    const [row] = await t.ds.query<{ left: number }[]>(
      `SELECT extract(epoch FROM expires_at - now())::int AS left FROM reservation WHERE id = $1`,
      [r.id],
    );
    expect(row.left).toBeGreaterThan(4 * 3600);
    // Creating a hold with zero hours is refused the same way.
    const zero = await t.shop(
      RESERVE,
      { input: { productId: product.id, warehouseId: warehouse.id, quantity: '1', hours: 0 } },
      { token: tokenA },
    );
    expect(errorCode(zero)).toBe('BAD_USER_INPUT');
  });

  it('tells every buyer role the reservation policy (default and maximum hours)', async () => {
    const accountant = await createBuyer(t.ds, [
      { companyId: (await createCompany(t.ds)).id, role: BuyerRole.ACCOUNTANT },
    ]);
    const { token } = await loginBuyer(t, accountant.email);
    for (const tk of [tokenA, tokenB, token]) {
      const res = await t.shop<{ reservationPolicy: { defaultHours: number; maxHours: number } }>(
        `{ reservationPolicy { defaultHours maxHours } }`,
        {},
        { token: tk },
      );
      expect(res.data!.reservationPolicy).toEqual({ defaultHours: 24, maxHours: 72 });
    }
    expect(errorCode(await t.shop(`{ reservationPolicy { maxHours } }`))).toBe('UNAUTHENTICATED');
  });

  it('lets an accountant see the company’s reservations but not reserve, extend or release', async () => {
    const product = await createProduct(t.ds);
    await setStock(t.ds, product.id, warehouse.id, '5');
    const r = await reserve(tokenA, { productId: product.id, warehouseId: warehouse.id, quantity: '1' });
    const companyA = await t.ds.query<{ company_id: string }[]>(`SELECT company_id FROM reservation WHERE id = $1`, [
      r.id,
    ]);
    const accountant = await createBuyer(t.ds, [{ companyId: companyA[0].company_id, role: BuyerRole.ACCOUNTANT }]);
    const { token } = await loginBuyer(t, accountant.email);
    const list = await t.shop<{ reservations: { items: { id: string }[] } }>(LIST, {}, { token });
    expect(list.data!.reservations.items.map((i) => i.id)).toContain(r.id);
    expect(
      errorCode(
        await t.shop(
          RESERVE,
          { input: { productId: product.id, warehouseId: warehouse.id, quantity: '1' } },
          { token },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await t.shop(EXTEND, { id: r.id, h: 2 }, { token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.shop(RELEASE, { id: r.id }, { token }))).toBe('FORBIDDEN');
  });

  it('extends and releases; a released hold gives its stock back', async () => {
    const product = await createProduct(t.ds);
    await setStock(t.ds, product.id, warehouse.id, '10');
    const r = await reserve(tokenA, { productId: product.id, warehouseId: warehouse.id, quantity: '3', hours: 1 });
    const ext = await t.shop<{ extendReservation: { __typename: string; secondsLeft: number } }>(
      EXTEND,
      { id: r.id, h: 48 },
      { token: tokenA2 },
    );
    expect(ext.data!.extendReservation.__typename).toBe('Reservation');
    expect(ext.data!.extendReservation.secondsLeft).toBeGreaterThan(47 * 3600);
    const rel = await t.shop<{ releaseReservation: { status: string } }>(RELEASE, { id: r.id }, { token: tokenA });
    expect(rel.data!.releaseReservation.status).toBe('RELEASED');
    expect(await stockRow(product.id)).toEqual({ onHand: 10, reserved: 0 });
    const again = await t.shop<{ releaseReservation: { errorCode: string } }>(RELEASE, { id: r.id }, { token: tokenA });
    expect(again.data!.releaseReservation.errorCode).toBe('RESERVATION_NOT_ACTIVE');
  });

  it('ignores overdue holds in availability even before the job ran (expiry by query)', async () => {
    const product = await createProduct(t.ds);
    await setStock(t.ds, product.id, warehouse.id, '10');
    const r = await reserve(tokenA, { productId: product.id, warehouseId: warehouse.id, quantity: '8' });
    await t.ds.query(`UPDATE reservation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [r.id]);
    // The job has not run: the row is still ACTIVE and stock_level still counts it…
    expect(await stockRow(product.id)).toEqual({ onHand: 10, reserved: 8 });
    // …yet buyers see it as expired and the stock as available, and can reserve it.
    const card = await t.shop<{ catalogProduct: { availability: { total: string } } }>(
      CARD,
      { id: product.id },
      { token: tokenB },
    );
    expect(card.data!.catalogProduct.availability.total).toBe('10');
    const list = await t.shop<{ reservations: { items: { id: string; status: string }[] } }>(
      LIST,
      {},
      { token: tokenA },
    );
    expect(list.data!.reservations.items.find((i) => i.id === r.id)?.status).toBe('EXPIRED');
    const other = await reserve(tokenB, { productId: product.id, warehouseId: warehouse.id, quantity: '10' });
    expect(other.__typename).toBe('Reservation');
    expect(await stockRow(product.id)).toEqual({ onHand: 10, reserved: 10 });
  });

  it('expires holds by the pg-boss job', async () => {
    const product = await createProduct(t.ds);
    await setStock(t.ds, product.id, warehouse.id, '10');
    const r = await reserve(tokenA, { productId: product.id, warehouseId: warehouse.id, quantity: '6', hours: 1 });
    // The per-reservation job is queued for the expiry time, in the reservation's transaction.
    const [job] = await t.ds.query<{ start_after: Date }[]>(
      `SELECT start_after FROM pgboss.job WHERE name = 'reservation-expire' AND data->>'reservationId' = $1`,
      [r.id],
    );
    const [reservation] = await t.ds.query<{ expires_at: Date }[]>(`SELECT expires_at FROM reservation WHERE id = $1`, [
      r.id,
    ]);
    expect(Math.abs(job.start_after.getTime() - reservation.expires_at.getTime())).toBeLessThan(1000);

    await t.ds.query(`UPDATE reservation SET expires_at = now() - interval '1 second' WHERE id = $1`, [r.id]);
    const jobs = t.app.get(JobsService);
    expect(jobs.running).toBe(true);
    await jobs.send(RequestContext.forSystem(), EXPIRE_DUE_JOB, {});
    const deadline = Date.now() + 15_000;
    let status = 'ACTIVE';
    while (status === 'ACTIVE' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      [{ status }] = await t.ds.query<{ status: string }[]>(`SELECT status FROM reservation WHERE id = $1`, [r.id]);
    }
    expect(status).toBe('EXPIRED');
    expect(await stockRow(product.id)).toEqual({ onHand: 10, reserved: 0 });
  });

  it('lets staff see every company’s reservations and release one with a reason', async () => {
    const staff = await createStaff(t.ds, StaffRole.CATALOG_MANAGER);
    const { token } = await loginStaff(t, staff.email);
    const product = await createProduct(t.ds);
    await setStock(t.ds, product.id, warehouse.id, '10');
    const a = await reserve(tokenA, { productId: product.id, warehouseId: warehouse.id, quantity: '1' });
    const b = await reserve(tokenB, { productId: product.id, warehouseId: warehouse.id, quantity: '2' });
    const list = await t.admin<{ reservations: { items: { id: string; company: { name: string } }[] } }>(
      `query Q($f: AdminReservationFilterInput) { reservations(filter: $f) { items { id company { name } } } }`,
      { f: { productId: product.id } },
      { token },
    );
    expect(list.data!.reservations.items.map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
    const rel = await t.admin<{ releaseReservation: { status: string } }>(
      `mutation { releaseReservation(id: "${b.id}", reason: "Клиент попросил") { status } }`,
      {},
      { token },
    );
    expect(rel.data!.releaseReservation.status).toBe('RELEASED');
    const [audit] = await t.ds.query<{ reason: string }[]>(
      `SELECT reason FROM audit_event WHERE action = 'reservation.released' AND entity_id = $1`,
      [b.id],
    );
    expect(audit.reason).toBe('Клиент попросил');
  });
});
