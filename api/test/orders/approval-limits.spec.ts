import { randomUUID } from 'node:crypto';
import { BuyerRole, StaffRole } from '../../src/common/auth/permissions';
import { RequestContext } from '../../src/common/context/request-context';
import { JobsService } from '../../src/common/jobs/jobs.service';
import { APPROVAL_EXPIRE_DUE_JOB, OrderApprovalService } from '../../src/modules/orders/order-approval.service';
import { monthStartSql } from '../../src/modules/orders/order-limits';
import { loginBuyer, loginStaff } from '../helpers/auth';
import { createWarehouse } from '../helpers/catalog-factories';
import { createContract, createStaff } from '../helpers/factories';
import { orderingCompany, OrderingBuyer, stockedProduct } from '../helpers/order-fixtures';
import { PLACE, SUBMISSION } from '../helpers/order-queries';
import { TestSmtp } from '../helpers/smtp';
import { createTestApp, TestApp } from '../helpers/test-app';

interface Reason {
  kind: string;
  limit: string;
  orderTotal: string;
  monthSpent: string | null;
}
interface Sub {
  __typename: string;
  id: string;
  number: string;
  total: string;
  approvalStatus: string;
  approvalReasons: Reason[];
  orders: { id: string; status: string; history: { toStatus: string; comment: string | null }[] }[];
}
const PLACE_WITH_REASONS = PLACE.replace(
  'approvalStatus',
  'approvalStatus approvalReasons { kind limit orderTotal monthSpent }',
);
const CANCEL = `mutation C($id: ID!) { cancelOrder(orderId: $id) { __typename ... on OrderSubmission { ${SUBMISSION} } } }`;
const REJECT = `mutation R($id: ID!) { rejectOrder(submissionId: $id, comment: "не в этом месяце") { __typename } }`;

