import { StaffRole } from '../../src/common/auth/permissions';
import { seedDatabase, DEMO_PASSWORD } from '../../src/database/seed/seed';
import { loginBuyer, loginStaff, SHOP_LOGIN } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/test-app';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- GraphQL answers are checked by assertions, not types */
type Any = any;

describe('demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDatabase(t.ds, 'demo', true);
  });
  afterAll(() => t.close());

  it('keeps the README logins working, with managers, contracts and groups in place', async () => {
    for (const email of ['director', 'purchaser', 'accountant', 'director2', 'purchaser2', 'director3', 'outsourced']) {
      await expect(loginBuyer(t, `${email}@demo.wholesail.local`, DEMO_PASSWORD)).resolves.toBeDefined();
    }
    const director = await loginBuyer(t, 'director@demo.wholesail.local', DEMO_PASSWORD);
    const page = await t.shop<Any>(
      `{ me { activeContract { number } } myCompany { name manager { email } legalEntities { ogrn bik contracts { number isDefault } } deliveryAddresses { label } } }`,
      {},
      { token: director.token },
    );
    expect(page.errors).toEqual([]);
    expect(page.data.me.activeContract).not.toBeNull();
    expect(page.data.myCompany).toMatchObject({
      name: 'СтройМаркет',
      manager: { email: 'manager@demo.wholesail.local' },
    });
    expect(page.data.myCompany.legalEntities).toHaveLength(3);
    for (const le of page.data.myCompany.legalEntities) {
      expect(le.ogrn).toBeTruthy();
      expect(le.contracts.filter((k: Any) => k.isDefault)).toHaveLength(1);
    }

    const names = async (email: string) => {
      const { token } = await loginStaff(t, email, DEMO_PASSWORD);
      const res = await t.admin<Any>(
        `{ companies(take: 100) { items { name status groups { name } } } }`,
        {},
        { token },
      );
      return res.data.companies.items.map((c: Any) => c.name);
    };
    expect((await names('manager@demo.wholesail.local')).sort()).toEqual(['СтройМаркет', 'ЭлектроСнаб']);
    expect(await names('manager2@demo.wholesail.local')).toEqual(expect.arrayContaining(['Крепёж-Опт']));
    const all = await names('head@demo.wholesail.local');
    expect(all).toEqual(
      expect.arrayContaining(['СтройМаркет', 'ЭлектроСнаб', 'Крепёж-Опт', 'ТехноТорг', 'Стройбаза Юг']),
    );
    for (const email of ['admin', 'catalog'])
      await expect(loginStaff(t, `${email}@demo.wholesail.local`, DEMO_PASSWORD)).resolves.toBeDefined();
    expect(StaffRole.SALES_MANAGER).toBeDefined();
  });

  it('has companies in every status, groups and registrations waiting for staff', async () => {
    const statuses = await t.ds.query(`SELECT DISTINCT status FROM company ORDER BY 1`);
    expect(statuses.map((s: Any) => s.status)).toEqual(['active', 'blocked', 'pending']);
    const groups = await t.ds.query(`SELECT name FROM contractor_group ORDER BY name`);
    expect(groups.map((g: Any) => g.name)).toEqual(['Дилеры', 'Крупный опт', 'Розничные магазины']);
    const pending = await t.ds.query(`SELECT kind FROM registration_request WHERE status = 'PENDING' ORDER BY kind`);
    expect(pending.map((r: Any) => r.kind)).toEqual(['FULL', 'SHORT']);
    const blocked = await t.shop<Any>(SHOP_LOGIN, {
      input: { email: 'blocked@demo.wholesail.local', password: DEMO_PASSWORD },
    });
    expect(blocked.data.login.errorCode).toBe('COMPANY_BLOCKED');
    const waiting = await t.shop<Any>(SHOP_LOGIN, {
      input: { email: 'pending@demo.wholesail.local', password: DEMO_PASSWORD },
    });
    expect(waiting.data.login.errorCode).toBe('COMPANY_PENDING');
    const [{ n }] = await t.ds.query(
      `SELECT count(*)::int AS n FROM legal_entity le WHERE NOT EXISTS (SELECT 1 FROM contract k WHERE k.legal_entity_id = le.id AND k.is_default)`,
    );
    expect(n).toBe(0);
  });
  it('has an order history in every status, split rules, short lists and templates, and takes a new order', async () => {
    const director = await loginBuyer(t, 'director@demo.wholesail.local', DEMO_PASSWORD);
    const history = await t.shop<Any>(
      `{ orderSubmissions(take: 100) { totalCount items { number orders { status history { toStatus } } } } shortLists { name items { id } } orderTemplates { name } }`,
      {},
      { token: director.token },
    );
    expect(history.errors).toEqual([]);
    const statuses = new Set<string>(
      history.data.orderSubmissions.items.flatMap((s: Any) => s.orders.map((o: Any) => o.status as string)) as string[],
    );
    expect([...statuses].sort()).toEqual(
      ['AWAITING_APPROVAL', 'CANCELLED', 'CLOSED', 'CONFIRMED', 'DELIVERED', 'IN_ASSEMBLY', 'NEW', 'SHIPPED'].sort(),
    );
    expect(history.data.shortLists.length).toBeGreaterThan(0);
    expect(history.data.orderTemplates.length).toBeGreaterThan(0);
    const list = await t.shop<Any>(`{ shortLists { id } }`, {}, { token: director.token });
    const added = await t.shop<Any>(
      `mutation M($id: ID!) { addShortListToCart(id: $id) { applied } }`,
      { id: list.data.shortLists[0].id },
      { token: director.token },
    );
    expect(added.data.addShortListToCart.applied).toBeGreaterThan(0);
    const placed = await t.shop<Any>(
      `mutation { placeOrder(input: { idempotencyKey: "seed-spec-order-1" }) { __typename ... on OrderSubmission { number orders { number status } } ... on ErrorResult { message } } }`,
      {},
      { token: director.token },
    );
    expect(placed.data.placeOrder.__typename).toBe('OrderSubmission');
    expect(placed.data.placeOrder.orders.length).toBeGreaterThan(0);
    const staff = await loginStaff(t, 'admin@demo.wholesail.local', DEMO_PASSWORD);
    const rules = await t.admin<Any>(`{ splitRules { rules { kind } problems } }`, {}, { token: staff.token });
    expect(rules.data.splitRules.rules.length).toBeGreaterThan(1);
    expect(rules.data.splitRules.problems).toEqual([]);
  });

  it('gives demo buyers different personal prices with explanations, and a pending special-price request', async () => {
    const prices = async (email: string) => {
      const { token } = await loginBuyer(t, `${email}@demo.wholesail.local`, DEMO_PASSWORD);
      const res = await t.shop<Any>(
        `{ catalogProducts(take: 20, sort: { field: SKU, direction: ASC }) { items { sku price { price priceTypeName hints { fromQuantity } } priceExplanation { steps { label } } } } }`,
        {},
        { token },
      );
      expect(res.errors).toEqual([]);
      return res.data.catalogProducts.items as Any[];
    };
    const [big, dealer, retail] = await Promise.all([prices('director'), prices('director2'), prices('director3')]);
    expect(big.every((p) => p.price !== null)).toBe(true);
    expect(big[5].price.priceTypeName).toBe('Крупный опт');
    expect(dealer[5].price.priceTypeName).toBe('Дилерская');
    expect(retail[5].price.priceTypeName).toBe('Оптовая');
    expect(new Set([big[5].price.price, dealer[5].price.price, retail[5].price.price]).size).toBe(3);
    expect(big[5].priceExplanation.steps.map((s: Any) => s.label)).toContain('−3% по договору');
    expect(retail.some((p) => p.price.hints.length > 0)).toBe(true);
    const { token } = await loginStaff(t, 'manager@demo.wholesail.local', DEMO_PASSWORD);
    const queue = await t.admin<Any>(
      `{ adminSpecialPriceRequests { items { status client { companyName } } } }`,
      {},
      { token },
    );
    expect(queue.data.adminSpecialPriceRequests.items).toEqual([
      { status: 'PENDING', client: { companyName: 'СтройМаркет' } },
    ]);
  });
});
