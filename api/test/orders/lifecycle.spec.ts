import { randomUUID } from 'node:crypto';
import { BuyerRole, StaffRole } from '../../src/common/auth/permissions';
import { loginStaff } from '../helpers/auth';
import { createWarehouse } from '../helpers/catalog-factories';
import { createStaff } from '../helpers/factories';
import { assertTenantIsolation } from '../helpers/isolation';
import { orderingCompany, OrderingBuyer, stockedProduct } from '../helpers/order-fixtures';
import { TestSmtp } from '../helpers/smtp';
import { createTestApp, errorCode, TestApp } from '../helpers/test-app';
import { PLACE, SUBMISSION } from '../helpers/order-queries';

interface Sub {
  __typename: string;
  id: string;
  number: string;
  approvalStatus: string;
  errorCode?: string;
  reason?: string;
  orders: {
    id: string;
    number: string;
    status: string;
    nextStatuses: string[];
    history: { toStatus: string; actorKind: string; comment: string | null }[];
  }[];
}
const HISTORY = `query H($f: OrderHistoryFilterInput) { orderSubmissions(take: 50, filter: $f) { totalCount items { id number buyerName orders { status } } } }`;
const CANCEL = `mutation C($id: ID!) { cancelOrder(orderId: $id) { __typename ... on OrderSubmission { ${SUBMISSION} } ... on ErrorResult { errorCode message } ... on StatusChangeRefusedError { reason } } }`;
const APPROVE = `mutation A($id: ID!) { approveOrder(submissionId: $id, comment: "ok") { __typename ... on OrderSubmission { ${SUBMISSION} } ... on ErrorResult { errorCode } } }`;
const REJECT = `mutation R($id: ID!) { rejectOrder(submissionId: $id, comment: "слишком дорого") { __typename ... on OrderSubmission { ${SUBMISSION} } ... on ErrorResult { errorCode } } }`;
const STATUS = `mutation S($id: ID!, $status: OrderStatus!, $comment: String) { changeOrderStatus(id: $id, status: $status, comment: $comment) {
  __typename ... on AdminOrder { status nextStatuses history { toStatus actorKind actorName } } ... on StatusChangeRefusedError { reason message } ... on ErrorResult { errorCode } } }`;

