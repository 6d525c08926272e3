/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-return --
   GraphQL answers are untyped JSON here; the expectations check their shape. */
import { StaffRole } from '../../src/common/auth/permissions';
import { RequestContext } from '../../src/common/context/request-context';
import { Dec } from '../../src/common/money/decimal';
import { PriceQuoteService } from '../../src/modules/pricing/price-quote.service';
import { loginBuyer, loginStaff } from '../helpers/auth';
import { createCategory, createProduct } from '../helpers/catalog-factories';
import { createBuyer, createCompany, createContract, createStaff } from '../helpers/factories';
import { assertTenantIsolation } from '../helpers/isolation';
import { createPriceType, createRule, setPrice } from '../helpers/pricing-factories';
import { createTestApp, errorCode, TestApp } from '../helpers/test-app';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const REQUEST_FIELDS = `id number status comment managerComment rejectReason declineComment validUntil active
  lines { id product { sku } quantity targetPrice currentPrice offeredPrice approvedPrice }`;
const REQUEST = `mutation R($input: RequestSpecialPriceInput!) { requestSpecialPrice(input: $input) { ${REQUEST_FIELDS} } }`;
const MY_REQUESTS = `{ specialPriceRequests { totalCount items { ${REQUEST_FIELDS} } } }`;
const MY_REQUEST = `query R($id: ID!) { specialPriceRequest(id: $id) { ${REQUEST_FIELDS} } }`;
const ACCEPT = `mutation A($id: ID!) { acceptSpecialPriceOffer(id: $id) { __typename ... on SpecialPriceRequest { status lines { approvedPrice } } ... on ErrorResult { errorCode } } }`;
const DECLINE = `mutation D($id: ID!) { declineSpecialPriceOffer(id: $id, comment: "дорого") { __typename ... on SpecialPriceRequest { status declineComment } ... on ErrorResult { errorCode } } }`;
const QUEUE = `query Q($filter: SpecialPriceFilterInput) { adminSpecialPriceRequests(filter: $filter) { totalCount items { id number status client { companyName contractNumber buyerEmail } ruleIds } } }`;
const APPROVE = `mutation A($id: ID!, $input: DecideSpecialPriceInput) { approveSpecialPriceRequest(id: $id, input: $input) {
  __typename ... on AdminSpecialPriceRequest { status validUntil ruleIds lines { approvedPrice } } ... on ErrorResult { errorCode } } }`;
const COUNTER = `mutation C($id: ID!, $input: DecideSpecialPriceInput!) { counterOfferSpecialPriceRequest(id: $id, input: $input) {
  __typename ... on AdminSpecialPriceRequest { status lines { offeredPrice } } ... on ErrorResult { errorCode } } }`;
const REJECT = `mutation R($id: ID!, $input: RejectSpecialPriceInput!) { rejectSpecialPriceRequest(id: $id, input: $input) {
  __typename ... on AdminSpecialPriceRequest { status rejectReason } ... on ErrorResult { errorCode } } }`;
const PRICES = `query P($filter: CatalogFilterInput) { catalogProducts(filter: $filter, take: 10) { items { sku price { price personal } priceExplanation { steps { kind label } } } } }`;
const CARD = `query C($id: ID!) { catalogProduct(id: $id) { sku price { price } priceExplanation { priceTypeName basePrice steps { label } } } }`;