describe('monthly order limit', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let director: OrderingBuyer;
  let purchaser: OrderingBuyer;
  let companyId: string;
  let wh: { id: string };

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_SWEEP_SECONDS: '0', SHOP_TIME_ZONE: 'Europe/Moscow' });
    const a = await orderingCompany(t, 'Monthly A', [BuyerRole.DIRECTOR, BuyerRole.PURCHASER]);
    companyId = a.company.id;
    [director, purchaser] = a.buyers;
    wh = await createWarehouse(t.ds);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const setLimits = (userId: string, orderLimit: string | null, monthlyLimit: string | null) =>
    t.ds.query(`UPDATE company_member SET order_limit = $2, monthly_limit = $3 WHERE buyer_user_id = $1`, [
      userId,
      orderLimit,
      monthlyLimit,
    ]);
  const place = async (token: string, productId: string, quantity: string): Promise<Sub> => {
    await t.shop(
      `mutation A($l: [CartLineInput!]!) { addCartLines(input: { lines: $l }) { applied } }`,
      { l: [{ productId, quantity }] },
      { token },
    );
    const res = await t.shop<{ placeOrder: Sub }>(
      PLACE_WITH_REASONS,
      { input: { idempotencyKey: randomUUID() } },
      { token },
    );
    if (res.errors.length) throw new Error(JSON.stringify(res.errors));
    return res.data!.placeOrder;
  };
  const clearMonth = () =>
    t.ds.query(`UPDATE sales_order SET created_at = created_at - interval '400 days' WHERE buyer_user_id = $1`, [
      purchaser.userId,
    ]);

  it('an order taking the month above the monthly limit waits for a director, who is told which limit', async () => {
    await clearMonth();
    await setLimits(purchaser.userId, null, '1000');
    await t.ds.query(`UPDATE buyer_user SET locale = 'ru' WHERE id = $1`, [director.userId]);
    const p = await stockedProduct(t.ds, wh.id, '1000', { price: '100' });
    const first = await place(purchaser.token, p.id, '4');
    const second = await place(purchaser.token, p.id, '5');
    expect([first.approvalStatus, second.approvalStatus]).toEqual(['NOT_REQUIRED', 'NOT_REQUIRED']);
    expect(second.approvalReasons).toEqual([]);

    const third = await place(purchaser.token, p.id, '2');
    expect(third.approvalStatus).toBe('PENDING');
    expect(third.orders[0].status).toBe('AWAITING_APPROVAL');
    expect(third.approvalReasons).toEqual([
      { kind: 'MONTHLY_LIMIT', limit: '1000', orderTotal: '200', monthSpent: '900' },
    ]);
    expect(third.orders[0].history[0].comment).toBe(
      'Awaiting approval: monthly limit ₽1,000, this month ₽900 + this order ₽200',
    );
    // The director sees the same reason on the order, in the app and in the e-mail (in his language).
    const seen = await t.shop<{ orderSubmission: Sub }>(
      `query Q($id: ID!) { orderSubmission(id: $id) { approvalStatus approvalReasons { kind limit orderTotal monthSpent } } }`,
      { id: third.id },
      { token: director.token },
    );
    expect(seen.data!.orderSubmission.approvalReasons).toEqual(third.approvalReasons);
    const notes = await t.shop<{ notifications: { kind: string; text: string; submissionId: string }[] }>(
      `{ notifications(unreadOnly: true) { kind text submissionId } }`,
      {},
      { token: director.token },
    );
    const note = notes.data!.notifications.find((n) => n.submissionId === third.id);
    expect(note).toMatchObject({ kind: 'ORDER_APPROVAL_REQUESTED' });
    expect(note!.text).toContain('monthly limit ₽1,000, this month ₽900 + this order ₽200');
    // Staff (and integrators) read it on the sub-order too.
    const staff = (await loginStaff(t, (await createStaff(t.ds, StaffRole.ADMIN)).email)).token;
    const card = await t.admin<{ adminOrder: { approvalStatus: string; approvalReasons: Reason[] } }>(
      `query O($id: ID!) { adminOrder(id: $id) { approvalStatus approvalReasons { kind limit orderTotal monthSpent } } }`,
      { id: third.orders[0].id },
      { token: staff },
    );
    expect(card.data!.adminOrder).toEqual({ approvalStatus: 'PENDING', approvalReasons: third.approvalReasons });
    const mail = await smtp.waitFor(director.email, (m) => m.subject.includes(third.number));
    expect(mail.text.replace(/\s/g, ' ')).toContain('месячный лимит 1 000 ₽, в этом месяце 900 ₽ + этот заказ 200 ₽');

    // Cancelled and rejected orders do not count: 400 cancelled, the waiting 200 rejected → 500 spent.
    await t.shop(CANCEL, { id: first.orders[0].id }, { token: purchaser.token });
    expect(
      (await t.shop<{ rejectOrder: Sub }>(REJECT, { id: third.id }, { token: director.token })).data!.rejectOrder
        .__typename,
    ).toBe('OrderSubmission');
    const fourth = await place(purchaser.token, p.id, '5');
    expect(fourth.approvalStatus).toBe('NOT_REQUIRED'); // 500 + 500 = the limit exactly: within it
    const fifth = await place(purchaser.token, p.id, '1');
    expect(fifth.approvalReasons).toEqual([
      { kind: 'MONTHLY_LIMIT', limit: '1000', orderTotal: '100', monthSpent: '1000' },
    ]);
  });

  it('names both limits when the order breaks both; a waiting order counts for the month', async () => {
    await clearMonth();
    await setLimits(purchaser.userId, '300', '500');
    const p = await stockedProduct(t.ds, wh.id, '1000', { price: '100' });
    const big = await place(purchaser.token, p.id, '6');
    expect(big.approvalReasons).toEqual([
      { kind: 'ORDER_LIMIT', limit: '300', orderTotal: '600', monthSpent: null },
      { kind: 'MONTHLY_LIMIT', limit: '500', orderTotal: '600', monthSpent: '0' },
    ]);
    const small = await place(purchaser.token, p.id, '1');
    expect(small.approvalReasons).toEqual([
      { kind: 'MONTHLY_LIMIT', limit: '500', orderTotal: '100', monthSpent: '600' },
    ]);
  });

  it('counts the calendar month on the shop’s clock: last month’s orders do not count', async () => {
    await clearMonth();
    await setLimits(purchaser.userId, null, '1000');
    const p = await stockedProduct(t.ds, wh.id, '1000', { price: '100' });
    const a = await place(purchaser.token, p.id, '6');
    const b = await place(purchaser.token, p.id, '3');
    // a: a second before 1st 00:00 Moscow time (last month); b: the first second of this month.
    await t.ds.query(
      `UPDATE sales_order SET created_at = ${monthStartSql('$2')} + (CASE WHEN submission_id = $1 THEN interval '-1 second' ELSE interval '1 second' END)
        WHERE submission_id IN ($1, $3)`,
      [a.id, 'Europe/Moscow', b.id],
    );
    expect((await place(purchaser.token, p.id, '7')).approvalStatus).toBe('NOT_REQUIRED'); // 300 + 700
    expect((await place(purchaser.token, p.id, '1')).approvalReasons[0]).toMatchObject({ monthSpent: '1000' });

    // The month boundary itself, for a fixed instant: 22:00 UTC on 30 November is 1 December in Moscow.
    const [row] = await t.ds.query<{ moscow: Date; utc: Date }[]>(
      `SELECT ${monthStartSql('$1', `'2026-11-30T22:00:00Z'::timestamptz`)} AS moscow,
              ${monthStartSql('$2', `'2026-11-30T22:00:00Z'::timestamptz`)} AS utc`,
      ['Europe/Moscow', 'UTC'],
    );
    expect(row.moscow.toISOString()).toBe('2026-11-30T21:00:00.000Z');
    expect(row.utc.toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });

  it('two orders placed at once do not both slip under the monthly limit', async () => {
    await clearMonth();
    await setLimits(purchaser.userId, null, '1000');
    // Two carts of the same buyer: a second session on another contract of the same legal entity.
    const [le] = await t.ds.query<{ id: string }[]>(`SELECT id FROM legal_entity WHERE company_id = $1`, [companyId]);
    const second = await createContract(t.ds, le.id, { number: `Monthly-K2-${randomUUID().slice(0, 6)}` });
    const session2 = (await loginBuyer(t, purchaser.email)).token;
    const switched = await t.shop(
      `mutation S($id: ID!) { switchContract(contractId: $id) { __typename } }`,
      { id: second.id },
      {
        token: session2,
      },
    );
    expect(switched.errors).toEqual([]);
    for (let round = 0; round < 3; round++) {
      await clearMonth();
      const p = await stockedProduct(t.ds, wh.id, '1000', { price: '100' });
      for (const token of [purchaser.token, session2]) {
        await t.shop(
          `mutation A($l: [CartLineInput!]!) { addCartLines(input: { lines: $l }) { applied } }`,
          { l: [{ productId: p.id, quantity: '6' }] },
          { token },
        );
      }
      const results = await Promise.all(
        [purchaser.token, session2].map((token) =>
          t.shop<{ placeOrder: Sub }>(PLACE_WITH_REASONS, { input: { idempotencyKey: randomUUID() } }, { token }),
        ),
      );
      const statuses = results.map((r) => r.data?.placeOrder.approvalStatus ?? JSON.stringify(r.errors)).sort();
      expect(statuses).toEqual(['NOT_REQUIRED', 'PENDING']);
      const waiting = results.find((r) => r.data!.placeOrder.approvalStatus === 'PENDING')!;
      expect(waiting.data!.placeOrder.approvalReasons[0]).toMatchObject({ monthSpent: '600', orderTotal: '600' });
    }
  });
});