describe('order lifecycle, approval and visibility', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let director: OrderingBuyer;
  let purchaser1: OrderingBuyer;
  let purchaser2: OrderingBuyer;
  let accountant: OrderingBuyer;
  let other: OrderingBuyer;
  let companyAId: string;
  let wh: { id: string };
  let staffToken: string;

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_SWEEP_SECONDS: '0' });
    const a = await orderingCompany(t, 'Life A', [
      BuyerRole.DIRECTOR,
      BuyerRole.PURCHASER,
      BuyerRole.PURCHASER,
      BuyerRole.ACCOUNTANT,
    ]);
    companyAId = a.company.id;
    [director, purchaser1, purchaser2, accountant] = a.buyers;
    other = (await orderingCompany(t, 'Life B')).buyers[0];
    wh = await createWarehouse(t.ds);
    staffToken = (await loginStaff(t, (await createStaff(t.ds, StaffRole.ADMIN)).email)).token;
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const order = async (token: string, productId: string, quantity = '1') => {
    await t.shop(
      `mutation A($l: [CartLineInput!]!) { addCartLines(input: { lines: $l }) { applied } }`,
      { l: [{ productId, quantity }] },
      { token },
    );
    const res = await t.shop<{ placeOrder: Sub }>(
      PLACE,
      { input: { idempotencyKey: randomUUID(), poNumber: 'PO-SECRET-A' } },
      { token },
    );
    if (res.errors.length) throw new Error(JSON.stringify(res.errors));
    return res.data!.placeOrder;
  };
  const reserved = async (productId: string) =>
    Number(
      (
        await t.ds.query<{ r: string }[]>(`SELECT reserved::text AS r FROM stock_level WHERE product_id = $1`, [
          productId,
        ])
      )[0].r,
    );

  it('purchasers see their own orders, directors and accountants the company’s; another company nothing', async () => {
    const p = await stockedProduct(t.ds, wh.id, '100');
    const o1 = await order(purchaser1.token, p.id);
    const o2 = await order(purchaser2.token, p.id);
    const ids = async (token: string) =>
      (
        await t.shop<{ orderSubmissions: { items: { id: string }[] } }>(HISTORY, {}, { token })
      ).data!.orderSubmissions.items.map((i) => i.id);
    expect(await ids(purchaser1.token)).toEqual([o1.id]);
    expect(await ids(purchaser2.token)).toEqual([o2.id]);
    expect(await ids(director.token)).toEqual(expect.arrayContaining([o1.id, o2.id]));
    expect(await ids(accountant.token)).toEqual(expect.arrayContaining([o1.id, o2.id]));
    expect(await ids(other.token)).toEqual([]);
    const foreign = await t.shop(
      `query Q($id: ID!) { orderSubmission(id: $id) { id } }`,
      { id: o1.id },
      { token: purchaser2.token },
    );
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    // The accountant reads but cannot cancel; the other purchaser cannot even find it.
    expect(errorCode(await t.shop(CANCEL, { id: o1.orders[0].id }, { token: accountant.token }))).toBe('FORBIDDEN');
    const byOther = await t.shop<{ cancelOrder: Sub }>(CANCEL, { id: o1.orders[0].id }, { token: purchaser2.token });
    expect(byOther.data!.cancelOrder.__typename).toBe('NotFoundError');
  });

  it('the buyer cancels while new (stock released), not once the seller confirmed; staff move it along and ship', async () => {
    const p = await stockedProduct(t.ds, wh.id, '100');
    const o = await order(purchaser1.token, p.id, '10');
    expect(await reserved(p.id)).toBe(10);
    const cancelled = await t.shop<{ cancelOrder: Sub }>(CANCEL, { id: o.orders[0].id }, { token: purchaser1.token });
    expect(cancelled.data!.cancelOrder.orders[0]).toMatchObject({ status: 'CANCELLED', nextStatuses: [] });
    expect(await reserved(p.id)).toBe(0);
    const twice = await t.shop<{ cancelOrder: Sub }>(CANCEL, { id: o.orders[0].id }, { token: purchaser1.token });
    expect(twice.data!.cancelOrder.__typename).toBe('OrderSubmission');

    const o2 = await order(purchaser1.token, p.id, '10');
    const id = o2.orders[0].id;
    const confirm = await t.admin<{ changeOrderStatus: { status: string; nextStatuses: string[] } }>(
      STATUS,
      { id, status: 'CONFIRMED' },
      { token: staffToken },
    );
    expect(confirm.data!.changeOrderStatus.status).toBe('CONFIRMED');
    const late = await t.shop<{ cancelOrder: Sub }>(CANCEL, { id }, { token: purchaser1.token });
    expect(late.data!.cancelOrder).toMatchObject({
      __typename: 'StatusChangeRefusedError',
      reason: 'NOT_ALLOWED_FOR_ACTOR',
    });
    const noReason = await t.admin<{ changeOrderStatus: { reason: string } }>(
      STATUS,
      { id, status: 'CANCELLED' },
      { token: staffToken },
    );
    expect(noReason.data!.changeOrderStatus.reason).toBe('REASON_REQUIRED');
    const shipped = await t.admin<{
      changeOrderStatus: { status: string; history: { toStatus: string; actorKind: string }[] };
    }>(STATUS, { id, status: 'SHIPPED' }, { token: staffToken });
    expect(shipped.data!.changeOrderStatus.history.map((h) => [h.toStatus, h.actorKind])).toEqual([
      ['NEW', 'buyer'],
      ['CONFIRMED', 'staff'],
      ['SHIPPED', 'staff'],
    ]);
    const [row] = await t.ds.query<{ on_hand: string; reserved: string }[]>(
      `SELECT on_hand::text, reserved::text FROM stock_level WHERE product_id = $1`,
      [p.id],
    );
    expect([Number(row.on_hand), Number(row.reserved)]).toEqual([90, 0]);
    const back = await t.admin<{ changeOrderStatus: { reason: string } }>(
      STATUS,
      { id, status: 'CONFIRMED' },
      { token: staffToken },
    );
    expect(back.data!.changeOrderStatus.reason).toBe('BACKWARD');
    // The staff order card carries the buyer's checkout choices.
    const card = await t.admin<{
      adminOrder: {
        poNumber: string;
        submissionNumber: string;
        approvalStatus: string;
        currency: string;
        contractNumber: string;
      };
    }>(
      `query O($id: ID!) { adminOrder(id: $id) { poNumber submissionNumber approvalStatus currency contractNumber deliveryAddress pickupWarehouse { id } desiredDate comment } }`,
      { id },
      { token: staffToken },
    );
    expect(card.errors).toEqual([]);
    expect(card.data!.adminOrder).toMatchObject({
      poNumber: 'PO-SECRET-A',
      submissionNumber: o2.number,
      approvalStatus: 'NOT_REQUIRED',
      currency: 'RUB',
    });
    expect(card.data!.adminOrder.contractNumber).not.toBe('');
    // The buyer sees the history of his order.
    const mine = await t.shop<{ orderSubmission: Sub }>(
      `query Q($id: ID!) { orderSubmission(id: $id) { ${SUBMISSION} } }`,
      { id: o2.id },
      { token: purchaser1.token },
    );
    expect(mine.data!.orderSubmission.orders[0].history.map((h) => h.toStatus)).toEqual([
      'NEW',
      'CONFIRMED',
      'SHIPPED',
    ]);
  });

  it('above the limit: awaits a director (in-app and e-mail), who approves or rejects with a comment', async () => {
    await t.ds.query(`UPDATE company_member SET order_limit = 500 WHERE buyer_user_id = $1`, [purchaser2.userId]);
    const p = await stockedProduct(t.ds, wh.id, '100', { price: '100' });
    const big = await order(purchaser2.token, p.id, '6');
    expect(big.approvalStatus).toBe('PENDING');
    expect(big.orders[0].status).toBe('AWAITING_APPROVAL');
    expect(await reserved(p.id)).toBe(6);
    const mail = await smtp.waitFor(director.email, (m) => m.subject.includes(big.number));
    expect(mail.text).toContain('600.00');
    const notes = await t.shop<{ notifications: { kind: string; submissionId: string }[] }>(
      `{ notifications(unreadOnly: true) { kind submissionId } }`,
      {},
      { token: director.token },
    );
    expect(notes.data!.notifications).toContainEqual({ kind: 'ORDER_APPROVAL_REQUESTED', submissionId: big.id });
    // A purchaser cannot approve; the director can.
    expect(errorCode(await t.shop(APPROVE, { id: big.id }, { token: purchaser1.token }))).toBe('FORBIDDEN');
    const approved = await t.shop<{ approveOrder: Sub }>(APPROVE, { id: big.id }, { token: director.token });
    expect(approved.data!.approveOrder).toMatchObject({ approvalStatus: 'APPROVED', orders: [{ status: 'NEW' }] });
    const again = await t.shop<{ approveOrder: Sub }>(APPROVE, { id: big.id }, { token: director.token });
    expect(again.data!.approveOrder.__typename).toBe('StatusChangeRefusedError');

    const second = await order(purchaser2.token, p.id, '6');
    const rejected = await t.shop<{ rejectOrder: Sub }>(REJECT, { id: second.id }, { token: director.token });
    expect(rejected.data!.rejectOrder.orders[0]).toMatchObject({ status: 'CANCELLED' });
    expect(rejected.data!.rejectOrder.orders[0].history[1]).toMatchObject({
      actorKind: 'director',
      comment: 'слишком дорого',
    });
    expect(await reserved(p.id)).toBe(6);
    const told = await t.shop<{ notifications: { kind: string }[] }>(
      `{ notifications { kind } }`,
      {},
      { token: purchaser2.token },
    );
    expect(told.data!.notifications.map((n) => n.kind)).toEqual(
      expect.arrayContaining(['ORDER_APPROVED', 'ORDER_REJECTED']),
    );
    await t.ds.query(`UPDATE company_member SET order_limit = NULL WHERE buyer_user_id = $1`, [purchaser2.userId]);
  });

  it('repeat order fills the cart and reports what changed', async () => {
    const p1 = await stockedProduct(t.ds, wh.id, '100', { price: '10' });
    const p2 = await stockedProduct(t.ds, wh.id, '100', { price: '20' });
    const past = await order(purchaser1.token, p1.id, '2');
    await t.shop(
      `mutation A($l: [CartLineInput!]!) { addCartLines(input: { lines: $l }) { applied } }`,
      { l: [{ productId: p2.id, quantity: '1' }] },
      { token: purchaser1.token },
    );
    void past;
    const both = await t.shop<{ placeOrder: Sub }>(
      PLACE,
      { input: { idempotencyKey: randomUUID() } },
      { token: purchaser1.token },
    );
    void both;
    const sub = await order(purchaser1.token, p2.id, '3');
    await t.ds.query(`UPDATE price_entry SET price = 25 WHERE product_id = $1`, [p2.id]);
    await t.ds.query(`UPDATE product SET active = false WHERE id = $1`, [p1.id]);
    const past2 = await order(purchaser1.token, p1.id, '1').catch(() => null);
    void past2;
    const rep = await t.shop<{
      repeatOrder: {
        applied: number;
        changes: { sku: string; change: string; oldPrice: string; newPrice: string | null }[];
        cart: { totals: { lineCount: number } };
      };
    }>(
      `mutation R($id: ID!) { repeatOrder(submissionId: $id) { applied changes { sku change oldPrice newPrice } cart { totals { lineCount } } } }`,
      { id: sub.id },
      { token: purchaser1.token },
    );
    expect(rep.data!.repeatOrder.changes).toEqual([
      expect.objectContaining({ change: 'PRICE_CHANGED', oldPrice: '20', newPrice: '25' }),
    ]);
    expect(rep.data!.repeatOrder.applied).toBe(1);
  });

  it('integrators report statuses idempotently by number and read changes since a cursor', async () => {
    const key = await t.admin<{ createApiKey: { secret: string } }>(
      `mutation { createApiKey(input: { name: "1C", scopes: [READ_ORDERS, MANAGE_ORDERS, ALL_CLIENTS] }) { secret } }`,
      {},
      { token: staffToken },
    );
    const apiKey = key.data!.createApiKey.secret;
    const p = await stockedProduct(t.ds, wh.id, '100');
    const o = await order(purchaser1.token, p.id, '5');
    const SET = `mutation S($u: [OrderStatusUpdateInput!]!) { setOrderStatuses(input: { updates: $u }) { items { number status changed } rowErrors { row errorCode } } }`;
    const updates = [
      { number: o.orders[0].number, status: 'SHIPPED', externalId: '1C-0001' },
      { number: 'NO-SUCH', status: 'SHIPPED' },
    ];
    const first = await t.admin<{
      setOrderStatuses: { items: { changed: boolean }[]; rowErrors: { row: number; errorCode: string }[] };
    }>(SET, { u: updates }, { token: apiKey });
    expect(first.data!.setOrderStatuses).toEqual({
      items: [{ number: o.orders[0].number, status: 'SHIPPED', changed: true }],
      rowErrors: [{ row: 2, errorCode: 'NOT_FOUND' }],
    });
    const resend = await t.admin<{ setOrderStatuses: { items: { changed: boolean }[] } }>(
      SET,
      { u: updates.slice(0, 1) },
      { token: apiKey },
    );
    expect(resend.data!.setOrderStatuses.items[0].changed).toBe(false);
    const old = await t.admin<{ setOrderStatuses: { rowErrors: { errorCode: string }[] } }>(
      SET,
      { u: [{ number: o.orders[0].number, status: 'CONFIRMED' }] },
      { token: apiKey },
    );
    expect(old.data!.setOrderStatuses.rowErrors[0].errorCode).toBe('BACKWARD');
    await new Promise((r) => setTimeout(r, 2100));
    const changes = await t.admin<{
      orderChanges: {
        items: { number: string; status: string; externalId: string | null; history: { actorKind: string }[] }[];
        nextCursor: string;
      };
    }>(
      `{ orderChanges(take: 5000) { items { number status externalId history { actorKind } } nextCursor } }`,
      {},
      { token: apiKey },
    );
    const mine = changes.data!.orderChanges.items.find((i) => i.number === o.orders[0].number)!;
    expect(mine).toMatchObject({ status: 'SHIPPED', externalId: '1C-0001' });
    expect(mine.history.map((h) => h.actorKind)).toEqual(['buyer', 'integrator']);
    const after = await t.admin<{ orderChanges: { items: unknown[] } }>(
      `query C($s: String) { orderChanges(since: $s) { items { number } } }`,
      { s: changes.data!.orderChanges.nextCursor },
      { token: apiKey },
    );
    expect(after.data!.orderChanges.items).toEqual([]);
  });

  it('a sales manager sees only the orders of his clients', async () => {
    const manager = await createStaff(t.ds, StaffRole.SALES_MANAGER);
    const token = (await loginStaff(t, manager.email)).token;
    const list = async () =>
      (await t.admin<{ adminOrders: { totalCount: number } }>(`{ adminOrders { totalCount } }`, {}, { token })).data!
        .adminOrders.totalCount;
    expect(await list()).toBe(0);
    await t.ds.query(`UPDATE company SET manager_id = $1 WHERE id = $2`, [manager.id, companyAId]);
    expect(await list()).toBeGreaterThan(0);
    await t.ds.query(`UPDATE company SET manager_id = NULL WHERE id = $1`, [companyAId]);
  });

  it('isolation: company B’s buyer reaches nothing of company A’s orders, carts and lists', async () => {
    const p = await stockedProduct(t.ds, wh.id, '100');
    const o = await order(director.token, p.id, '2');
    await t.shop(
      `mutation A($l: [CartLineInput!]!) { addCartLines(input: { lines: $l }) { applied } }`,
      { l: [{ productId: p.id, quantity: '3' }] },
      { token: director.token },
    );
    const cart = await t.shop<{ cart: { id: string; lines: { id: string }[] } }>(
      `{ cart { id lines { id } } }`,
      {},
      { token: director.token },
    );
    const list = await t.shop<{ createShortList: { id: string; items: { id: string }[] } }>(
      `mutation C($p: ID!) { createShortList(input: { name: "Секретный список A", shared: true, items: [{ productId: $p, quantity: "4" }] }) { id items { id } } }`,
      { p: p.id },
      { token: director.token },
    );
    const tpl = await t.shop<{ saveCartAsTemplate: { id: string } }>(
      `mutation { saveCartAsTemplate(input: { name: "Шаблон A секрет" }) { id } }`,
      {},
      { token: director.token },
    );
    const listId = list.data!.createShortList.id;
    const tplId = tpl.data!.saveCartAsTemplate.id;
    const lineId = cart.data!.cart.lines[0].id;
    await assertTenantIsolation(
      t,
      {
        tokenA: director.token,
        tokenB: other.token,
        secretsOfA: [
          o.id,
          o.number,
          'PO-SECRET-A',
          cart.data!.cart.id,
          lineId,
          listId,
          tplId,
          'Секретный список A',
          'Шаблон A секрет',
        ],
        snapshotA: () =>
          t.ds.query(
            `SELECT (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, status FROM sales_order WHERE company_id = $1) x) AS orders,
                    (SELECT json_agg(x ORDER BY x.id) FROM (SELECT l.id, l.quantity::text FROM cart_line l JOIN cart c ON c.id = l.cart_id WHERE c.company_id = $1) x) AS lines,
                    (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, name, shared FROM short_list WHERE company_id = $1) x) AS lists,
                    (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, name FROM order_template WHERE company_id = $1) x) AS templates`,
            [companyAId],
          ),
      },
      [
        { name: 'orderSubmissions', query: `{ orderSubmissions { items { id number poNumber } } }`, ownerSees: true },
        {
          name: 'orderSubmission',
          query: `query Q($id: ID!) { orderSubmission(id: $id) { id } }`,
          variables: { id: o.id },
          ownerSees: true,
        },
        {
          name: 'cancelOrder',
          query: `mutation M($id: ID!) { cancelOrder(orderId: $id) { __typename } }`,
          variables: { id: o.orders[0].id },
        },
        {
          name: 'approveOrder',
          query: `mutation M($id: ID!) { approveOrder(submissionId: $id) { __typename } }`,
          variables: { id: o.id },
        },
        {
          name: 'rejectOrder',
          query: `mutation M($id: ID!) { rejectOrder(submissionId: $id, comment: "x") { __typename } }`,
          variables: { id: o.id },
        },
        {
          name: 'repeatOrder',
          query: `mutation M($id: ID!) { repeatOrder(submissionId: $id) { applied } }`,
          variables: { id: o.id },
        },
        { name: 'notifications', query: `{ notifications { id text } }` },
        {
          name: 'markNotificationsRead',
          query: `mutation M($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
          variables: { ids: [o.id] },
        },
        { name: 'cart', query: `{ cart { id lines { id } } }`, ownerSees: true },
        {
          name: 'updateCartLine',
          query: `mutation M($id: ID!) { updateCartLine(input: { lineId: $id, quantity: "1" }) { __typename } }`,
          variables: { id: lineId },
        },
        {
          name: 'removeCartLines',
          query: `mutation M($ids: [ID!]!) { removeCartLines(lineIds: $ids) { id } }`,
          variables: { ids: [lineId] },
        },
        {
          name: 'addCartLines',
          query: `mutation M($p: ID!) { addCartLines(input: { lines: [{ productId: $p, quantity: "1" }] }) { applied } }`,
          variables: { p: p.id },
        },
        { name: 'clearCart', query: `mutation { clearCart { id } }` },
        { name: 'quickOrder', query: `mutation { quickOrder(input: { text: "X 1", dryRun: true }) { rowsRead } }` },
        { name: 'shortLists', query: `{ shortLists { id name } }`, ownerSees: true },
        {
          name: 'updateShortList',
          query: `mutation M($id: ID!) { updateShortList(id: $id, name: "hacked") { id } }`,
          variables: { id: listId },
        },
        {
          name: 'addToShortList',
          query: `mutation M($id: ID!, $p: ID!) { addToShortList(id: $id, items: [{ productId: $p }]) { id } }`,
          variables: { id: listId, p: p.id },
        },
        {
          name: 'removeFromShortList',
          query: `mutation M($id: ID!, $i: [ID!]!) { removeFromShortList(id: $id, itemIds: $i) { id } }`,
          variables: { id: listId, i: [list.data!.createShortList.items[0].id] },
        },
        {
          name: 'deleteShortList',
          query: `mutation M($id: ID!) { deleteShortList(id: $id) }`,
          variables: { id: listId },
        },
        {
          name: 'moveCartLinesToShortList',
          query: `mutation M($l: [ID!]!, $id: ID!) { moveCartLinesToShortList(lineIds: $l, shortListId: $id) { id } }`,
          variables: { l: [lineId], id: listId },
        },
        {
          name: 'addShortListToCart',
          query: `mutation M($id: ID!) { addShortListToCart(id: $id) { applied } }`,
          variables: { id: listId },
        },
        { name: 'createShortList', query: `mutation { createShortList(input: { name: "B's" }) { id } }` },
        { name: 'orderTemplates', query: `{ orderTemplates { id name } }`, ownerSees: true },
        { name: 'saveCartAsTemplate', query: `mutation { saveCartAsTemplate(input: { name: "B" }) { id } }` },
        {
          name: 'deleteOrderTemplate',
          query: `mutation M($id: ID!) { deleteOrderTemplate(id: $id) }`,
          variables: { id: tplId },
        },
        {
          name: 'applyOrderTemplate',
          query: `mutation M($id: ID!) { applyOrderTemplate(id: $id) { applied } }`,
          variables: { id: tplId },
        },
        {
          name: 'placeOrder',
          query: `mutation { placeOrder(input: { idempotencyKey: "isolation-key-1" }) { __typename } }`,
        },
      ],
    );
    // A colleague sees the shared list and may use it, but not change it.
    const colleague = await t.shop<{ shortLists: { id: string; mine: boolean }[] }>(
      `{ shortLists { id mine } }`,
      {},
      { token: purchaser1.token },
    );
    expect(colleague.data!.shortLists).toContainEqual({ id: listId, mine: false });
    const rename = await t.shop(
      `mutation M($id: ID!) { updateShortList(id: $id, name: "x") { id } }`,
      { id: listId },
      { token: purchaser1.token },
    );
    expect(errorCode(rename)).toBe('FORBIDDEN');
  });
});