describe('special-price requests', () => {
  let t: TestApp;
  let buyerA: string;
  let buyerB: string;
  let accountantA: string;
  let managerA: string;
  let otherManager: string;
  let head: string;
  let contractA: string;
  let categoryId: string;
  let p1: { id: string; sku: string };
  let p2: { id: string; sku: string };
  let p3: { id: string; sku: string };
  let companyA: { id: string; legalEntityIds: string[] };

  const shop = async (token: string, q: string, v: Record<string, unknown> = {}) => {
    const res = await t.shop<Data>(q, v, { token });
    if (res.errors.length) throw new Error(JSON.stringify(res.errors));
    return res.data as Data;
  };
  const admin = async (token: string, q: string, v: Record<string, unknown> = {}) => {
    const res = await t.admin<Data>(q, v, { token });
    if (res.errors.length) throw new Error(JSON.stringify(res.errors));
    return res.data as Data;
  };
  const catalogPrice = async (token: string, sku: string) =>
    (await shop(token, PRICES, { filter: { categoryId } })).catalogProducts.items.find((i: Data) => i.sku === sku);

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.ds;
    const wholesale = await createPriceType(ds, { code: 'WHOLESALE', name: 'Опт', isDefault: true });
    const purchase = await createPriceType(ds, { code: 'PURCHASE', name: 'Закупка', staffOnly: true });
    const managerUser = await createStaff(ds, StaffRole.SALES_MANAGER);
    managerA = (await loginStaff(t, managerUser.email)).token;
    otherManager = (await loginStaff(t, (await createStaff(ds, StaffRole.SALES_MANAGER)).email)).token;
    head = (await loginStaff(t, (await createStaff(ds, StaffRole.HEAD_OF_SALES)).email)).token;
    companyA = await createCompany(ds, { name: 'ООО Альфа-Строй', managerId: managerUser.id });
    contractA = (await createContract(ds, companyA.legalEntityIds[0], { number: 'АЛЬФА-17/2026', isDefault: true })).id;
    const companyB = await createCompany(ds, { name: 'ООО Бета', contracts: true });
    buyerA = (await loginBuyer(t, (await createBuyer(ds, [{ companyId: companyA.id }])).email)).token;
    accountantA = (
      await loginBuyer(t, (await createBuyer(ds, [{ companyId: companyA.id, role: 'ACCOUNTANT' as never }])).email)
    ).token;
    buyerB = (await loginBuyer(t, (await createBuyer(ds, [{ companyId: companyB.id }])).email)).token;
    categoryId = (await createCategory(ds, { name: 'Кабель' })).id;
    p1 = await createProduct(ds, { sku: 'CAB-1', categoryId });
    p2 = await createProduct(ds, { sku: 'CAB-2', categoryId });
    p3 = await createProduct(ds, { sku: 'CAB-3', categoryId });
    for (const p of [p1, p2, p3]) {
      await setPrice(ds, p.id, wholesale.id, '100');
      await setPrice(ds, p.id, purchase.id, '55.55');
    }
    // A company rule of A: its name and label must never reach B.
    await createRule(ds, {
      name: 'Альфа: секретная скидка',
      publicLabel: 'Скидка Альфа-Строй',
      scope: ['COMPANY', companyA.id],
      action: 'PERCENT_DISCOUNT',
      value: '2',
    });
  });
  afterAll(() => t.close());

  it('goes request → approve → the buyer sees the special price until it expires', async () => {
    const asked = (
      await shop(buyerA, REQUEST, {
        input: {
          comment: 'Объект на 5 км кабеля',
          lines: [
            { productId: p1.id, quantity: '100', targetPrice: '80' },
            { productId: p2.id, quantity: '1', targetPrice: '90' },
          ],
        },
      })
    ).requestSpecialPrice;
    expect(asked).toMatchObject({ status: 'PENDING', comment: 'Объект на 5 км кабеля', active: false });
    expect(asked.lines.map((l: Data) => [l.product.sku, l.quantity, l.targetPrice, l.currentPrice])).toEqual([
      ['CAB-1', '100', '80', '98'],
      ['CAB-2', '1', '90', '98'],
    ]);
    // The client's manager is told by e-mail.
    const [mail] = await t.ds.query<{ subject: string }[]>(
      `SELECT subject FROM email_outbox WHERE template = 'special_price_requested' AND company_id = $1`,
      [companyA.id],
    );
    expect(mail.subject).toContain(`№${asked.number}`);

    // Another manager does not see it; the client's manager and the head of sales do.
    expect((await admin(otherManager, QUEUE)).adminSpecialPriceRequests.totalCount).toBe(0);
    const queue = (await admin(managerA, QUEUE, { filter: { statuses: ['PENDING'] } })).adminSpecialPriceRequests;
    expect(queue.items[0]).toMatchObject({
      number: asked.number,
      client: { companyName: 'ООО Альфа-Строй', contractNumber: 'АЛЬФА-17/2026' },
    });
    expect((await admin(head, QUEUE)).adminSpecialPriceRequests.totalCount).toBe(1);
    expect(errorCode(await t.admin(APPROVE, { id: asked.id }, { token: otherManager }))).toBe('NOT_FOUND');

    const validUntil = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const approved = (
      await admin(managerA, APPROVE, {
        id: asked.id,
        input: { validUntil, comment: 'Согласовано', prices: [{ lineId: asked.lines[0].id, price: '82.5' }] },
      })
    ).approveSpecialPriceRequest;
    expect(approved).toMatchObject({ status: 'APPROVED', lines: [{ approvedPrice: '82.5' }, { approvedPrice: '90' }] });
    expect(approved.ruleIds).toHaveLength(2);
    const again = (await admin(head, APPROVE, { id: asked.id })).approveSpecialPriceRequest;
    expect(again).toEqual({ __typename: 'AlreadyDecidedError', errorCode: 'ALREADY_DECIDED' });

    // CAB-2 from 1 pc: the special price at once, in the catalog and on the card.
    expect((await catalogPrice(buyerA, 'CAB-2')).price).toEqual({ price: '90', personal: true });
    const card = (await shop(buyerA, CARD, { id: p2.id })).catalogProduct;
    // Exclusive and above every other rule: the company discount does not stack on the agreed price.
    expect(card.priceExplanation.steps.map((s: Data) => s.label)).toEqual(['Special price']);
    // CAB-1 from 100 pcs: the catalog row (1 pc) keeps 98 and hints at 82.5.
    const quotes = t.app.get(PriceQuoteService);
    const at = (ms: number) =>
      quotes.quote(RequestContext.forSystem(), {
        contractId: contractA,
        lines: [{ productId: p1.id, quantity: new Dec(100) }],
        at: new Date(ms),
      });
    expect((await at(Date.now())).lines[0].unitPrice?.toFixed()).toBe('82.5');
    // Expiry: from validUntil on the rule no longer applies.
    expect((await at(new Date(validUntil).getTime())).lines[0].unitPrice?.toFixed()).toBe('98');
    const mine = (await shop(buyerA, MY_REQUEST, { id: asked.id })).specialPriceRequest;
    expect(mine).toMatchObject({ status: 'APPROVED', managerComment: 'Согласовано', active: true });
    expect(new Date(mine.validUntil).toISOString()).toBe(validUntil);
    // B's buyer still pays the list price.
    expect((await catalogPrice(buyerB, 'CAB-2')).price).toEqual({ price: '100', personal: false });
  });

  it('goes request → counter-offer → accept, and request → counter-offer → decline, and reject with a reason', async () => {
    const ask = async () =>
      (await shop(buyerA, REQUEST, { input: { lines: [{ productId: p1.id, quantity: '1', targetPrice: '70' }] } }))
        .requestSpecialPrice;
    const first = await ask();
    const missing = await t.admin(COUNTER, { id: first.id, input: { prices: [] } }, { token: managerA });
    expect(missing.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.prices' });
    const offered = (
      await admin(managerA, COUNTER, { id: first.id, input: { prices: [{ lineId: first.lines[0].id, price: '85' }] } })
    ).counterOfferSpecialPriceRequest;
    expect(offered).toMatchObject({ status: 'COUNTER_OFFERED', lines: [{ offeredPrice: '85' }] });
    expect((await catalogPrice(buyerA, 'CAB-1')).price.price).toBe('98'); // nothing applies before acceptance
    expect((await shop(buyerB, ACCEPT, { id: first.id }).catch((e: Error) => e.message)) as string).toContain(
      'NOT_FOUND',
    );
    const accepted = (await shop(buyerA, ACCEPT, { id: first.id })).acceptSpecialPriceOffer;
    expect(accepted).toEqual({
      __typename: 'SpecialPriceRequest',
      status: 'ACCEPTED',
      lines: [{ approvedPrice: '85' }],
    });
    expect((await catalogPrice(buyerA, 'CAB-1')).price.price).toBe('85');
    expect((await shop(buyerA, DECLINE, { id: first.id })).declineSpecialPriceOffer.errorCode).toBe('ALREADY_DECIDED');

    const second = await ask();
    await admin(head, COUNTER, { id: second.id, input: { prices: [{ lineId: second.lines[0].id, price: '80' }] } });
    expect((await shop(buyerA, DECLINE, { id: second.id })).declineSpecialPriceOffer).toEqual({
      __typename: 'SpecialPriceRequest',
      status: 'DECLINED',
      declineComment: 'дорого',
    });

    const third = await ask();
    const empty = await t.admin(REJECT, { id: third.id, input: { reason: '' } }, { token: managerA });
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    const rejected = (await admin(managerA, REJECT, { id: third.id, input: { reason: 'Ниже закупки' } }))
      .rejectSpecialPriceRequest;
    expect(rejected).toEqual({
      __typename: 'AdminSpecialPriceRequest',
      status: 'REJECTED',
      rejectReason: 'Ниже закупки',
    });
    const decided = await t.ds.query<{ subject: string }[]>(
      `SELECT subject FROM email_outbox WHERE template = 'special_price_decided' AND company_id = $1 ORDER BY created_at`,
      [companyA.id],
    );
    expect(decided.map((m) => m.subject)).toEqual([
      expect.stringContaining('одобрен'),
      expect.stringContaining('встречное'),
      expect.stringContaining('встречное'),
      expect.stringContaining('отклонён'),
    ]);
  });

  it('refuses bad requests naming the field, and buyers without the permission', async () => {
    const bad = await t.shop(
      REQUEST,
      { input: { lines: [{ productId: p1.id, quantity: '0', targetPrice: '1' }] } },
      { token: buyerA },
    );
    expect(bad.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lines.0.quantity' });
    const unknown = await t.shop(
      REQUEST,
      { input: { lines: [{ productId: '00000000-0000-4000-8000-000000000000', quantity: '1', targetPrice: '1' }] } },
      { token: buyerA },
    );
    expect(unknown.errors[0].extensions).toMatchObject({ field: 'input.lines.0.productId' });
    const accountant = await t.shop(
      REQUEST,
      { input: { lines: [{ productId: p1.id, quantity: '1', targetPrice: '1' }] } },
      { token: accountantA },
    );
    expect(errorCode(accountant)).toBe('FORBIDDEN');
  });

  it('isolates every shop operation of pricing: B gets nothing of A’s prices, rules or requests', async () => {
    const aRequest = (await shop(buyerA, MY_REQUESTS)).specialPriceRequests.items[0];
    const pending = (
      await shop(buyerA, REQUEST, {
        input: { comment: 'Альфа секрет', lines: [{ productId: p2.id, quantity: '5', targetPrice: '1.2345' }] },
      })
    ).requestSpecialPrice;
    await admin(managerA, COUNTER, {
      id: pending.id,
      input: { prices: [{ lineId: pending.lines[0].id, price: '1.5' }] },
    });
    await assertTenantIsolation(
      t,
      {
        tokenA: buyerA,
        tokenB: buyerB,
        secretsOfA: [
          aRequest.id,
          pending.id,
          'Альфа секрет',
          '1.2345',
          'Скидка Альфа-Строй',
          'секретная',
          '55.55',
          'Закупка',
        ],
        snapshotA: () =>
          t.ds.query(
            `SELECT r.id, r.status, r.decline_comment, (SELECT count(*) FROM price_rule WHERE special_price_request_id = r.id) AS rules
               FROM special_price_request r WHERE r.company_id = $1 ORDER BY r.number`,
            [companyA.id],
          ),
      },
      [
        { name: 'specialPriceRequests', query: MY_REQUESTS, ownerSees: true },
        { name: 'specialPriceRequest', query: MY_REQUEST, variables: { id: pending.id }, ownerSees: true },
        { name: 'acceptSpecialPriceOffer', query: ACCEPT, variables: { id: pending.id } },
        { name: 'declineSpecialPriceOffer', query: DECLINE, variables: { id: pending.id } },
        {
          name: 'catalog price and explanation',
          query: PRICES,
          variables: { filter: { categoryId } },
          ownerSees: true,
        },
        { name: 'card price and explanation', query: CARD, variables: { id: p3.id }, ownerSees: true },
        {
          name: 'requestSpecialPrice',
          query: REQUEST,
          variables: { input: { lines: [{ productId: p2.id, quantity: '1', targetPrice: '1' }] } },
        },
      ],
    );
  });
});
