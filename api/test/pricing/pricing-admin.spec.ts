/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-return --
   GraphQL answers are untyped JSON here; the expectations check their shape. */
import { StaffRole } from '../../src/common/auth/permissions';
import { loginBuyer, loginStaff } from '../helpers/auth';
import { createCategory, createProduct } from '../helpers/catalog-factories';
import { createBuyer, createCompany, createContract, createStaff } from '../helpers/factories';
import { createPriceType, setPrice } from '../helpers/pricing-factories';
import { createTestApp, errorCode, TestApp } from '../helpers/test-app';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

const TYPES = `{ priceTypes { id code name currency vatIncluded staffOnly isDefault entryCount } }`;
const CREATE_TYPE = `mutation C($input: PriceTypeInput!) { createPriceType(input: $input) { id code isDefault } }`;
const UPDATE_TYPE = `mutation U($id: ID!, $input: PriceTypeInput!) { updatePriceType(id: $id, input: $input) { id name } }`;
const DELETE_TYPE = `mutation D($id: ID!) { deletePriceType(id: $id) }`;
const UPSERT_ENTRIES = `mutation U($input: UpsertPriceEntriesInput!) {
  upsertPriceEntries(input: $input) { applied items { row sku priceTypeCode packagingCode changed } rowErrors { row field errorCode message key } }
}`;
const ENTRIES = `query E($filter: PriceEntryFilterInput) {
  priceEntries(filter: $filter, take: 100) { totalCount items { product { sku } priceTypeCode packagingCode price tiers { from price } } }
}`;
const RULE_FIELDS = `id name priority policy scopeKind scopeName targetKind targetName actionKind value tiers { from value } validFrom validTo active externalId`;
const CREATE_RULE = `mutation C($input: PriceRuleInput!) { createPriceRule(input: $input) { rule { ${RULE_FIELDS} } warnings { code ruleName } } }`;
const UPDATE_RULE = `mutation U($id: ID!, $input: PriceRuleInput!) { updatePriceRule(id: $id, input: $input) { rule { ${RULE_FIELDS} } warnings { code ruleName } } }`;
const DELETE_RULE = `mutation D($id: ID!) { deletePriceRule(id: $id) }`;
const RULES = `query R($filter: PriceRuleFilterInput) { priceRules(filter: $filter) { totalCount items { ${RULE_FIELDS} } } }`;
const UPSERT_RULES = `mutation U($input: UpsertPriceRulesInput!) {
  upsertPriceRules(input: $input) { applied items { row externalId created } rowErrors { row field errorCode message key } }
}`;
const SIMULATE = `query S($input: SimulatePricesInput!) {
  simulatePrices(input: $input) {
    contractId basePriceType { code }
    lines { sku status unitPrice baseUnitPrice lineAmount vatAmount priceType { code } basePrice unroundedPrice
            steps { ruleName outcome reason { code text } priceBefore priceAfter } hints { fromQuantity price } buyerView }
  }
}`;
const SET_BASE = `mutation S($input: SetBasePriceTypeInput!) { setBasePriceType(input: $input) }`;
const AUDIT = `query A($filter: AuditFilterInput) { auditEvents(filter: $filter, take: 100) { items { action entityType before after } } }`;
const PAGE = `query P($filter: CatalogFilterInput) { catalogProducts(filter: $filter, take: 100) { items { id sku price { price } } } }`;