describe('approval timeout', () => {
  let t: TestApp;
  let director: OrderingBuyer;
  let purchaser: OrderingBuyer;
  let wh: { id: string };

  beforeAll(async () => {
    t = await createTestApp({ MAIL_SWEEP_SECONDS: '0', ORDER_APPROVAL_TIMEOUT_HOURS: '48', JOB_POLL_SECONDS: '1' });
    const a = await orderingCompany(t, 'Timeout A', [BuyerRole.DIRECTOR, BuyerRole.PURCHASER]);
    [director, purchaser] = a.buyers;
    wh = await createWarehouse(t.ds);
    await t.ds.query(`UPDATE company_member SET order_limit = 100 WHERE buyer_user_id = $1`, [purchaser.userId]);
  });
  afterAll(() => t.close());

  const place = async (productId: string): Promise<Sub> => {
    await t.shop(
      `mutation A($l: [CartLineInput!]!) { addCartLines(input: { lines: $l }) { applied } }`,
      { l: [{ productId, quantity: '5' }] },
      { token: purchaser.token },
    );
    const res = await t.shop<{ placeOrder: Sub }>(
      PLACE_WITH_REASONS,
      { input: { idempotencyKey: randomUUID() } },
      {
        token: purchaser.token,
      },
    );
    if (res.errors.length) throw new Error(JSON.stringify(res.errors));
    return res.data!.placeOrder;
  };
  const backdate = (id: string, hours: number) =>
    t.ds.query(`UPDATE order_submission SET created_at = now() - make_interval(hours => $2) WHERE id = $1`, [
      id,
      hours,
    ]);
  const state = async (id: string) => {
    const [s] = await t.ds.query<{ approval_status: string; statuses: string[] }[]>(
      `SELECT s.approval_status, array_agg(o.status) AS statuses FROM order_submission s JOIN sales_order o ON o.submission_id = s.id
        WHERE s.id = $1 GROUP BY s.id`,
      [id],
    );
    return s;
  };
  const reserved = async (productId: string) =>
    (
      await t.ds.query<{ r: string }[]>(
        `SELECT trim_scale(sum(reserved))::text AS r FROM stock_level WHERE product_id = $1`,
        [productId],
      )
    )[0].r;
  const runSweep = async () => {
    await t.app.get(JobsService).send(RequestContext.forSystem(), APPROVAL_EXPIRE_DUE_JOB, {});
  };
  const waitFor = async (check: () => Promise<boolean>) => {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error('timed out');
  };

  it('queues a job for the deadline; an order still waiting then is cancelled, the buyer told, the stock released', async () => {
    const p = await stockedProduct(t.ds, wh.id, '100', { price: '100' });
    const waiting = await place(p.id);
    expect(waiting.approvalStatus).toBe('PENDING');
    const [job] = await t.ds.query<{ start_after: Date }[]>(
      `SELECT start_after FROM pgboss.job WHERE name = 'order-approval-expire' AND data->>'submissionId' = $1`,
      [waiting.id],
    );
    expect(Math.abs(job.start_after.getTime() - (Date.now() + 48 * 3_600_000))).toBeLessThan(60_000);
    expect(await reserved(p.id)).toBe('5');

    // Not yet overdue: the sweep leaves it alone.
    await backdate(waiting.id, 47);
    await runSweep();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect((await state(waiting.id)).approval_status).toBe('PENDING');

    await backdate(waiting.id, 49);
    await runSweep();
    await waitFor(async () => (await state(waiting.id)).approval_status === 'EXPIRED');
    expect(await state(waiting.id)).toEqual({ approval_status: 'EXPIRED', statuses: ['CANCELLED'] });
    expect(await reserved(p.id)).toBe('0');
    const mine = await t.shop<{ orderSubmission: Sub }>(
      `query Q($id: ID!) { orderSubmission(id: $id) { ${SUBMISSION} } }`,
      { id: waiting.id },
      { token: purchaser.token },
    );
    expect(mine.data!.orderSubmission.orders[0].history.at(-1)).toMatchObject({
      toStatus: 'CANCELLED',
      actorKind: 'system',
      comment: 'Not approved within 48 hours: cancelled automatically',
    });
    const told = await t.shop<{ notifications: { kind: string; submissionId: string }[] }>(
      `{ notifications { kind submissionId } }`,
      {},
      { token: purchaser.token },
    );
    expect(told.data!.notifications).toContainEqual({ kind: 'ORDER_APPROVAL_EXPIRED', submissionId: waiting.id });
    const [mail] = await t.ds.query<{ subject: string }[]>(
      `SELECT subject FROM email_outbox WHERE template = 'order_approval_expired' AND subject LIKE $1`,
      [`%${waiting.number}%`],
    );
    expect(mail).toBeTruthy();
    // The director's request is no longer waiting; deciding now is refused.
    const late = await t.shop<{ approveOrder: { __typename: string } }>(
      `mutation A($id: ID!) { approveOrder(submissionId: $id) { __typename } }`,
      { id: waiting.id },
      { token: director.token },
    );
    expect(late.data!.approveOrder.__typename).toBe('StatusChangeRefusedError');
  });

  it('a late job does not cancel an order approved meanwhile', async () => {
    const p = await stockedProduct(t.ds, wh.id, '100', { price: '100' });
    const o = await place(p.id);
    const approved = await t.shop(
      `mutation A($id: ID!) { approveOrder(submissionId: $id) { __typename } }`,
      { id: o.id },
      {
        token: director.token,
      },
    );
    expect(approved.errors).toEqual([]);
    await backdate(o.id, 100);
    const expired = await t.app.get(OrderApprovalService).expireDue(RequestContext.forSystem(), { submissionId: o.id });
    expect(expired).toBe(0);
    expect(await state(o.id)).toEqual({ approval_status: 'APPROVED', statuses: ['NEW'] });
    expect(await reserved(p.id)).toBe('5');
  });
});
