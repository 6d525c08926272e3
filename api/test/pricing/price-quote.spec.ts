import { DataSource } from 'typeorm';
import { RequestContext } from '../../src/common/context/request-context';
import { Db } from '../../src/common/database/db.service';
import { Dec } from '../../src/common/money/decimal';
import { PriceQuoteService, QuoteLineStatus } from '../../src/modules/pricing/price-quote.service';
import { createCategory, createProduct, createWarehouse } from '../helpers/catalog-factories';
import { createCompany, createContract } from '../helpers/factories';
import { createPriceType, createRule, setPrice } from '../helpers/pricing-factories';
import { createTestApp, TestApp } from '../helpers/test-app';

const d = (v: string | number) => new Dec(v);
const text = (v: Dec | null | undefined) => (v == null ? null : v.toFixed());

describe('PriceQuoteService (real PostgreSQL)', () => {
  let t: TestApp;
  let ds: DataSource;
  let quotes: PriceQuoteService;
  let db: Db;
  const ctx = () => RequestContext.forSystem();

  let wholesale: { id: string };
  let dealer: { id: string };
  let purchase: { id: string };
  let contractId: string;
  let otherContractId: string;
  let companyId: string;
  let drill: { id: string };
  let screw: { id: string };
  let plain: { id: string };
  let kazan: { id: string };
  let dealers: string;

  beforeAll(async () => {
    // No reuse of prepared contracts: these tests change rules with plain SQL and price right after.
    t = await createTestApp({ PRICING_CACHE_MS: '0' });
    ds = t.ds;
    quotes = t.app.get(PriceQuoteService);
    db = t.app.get(Db);
    wholesale = await createPriceType(ds, { code: 'WHOLESALE', name: 'Wholesale', isDefault: true });
    dealer = await createPriceType(ds, { code: 'DEALER', name: 'Dealer' });
    purchase = await createPriceType(ds, { code: 'PURCHASE', name: 'Purchase', staffOnly: true, vatIncluded: false });
    const company = await createCompany(ds, { contracts: false });
    companyId = company.id;
    contractId = (await createContract(ds, company.legalEntityIds[0], { isDefault: true, paymentTerms: 'DEFERRAL' }))
      .id;
    const other = await createCompany(ds);
    otherContractId = (await createContract(ds, other.legalEntityIds[0], { isDefault: true })).id;
    const [group] = await ds.query<{ id: string }[]>(
      `INSERT INTO contractor_group (code, name) VALUES ('dealers', 'Дилеры') RETURNING id`,
    );
    dealers = group.id;
    await ds.query(`INSERT INTO company_contractor_group (company_id, contractor_group_id) VALUES ($1, $2)`, [
      companyId,
      dealers,
    ]);
    const [brand] = await ds.query<{ id: string }[]>(`INSERT INTO brand (name) VALUES ('Bosch') RETURNING id`);
    const tools = await createCategory(ds, { name: 'Инструмент' });
    const drills = await createCategory(ds, { name: 'Дрели', parentId: tools.id });
    drill = await createProduct(ds, { sku: 'GSR-120', categoryId: drills.id, brandId: brand.id });
    screw = await createProduct(ds, { sku: 'SCREW-4x40', categoryId: tools.id });
    plain = await createProduct(ds, { sku: 'NO-PRICE' });
    await ds.query(`UPDATE product SET vat_rate = 22 WHERE id = ANY($1)`, [[drill.id, screw.id]]);
    await ds.query(
      `INSERT INTO product_packaging (product_id, code, name, factor, position) VALUES ($1, 'box', 'Коробка 200 шт', 200, 0)`,
      [screw.id],
    );
    kazan = await createWarehouse(ds, { code: 'KZN', city: 'Казань' });

    await setPrice(ds, drill.id, wholesale.id, '100', [['100', '96']]);
    await setPrice(ds, drill.id, dealer.id, '92', [['100', '90']]);
    await setPrice(ds, drill.id, purchase.id, '60');
    await setPrice(ds, screw.id, wholesale.id, '2.5');
    await setPrice(ds, screw.id, wholesale.id, '400', [], 'box'); // 2.00 per screw by the box
    await setPrice(ds, screw.id, purchase.id, '1.1');

    await createRule(ds, {
      name: 'Dealers buy at Dealer prices',
      priority: 100,
      scope: ['GROUP', dealers],
      target: ['BRAND', brand.id],
      action: 'SWITCH_PRICE_TYPE',
      priceTypeId: dealer.id,
    });
    await createRule(ds, {
      name: 'Contract discount',
      publicLabel: '−5% by contract',
      priority: 50,
      scope: ['CONTRACT', contractId],
      action: 'PERCENT_DISCOUNT',
      value: '5',
    });
    await createRule(ds, {
      name: 'Kazan clearance',
      priority: 30,
      action: 'PERCENT_DISCOUNT',
      value: '1',
      warehouseIds: [kazan.id],
    });
    await createRule(ds, {
      name: 'Big orders',
      priority: 30,
      action: 'PERCENT_DISCOUNT',
      value: '2',
      minOrderAmount: '50000',
    });
    await createRule(ds, {
      name: 'Ended promo',
      priority: 10,
      action: 'PERCENT_DISCOUNT',
      value: '50',
      validTo: new Date(Date.now() - 86_400_000),
    });
  });
  afterAll(() => t.close());

  it('prices many lines with base type, switch, tiers, packaging, VAT and explanations', async () => {
    const q = await quotes.quote(ctx(), {
      contractId,
      lines: [
        { productId: drill.id, quantity: d(120) },
        { productId: screw.id, quantity: d(3), unit: 'box' },
        { productId: screw.id, quantity: d(10), unit: 'pcs' },
        { productId: plain.id, quantity: d(1) },
        { productId: '00000000-0000-4000-8000-000000000000', quantity: d(1) },
        { productId: screw.id, quantity: d(1), unit: 'pallet' },
        { productId: screw.id, quantity: d(0) },
      ],
    });
    expect(q.basePriceType).toMatchObject({ code: 'WHOLESALE', name: 'Wholesale' });
    const [drillLine, boxLine, pcsLine, noPrice, missing, badUnit, zero] = q.lines;

    // Dealer tier from 100 = 90, −5 % by contract = 85.5; 120 × 85.5 = 10 260 with 22 % VAT inside.
    expect(drillLine.status).toBe(QuoteLineStatus.PRICED);
    expect(text(drillLine.unitPrice)).toBe('85.5');
    expect(text(drillLine.lineAmount)).toBe('10260');
    expect(drillLine.priceType).toMatchObject({ code: 'DEALER', staffOnly: false });
    expect(drillLine.currency).toBe('RUB');
    expect(drillLine.vat).toMatchObject({ included: true });
    expect(text(drillLine.vat!.rate)).toBe('22');
    expect(text(drillLine.vat!.amount)).toBe('1850.16');
    expect(text(drillLine.vat!.net)).toBe('8409.84');
    expect(drillLine.explanation).toMatchObject({
      priceTypeName: 'Dealer',
      steps: [{ label: '−5% by contract', kind: 'DISCOUNT' }],
    });
    expect(text(drillLine.explanation!.basePrice)).toBe('90');
    // The staff trace: every considered rule with its outcome; the ended promo is not even loaded.
    const trace = drillLine.trace!.steps.map((s) => [s.ruleName, s.outcome, s.reason?.code ?? null]);
    expect(trace.slice(0, 2)).toEqual([
      ['Dealers buy at Dealer prices', 'SWITCHED_BASE', 'PRICE_TYPE_SWITCHED'],
      ['Contract discount', 'APPLIED', null],
    ]);
    // Same priority and specificity: ordered by id, so either may come first.
    expect(trace.slice(2)).toEqual(
      expect.arrayContaining([
        ['Big orders', 'SKIPPED', 'ORDER_AMOUNT_UNKNOWN'],
        ['Kazan clearance', 'SKIPPED', 'WAREHOUSE_NOT_CHOSEN'],
      ]),
    );
    expect(trace).toHaveLength(4);

    // By the box: 400 per box of 200 → 2 per screw, −5 % → 1.9; a box costs 380.
    expect(boxLine).toMatchObject({ status: 'PRICED', unit: 'box' });
    expect(text(boxLine.unitFactor)).toBe('200');
    expect(text(boxLine.baseQuantity)).toBe('600');
    expect(text(boxLine.baseUnitPrice)).toBe('1.9');
    expect(text(boxLine.unitPrice)).toBe('380');
    expect(text(boxLine.lineAmount)).toBe('1140');
    // The product's own unit code means the base unit: 2.5 − 5 % = 2.375.
    expect(pcsLine).toMatchObject({ status: 'PRICED', unit: null });
    expect(text(pcsLine.unitPrice)).toBe('2.375');
    expect(text(pcsLine.lineAmount)).toBe('23.75');
    expect(text(pcsLine.vat!.amount)).toBe('4.28');

    expect(noPrice.status).toBe(QuoteLineStatus.NO_PRICE);
    expect(noPrice.unitPrice).toBeNull();
    expect(noPrice.trace!.noPriceReason!.code).toBe('NO_BASE_PRICE');
    expect(missing.status).toBe(QuoteLineStatus.PRODUCT_NOT_FOUND);
    expect(badUnit.status).toBe(QuoteLineStatus.UNKNOWN_UNIT);
    expect(zero.status).toBe(QuoteLineStatus.INVALID_QUANTITY);
  });

  it('applies warehouse and order-amount conditions when the caller knows them', async () => {
    const q = await quotes.quote(ctx(), {
      contractId,
      orderAmount: d(60000),
      lines: [{ productId: drill.id, quantity: d(1), warehouseId: kazan.id }],
    });
    // Dealer 92, −5 %, −2 % and −1 % (all stacking: their order does not change the product).
    expect(text(q.lines[0].unitPrice)).toBe(
      new Dec(92).times(0.95).times(0.98).times(0.99).toDecimalPlaces(4).toFixed(),
    );
  });

  it('prices at a past instant with the rules valid then', async () => {
    const q = await quotes.quote(ctx(), {
      contractId,
      at: new Date(Date.now() - 2 * 86_400_000),
      lines: [{ productId: screw.id, quantity: d(1) }],
    });
    // 2.5 −5 % −50 % (the promo was still running).
    expect(text(q.lines[0].unitPrice)).toBe('1.1875');
  });

  it('uses a constant number of SQL statements whatever the number of lines', async () => {
    const count = async (n: number) => {
      const spy = jest.spyOn(db, 'run');
      try {
        await quotes.quote(ctx(), {
          contractId,
          lines: Array.from({ length: n }, (_, i) => ({ productId: i % 2 ? drill.id : screw.id, quantity: d(i + 1) })),
        });
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const one = await count(1);
    expect(one).toBe(2);
    expect(await count(200)).toBe(one);
  });

  it('shows a rule change in the very next quote', async () => {
    const line = [{ productId: screw.id, quantity: d(1) }];
    const before = await quotes.quote(ctx(), { contractId, lines: line });
    const rule = await createRule(ds, {
      name: 'Flash sale',
      priority: 5,
      scope: ['COMPANY', companyId],
      target: ['PRODUCT', screw.id],
      action: 'FIXED_PRICE',
      value: '1.5',
      policy: 'EXCLUSIVE',
    });
    const after = await quotes.quote(ctx(), { contractId, lines: line });
    await ds.query(`DELETE FROM price_rule WHERE id = $1`, [rule.id]);
    expect(text(before.lines[0].unitPrice)).toBe('2.375');
    expect(text(after.lines[0].unitPrice)).toBe('1.5');
    // The contract discount (priority 50) comes first; the exclusive fixed price then replaces the price.
    expect(after.lines[0].explanation!.steps.map((s) => s.label)).toEqual(['−5% by contract', 'Special price']);
  });

  it('never shows a staff-only base type or its price to the buyer, while pricing from it', async () => {
    const rule = await createRule(ds, {
      name: 'Partner buys at purchase',
      priority: 200,
      scope: ['CONTRACT', otherContractId],
      action: 'SWITCH_PRICE_TYPE',
      priceTypeId: purchase.id,
    });
    try {
      const q = await quotes.quote(ctx(), {
        contractId: otherContractId,
        lines: [{ productId: drill.id, quantity: d(1) }],
      });
      const line = q.lines[0];
      expect(text(line.unitPrice)).toBe('60');
      expect(line.priceType).toMatchObject({ code: 'PURCHASE', staffOnly: true });
      expect(line.explanation).toMatchObject({ priceTypeName: 'Personal price', basePrice: null });
      expect(JSON.stringify(line.explanation)).not.toMatch(/Purchase|PURCHASE/);
      // The other company's contract rules never reach this contract, and vice versa.
      const mine = await quotes.quote(ctx(), { contractId, lines: [{ productId: drill.id, quantity: d(1) }] });
      expect(mine.lines[0].trace!.steps.map((s) => s.ruleName)).not.toContain('Partner buys at purchase');
      expect(line.trace!.steps.map((s) => s.ruleName)).not.toContain('Contract discount');
    } finally {
      await ds.query(`DELETE FROM price_rule WHERE id = $1`, [rule.id]);
    }
  });

  it('takes the base type from the legal entity or company when the contract names none', async () => {
    const company = await createCompany(ds);
    const k = await createContract(ds, company.legalEntityIds[0], { isDefault: true });
    const line = [{ productId: drill.id, quantity: d(1) }];
    expect((await quotes.quote(ctx(), { contractId: k.id, lines: line })).lines[0].priceType?.code).toBe('WHOLESALE');
    await ds.query(`UPDATE company SET base_price_type_id = $1 WHERE id = $2`, [dealer.id, company.id]);
    expect(text((await quotes.quote(ctx(), { contractId: k.id, lines: line })).lines[0].unitPrice)).toBe('92');
    await ds.query(`UPDATE contract SET base_price_type_id = $1 WHERE id = $2`, [wholesale.id, k.id]);
    expect(text((await quotes.quote(ctx(), { contractId: k.id, lines: line })).lines[0].unitPrice)).toBe('100');
  });

  it('rejects an unknown contract', async () => {
    await expect(
      quotes.quote(ctx(), { contractId: '00000000-0000-4000-8000-000000000001', lines: [] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