describe('pricing in the admin API', () => {
  let t: TestApp;
  let admin: string;
  let head: string;
  let sales: string;
  let salesId: string;
  let wholesale: { id: string; code: string };
  let dealer: { id: string; code: string };
  let categoryId: string;
  let products: { id: string; sku: string }[];
  let company: { id: string; legalEntityIds: string[] };
  let contractId: string;
  let otherCompany: { id: string };
  let buyerToken: string;

  const as = async (token: string, q: string, v: Record<string, unknown> = {}) => {
    const res = await t.admin<Data>(q, v, { token });
    if (res.errors.length) throw new Error(JSON.stringify(res.errors));
    return res.data as Data;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.ds;
    admin = (await loginStaff(t, (await createStaff(ds, StaffRole.ADMIN)).email)).token;
    head = (await loginStaff(t, (await createStaff(ds, StaffRole.HEAD_OF_SALES)).email)).token;
    const salesUser = await createStaff(ds, StaffRole.SALES_MANAGER);
    salesId = salesUser.id;
    sales = (await loginStaff(t, salesUser.email)).token;
    wholesale = await createPriceType(ds, { code: 'WHOLESALE', name: 'Опт', isDefault: true });
    dealer = await createPriceType(ds, { code: 'DEALER', name: 'Дилер' });
    categoryId = (await createCategory(ds, { name: 'Перфораторы' })).id;
    products = [];
    for (let i = 1; i <= 8; i++) products.push(await createProduct(ds, { sku: `HD-${i}`, categoryId }));
    await ds.query(`UPDATE product SET vat_rate = 22 WHERE category_id = $1`, [categoryId]);
    await ds.query(`INSERT INTO product_packaging (product_id, code, name, factor) VALUES ($1, 'box', 'Коробка', 10)`, [
      products[0].id,
    ]);
    for (const [i, p] of products.entries()) {
      await setPrice(ds, p.id, wholesale.id, String(1000 + i * 10), [['5', String(950 + i * 10)]]);
      await setPrice(ds, p.id, dealer.id, String(900 + i * 10));
    }
    company = await createCompany(ds, { name: 'Клиент менеджера', managerId: salesId });
    contractId = (await createContract(ds, company.legalEntityIds[0], { isDefault: true })).id;
    otherCompany = await createCompany(ds, { name: 'Чужой клиент', contracts: true });
    buyerToken = (await loginBuyer(t, (await createBuyer(ds, [{ companyId: company.id }])).email)).token;
  });
  afterAll(() => t.close());

  it('manages price types with audit, and refuses to delete one in use', async () => {
    const created = (
      await as(admin, CREATE_TYPE, {
        input: {
          code: 'RRP',
          name: 'РРЦ',
          currency: 'RUB',
          vatIncluded: true,
          staffOnly: false,
          isDefault: false,
          position: 0,
        },
      })
    ).createPriceType;
    const dup = await t.admin(CREATE_TYPE, { input: { code: 'RRP', name: 'x' } }, { token: admin });
    expect(dup.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });
    await as(admin, UPDATE_TYPE, { id: created.id, input: { code: 'RRP', name: 'Рекомендованная' } });
    const list = (await as(head, TYPES)).priceTypes;
    expect(list.find((x: Data) => x.code === 'WHOLESALE')).toMatchObject({ isDefault: true, entryCount: 8 });
    const inUse = await t.admin(DELETE_TYPE, { id: wholesale.id }, { token: admin });
    expect(errorCode(inUse)).toBe('CONFLICT');
    expect((await as(admin, DELETE_TYPE, { id: created.id })).deletePriceType).toBe(true);
    const audit = (await as(admin, AUDIT, { filter: { action: 'priceType.' } })).auditEvents.items;
    expect(audit.map((a: Data) => a.action).sort()).toEqual([
      'priceType.create',
      'priceType.delete',
      'priceType.update',
    ]);
    const update = audit.find((a: Data) => a.action === 'priceType.update');
    expect([JSON.parse(update.before).name, JSON.parse(update.after).name]).toEqual(['РРЦ', 'Рекомендованная']);
    // Sales managers read prices but do not manage them.
    expect(errorCode(await t.admin(CREATE_TYPE, { input: { code: 'X', name: 'X' } }, { token: sales }))).toBe(
      'FORBIDDEN',
    );
  });

  it('upserts entries by SKU all-or-nothing, with row errors, idempotently', async () => {
    const rows = [
      { sku: 'hd-1', priceTypeCode: 'DEALER', price: '880', tiers: [{ from: '10', price: '860' }] },
      { sku: 'HD-1', priceTypeCode: 'DEALER', packagingCode: 'box', price: '8500' },
      { sku: 'NOPE', priceTypeCode: 'DEALER', price: '1' },
      { sku: 'HD-2', priceTypeCode: 'NOPE', price: '1' },
      { sku: 'HD-3', priceTypeCode: 'DEALER', price: '-1' },
      { sku: 'HD-4', priceTypeCode: 'DEALER', packagingCode: 'pallet', price: '1' },
      { sku: 'HD-1', priceTypeCode: 'DEALER', price: '870' },
    ];
    const refused = (await as(admin, UPSERT_ENTRIES, { input: { rows } })).upsertPriceEntries;
    expect(refused.applied).toBe(0);
    expect(refused.rowErrors.map((e: Data) => [e.row, e.field, e.errorCode])).toEqual([
      [5, 'price', 'INVALID_PRICE'],
      [3, 'sku', 'UNKNOWN_PRODUCT'],
      [4, 'priceTypeCode', 'UNKNOWN_PRICE_TYPE'],
      [6, 'packagingCode', 'UNKNOWN_PACKAGING'],
      [7, 'sku', 'DUPLICATE_KEY'],
    ]);
    const dealerHd1 = async () =>
      (await as(admin, ENTRIES, { filter: { productIds: [products[0].id], priceTypeId: dealer.id } })).priceEntries
        .items;
    expect((await dealerHd1()).map((e: Data) => e.price)).toEqual(['900']); // nothing half-saved

    const good = rows.slice(0, 2);
    const first = (await as(admin, UPSERT_ENTRIES, { input: { rows: good } })).upsertPriceEntries;
    expect(first).toMatchObject({ applied: 2, rowErrors: [] });
    expect(await dealerHd1()).toEqual([
      {
        product: { sku: 'HD-1' },
        priceTypeCode: 'DEALER',
        packagingCode: '',
        price: '880',
        tiers: [{ from: '10', price: '860' }],
      },
      { product: { sku: 'HD-1' }, priceTypeCode: 'DEALER', packagingCode: 'box', price: '8500', tiers: [] },
    ]);
    const again = (await as(admin, UPSERT_ENTRIES, { input: { rows: good } })).upsertPriceEntries;
    expect(again.applied).toBe(0);
    expect(again.items.map((i: Data) => i.changed)).toEqual([false, false]);
    // Partial mode applies the valid rows and reports the rest.
    const partial = (
      await as(admin, UPSERT_ENTRIES, {
        input: {
          rows: [
            { sku: 'HD-1', priceTypeCode: 'DEALER', packagingCode: 'box', delete: true },
            { sku: 'NOPE', priceTypeCode: 'DEALER', price: '1' },
          ],
          options: { allOrNothing: false },
        },
      })
    ).upsertPriceEntries;
    expect(partial.applied).toBe(1);
    expect((await dealerHd1()).length).toBe(1);
    const audit = (await as(admin, AUDIT, { filter: { action: 'priceEntry.' } })).auditEvents.items;
    expect(audit.map((a: Data) => a.action).sort()).toEqual([
      'priceEntry.create',
      'priceEntry.delete',
      'priceEntry.update',
    ]);
    const update = audit.find((a: Data) => a.action === 'priceEntry.update');
    expect(JSON.parse(update.before)).toMatchObject({
      sku: 'HD-1',
      priceTypeCode: 'DEALER',
      price: '900.0000',
      tiers: [],
    });
    expect(JSON.parse(update.after)).toMatchObject({
      sku: 'HD-1',
      price: '880.0000',
      tiers: [{ from: '10', price: '860' }],
    });
  });

  it('validates rules naming the field, warns about overlaps and shadowing, audits every change', async () => {
    const base = {
      name: 'Скидка клиенту',
      priority: 10,
      scopeKind: 'COMPANY',
      scopeId: company.id,
      targetKind: 'ALL',
      actionKind: 'PERCENT_DISCOUNT',
      value: '5',
    };
    const bad = await t.admin(CREATE_RULE, { input: { ...base, value: '150' } }, { token: admin });
    expect(bad.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.value' });
    const unknown = await t.admin(
      CREATE_RULE,
      { input: { ...base, scopeKind: 'CONTRACT', scopeId: otherCompany.id } },
      { token: admin },
    );
    expect(unknown.errors[0].extensions).toMatchObject({ field: 'input.scopeId' });
    // The editor asks for a new rule's warnings (no id yet) while it is typed: field errors and warnings.
    const WARNINGS = `query W($id: ID, $input: PriceRuleInput!) { priceRuleWarnings(id: $id, input: $input) { code ruleName } }`;
    const draftBad = await t.admin(WARNINGS, { id: null, input: { ...base, value: '150' } }, { token: admin });
    expect(draftBad.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.value' });
    expect((await as(admin, WARNINGS, { input: base })).priceRuleWarnings).toEqual([]);
    const first = (await as(admin, CREATE_RULE, { input: base })).createPriceRule;
    expect((await as(admin, WARNINGS, { id: null, input: { ...base, name: 'Черновик' } })).priceRuleWarnings).toEqual([
      { code: 'OVERLAPS', ruleName: 'Скидка клиенту' },
    ]);
    // Editing the rule itself: it does not overlap with itself.
    expect((await as(admin, WARNINGS, { id: first.rule.id, input: base })).priceRuleWarnings).toEqual([]);
    expect(first.rule).toMatchObject({ scopeName: 'Клиент менеджера', targetKind: 'ALL', value: '5', active: true });
    expect(first.warnings).toEqual([]);
    const second = (await as(admin, CREATE_RULE, { input: { ...base, name: 'Ещё скидка', value: '3' } }))
      .createPriceRule;
    expect(second.warnings).toEqual([{ code: 'OVERLAPS', ruleName: 'Скидка клиенту' }]);
    const boss = (
      await as(admin, CREATE_RULE, {
        input: {
          ...base,
          name: 'Жёсткая цена',
          priority: 100,
          policy: 'EXCLUSIVE',
          scopeKind: 'EVERYONE',
          scopeId: null,
          value: '1',
        },
      })
    ).createPriceRule;
    expect(boss.warnings.map((w: Data) => `${w.code} ${w.ruleName}`).sort()).toEqual([
      'SHADOWS Ещё скидка',
      'SHADOWS Скидка клиенту',
    ]);
    await as(admin, DELETE_RULE, { id: boss.rule.id });
    const updated = (
      await as(admin, UPDATE_RULE, {
        id: second.rule.id,
        input: {
          ...base,
          name: 'Объёмная скидка',
          value: null,
          tierBasis: 'QUANTITY',
          tiers: [
            { from: '5', value: '3' },
            { from: '20', value: '6' },
          ],
          validFrom: '2026-01-01T00:00:00+03:00',
        },
      })
    ).updatePriceRule;
    expect(updated.rule).toMatchObject({ name: 'Объёмная скидка', value: null, validFrom: '2025-12-31T21:00:00.000Z' });
    expect(updated.rule.tiers).toEqual([
      { from: '5', value: '3' },
      { from: '20', value: '6' },
    ]);
    const listed = (await as(sales, RULES, { filter: { scopeId: company.id } })).priceRules;
    expect(listed.items.map((r: Data) => r.name)).toEqual(['Объёмная скидка', 'Скидка клиенту']);
    const audit = (await as(admin, AUDIT, { filter: { action: 'priceRule.' } })).auditEvents.items;
    expect(audit.map((a: Data) => a.action).sort()).toEqual([
      'priceRule.create',
      'priceRule.create',
      'priceRule.create',
      'priceRule.delete',
      'priceRule.update',
    ]);
    expect(errorCode(await t.admin(DELETE_RULE, { id: first.rule.id }, { token: sales }))).toBe('FORBIDDEN');
  });

  it('upserts rules by external id for integrators (SKU, price type code), all or nothing', async () => {
    const rows = [
      {
        externalId: 'ERP-PROMO-1',
        name: 'Акция HD-2',
        scopeKind: 'EVERYONE',
        targetKind: 'PRODUCT',
        targetSku: 'hd-2',
        actionKind: 'FIXED_PRICE',
        value: '777',
        policy: 'BEST_PRICE',
      },
      {
        externalId: 'ERP-DEALER',
        name: 'Дилерам — дилерская',
        scopeKind: 'COMPANY',
        scopeId: company.id,
        targetKind: 'PRODUCT',
        targetSku: 'HD-3',
        actionKind: 'SWITCH_PRICE_TYPE',
        priceTypeCode: 'DEALER',
      },
    ];
    const broken = (await as(admin, UPSERT_RULES, { input: { rows: [...rows, { ...rows[0], externalId: null }] } }))
      .upsertPriceRules;
    expect(broken).toMatchObject({ applied: 0, rowErrors: [{ row: 3, field: 'externalId', errorCode: 'REQUIRED' }] });
    const first = (await as(admin, UPSERT_RULES, { input: { rows } })).upsertPriceRules;
    expect(first).toMatchObject({ applied: 2, items: [{ created: true }, { created: true }] });
    const again = (await as(admin, UPSERT_RULES, { input: { rows } })).upsertPriceRules;
    expect(again).toMatchObject({ applied: 0, items: [{ created: false }, { created: false }] });
    const changed = (await as(admin, UPSERT_RULES, { input: { rows: [{ ...rows[0], value: '750' }] } }))
      .upsertPriceRules;
    expect(changed.applied).toBe(1);
    const badRef = (await as(admin, UPSERT_RULES, { input: { rows: [{ ...rows[0], targetSku: 'NOPE' }] } }))
      .upsertPriceRules;
    expect(badRef.rowErrors).toEqual([expect.objectContaining({ row: 1, field: 'targetId' })]);
  });

  it('simulates the catalog’s prices with full traces, for own clients only', async () => {
    const catalog = (await t.shop<Data>(PAGE, { filter: { categoryId } }, { token: buyerToken })).data!.catalogProducts
      .items;
    const sim = (
      await as(sales, SIMULATE, {
        input: { companyId: company.id, lines: catalog.map((p: Data) => ({ productId: p.id, quantity: '1' })) },
      })
    ).simulatePrices;
    expect(sim.contractId).toBe(contractId);
    expect(sim.lines.map((l: Data) => l.baseUnitPrice)).toEqual(catalog.map((p: Data) => p.price?.price ?? null));
    const hd3 = sim.lines.find((l: Data) => l.sku === 'HD-3');
    expect(hd3.priceType.code).toBe('DEALER');
    expect(hd3.steps[0]).toMatchObject({ ruleName: 'Дилерам — дилерская', outcome: 'SWITCHED_BASE' });
    expect(hd3.steps.map((s: Data) => s.ruleName)).toContain('Объёмная скидка');
    expect(JSON.parse(hd3.buyerView)).toMatchObject({ priceTypeName: 'Дилер' });
    // Six of HD-1 in boxes: 6 × 10 pcs, the volume tier from 5 applies.
    const boxes = (
      await as(admin, SIMULATE, {
        input: {
          contractId,
          lines: [{ productId: products[0].id, quantity: '6', unit: 'box' }],
          at: '2026-06-01T00:00:00Z',
        },
      })
    ).simulatePrices.lines[0];
    expect(boxes).toMatchObject({ status: 'PRICED', priceType: { code: 'WHOLESALE' } });
    expect(boxes.steps.find((s: Data) => s.ruleName === 'Объёмная скидка')).toMatchObject({ outcome: 'APPLIED' });
    // A date before the volume discount starts shows it NOT_YET_VALID.
    const early = (
      await as(admin, SIMULATE, {
        input: { contractId, lines: [{ productId: products[0].id, quantity: '60' }], at: '2025-06-01T00:00:00Z' },
      })
    ).simulatePrices.lines[0];
    expect(early.steps.find((s: Data) => s.ruleName === 'Объёмная скидка').reason.code).toBe('NOT_YET_VALID');

    const foreign = await t.admin(
      SIMULATE,
      { input: { companyId: otherCompany.id, lines: [{ productId: products[0].id, quantity: '1' }] } },
      { token: sales },
    );
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    expect(
      (await as(head, SIMULATE, { input: { companyId: otherCompany.id, lines: [] } })).simulatePrices.lines,
    ).toEqual([]);
  });

  it('sets a contract’s base price type (managers: own clients), and the catalog follows at once', async () => {
    const before = (await t.shop<Data>(PAGE, { filter: { categoryId } }, { token: buyerToken })).data!.catalogProducts
      .items;
    expect(
      errorCode(
        await t.admin(SET_BASE, { input: { companyId: otherCompany.id, priceTypeId: dealer.id } }, { token: sales }),
      ),
    ).toBe('NOT_FOUND');
    await as(sales, SET_BASE, { input: { contractId, priceTypeId: dealer.id } });
    const after = (await t.shop<Data>(PAGE, { filter: { categoryId } }, { token: buyerToken })).data!.catalogProducts
      .items;
    const hd8 = (items: Data[]) => items.find((p) => p.sku === 'HD-8')!.price.price;
    expect([hd8(before), hd8(after)]).toEqual(['1016.5', '921.5']); // Wholesale 1070 → Dealer 970, −5 % by the company rule

    // The company card shows where the base type is set (the contract) and what is inherited (null).
    const card = await as(
      sales,
      `query C($id: ID!) { company(id: $id) { basePriceTypeId legalEntities { basePriceTypeId contracts { id basePriceTypeId } } } }`,
      { id: company.id },
    );
    expect(card.company.basePriceTypeId).toBeNull();
    expect(card.company.legalEntities[0].basePriceTypeId).toBeNull();
    expect(card.company.legalEntities[0].contracts.find((k: Data) => k.id === contractId).basePriceTypeId).toBe(
      dealer.id,
    );
    await as(sales, SET_BASE, { input: { contractId, priceTypeId: null } });
    const reset = await as(
      sales,
      `query C($id: ID!) { company(id: $id) { legalEntities { contracts { id basePriceTypeId } } } }`,
      {
        id: company.id,
      },
    );
    expect(reset.company.legalEntities[0].contracts.find((k: Data) => k.id === contractId).basePriceTypeId).toBeNull();
  });
});
