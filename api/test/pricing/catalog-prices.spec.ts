import request from 'supertest';
import { createCategory, createProduct } from '../helpers/catalog-factories';
import { createBuyer, createCompany, createContract } from '../helpers/factories';
import { loginBuyer } from '../helpers/auth';
import { createPriceType, createRule, setPrice } from '../helpers/pricing-factories';
import { createTestApp, TestApp } from '../helpers/test-app';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

const PAGE = `query Page($filter: CatalogFilterInput, $take: Int) {
  catalogProducts(filter: $filter, take: $take, sort: { field: SKU, direction: ASC }) {
    items { sku price { price priceWithVat priceWithoutVat currency vatIncluded vatRate quantity priceTypeName personal hints { fromQuantity price } } }
  }
}`;
const CARD = `query Card($id: ID!) {
  catalogProduct(id: $id) {
    sku
    price { price priceTypeName }
    priceExplanation { priceTypeName currency vatIncluded vatRate basePrice finalPrice quantity steps { label generic kind percent } hints { fromQuantity price } }
    analogs { product { sku price { price } } }
  }
}`;

describe('personal prices in the catalog', () => {
  let t: TestApp;
  let tokenA: string;
  let tokenB: string;
  let categoryId: string;
  let drill: { id: string; sku: string };
  let ruleA: string;
  let wholesaleId: string;
  let contractBId: string;
  let otherId: string;

  beforeAll(async () => {
    t = await createTestApp({ SQL_COUNT_HEADER: 'true' });
    const ds = t.ds;
    const wholesale = await createPriceType(ds, { code: 'WHOLESALE', name: 'Опт', isDefault: true });
    const dealer = await createPriceType(ds, { code: 'DEALER', name: 'Дилерская' });
    const purchase = await createPriceType(ds, { code: 'PURCHASE', name: 'Закупочная', staffOnly: true });
    const a = await createCompany(ds, { name: 'Альфа' });
    const b = await createCompany(ds, { name: 'Бета' });
    const contractA = await createContract(ds, a.legalEntityIds[0], { isDefault: true });
    const contractB = await createContract(ds, b.legalEntityIds[0], { isDefault: true });
    await ds.query(`UPDATE contract SET base_price_type_id = $1 WHERE id = $2`, [dealer.id, contractA.id]);
    tokenA = (await loginBuyer(t, (await createBuyer(ds, [{ companyId: a.id }])).email)).token;
    tokenB = (await loginBuyer(t, (await createBuyer(ds, [{ companyId: b.id }])).email)).token;
    categoryId = (await createCategory(ds, { name: 'Дрели' })).id;
    drill = await createProduct(ds, { sku: 'P-1', categoryId });
    const others = [];
    for (let i = 2; i <= 6; i++) others.push(await createProduct(ds, { sku: `P-${i}`, categoryId }));
    await ds.query(`UPDATE product SET vat_rate = 20 WHERE category_id = $1`, [categoryId]);
    for (const p of [drill, ...others]) {
      await setPrice(ds, p.id, wholesale.id, '120', [['10', '114']]);
      await setPrice(ds, p.id, dealer.id, '108', [['50', '102']]);
      await setPrice(ds, p.id, purchase.id, '66.6');
    }
    wholesaleId = wholesale.id;
    contractBId = contractB.id;
    otherId = others[0].id;
    await ds.query(`INSERT INTO product_analog (product_id, analog_id, kind) VALUES ($1, $2, 'FULL')`, [
      drill.id,
      others[0].id,
    ]);
    ruleA = (
      await createRule(ds, {
        name: 'Альфа: скидка по договору 17/2026',
        publicLabel: '−10% по договору',
        scope: ['CONTRACT', contractA.id],
        action: 'PERCENT_DISCOUNT',
        value: '10',
      })
    ).id;
    // B buys at purchase + 20 %: the price is fine to show, the purchase column is not.
    await createRule(ds, {
      name: 'Бета: закупка + 20%',
      scope: ['CONTRACT', contractB.id],
      target: ['PRODUCT', drill.id],
      action: 'PRICE_TYPE_RELATIVE',
      priceTypeId: purchase.id,
      value: '20',
      policy: 'EXCLUSIVE',
    });
  });
  afterAll(() => t.close());

  const page = async (token: string, take = 10) => {
    const res = await request(t.http)
      .post('/shop-api')
      .set('authorization', `Bearer ${token}`)
      .send({ query: PAGE, variables: { filter: { categoryId }, take } });
    expect(res.body.errors).toBeUndefined();
    return { items: res.body.data.catalogProducts.items as Data[], sql: Number(res.headers['x-sql-count']) };
  };

  it('shows each buyer his own price, with VAT and tier hints', async () => {
    const a = (await page(tokenA)).items[0];
    // Dealer 108 −10 % = 97.2 with 20 % VAT; from 50 pcs 102 −10 % = 91.8.
    expect(a).toEqual({
      sku: 'P-1',
      price: {
        price: '97.2',
        priceWithVat: '97.2',
        priceWithoutVat: '81',
        currency: 'RUB',
        vatIncluded: true,
        vatRate: '20',
        quantity: '1',
        priceTypeName: 'Дилерская',
        personal: true,
        hints: [{ fromQuantity: '50', price: '91.8' }],
      },
    });
    const [bDrill, bOther] = (await page(tokenB)).items;
    expect(bDrill.price).toMatchObject({ price: '79.92', priceTypeName: 'Опт', personal: true, hints: [] });
    expect(bOther.price).toMatchObject({ price: '120', priceTypeName: 'Опт', personal: false });
    expect(bOther.price.hints).toEqual([{ fromQuantity: '10', price: '114' }]);
  });

  it('prices a page in a fixed number of SQL statements (≤ 5), whatever its size', async () => {
    const one = await page(tokenA, 1);
    const six = await page(tokenA, 6);
    expect(six.items.every((i) => i.price !== null)).toBe(true);
    expect(one.sql).toBe(six.sql);
    expect(six.sql).toBeLessThanOrEqual(5);
  });

  it('explains the price on the card without staff-only details', async () => {
    const res = await t.shop<Data>(CARD, { id: drill.id }, { token: tokenA });
    expect(res.errors).toEqual([]);
    const card = res.data!.catalogProduct;
    expect(card.priceExplanation).toEqual({
      priceTypeName: 'Дилерская',
      currency: 'RUB',
      vatIncluded: true,
      vatRate: '20',
      basePrice: '108',
      finalPrice: '97.2',
      quantity: '1',
      steps: [{ label: '−10% по договору', generic: false, kind: 'DISCOUNT', percent: '10' }],
      hints: [{ fromQuantity: '50', price: '91.8' }],
    });
    expect(card.analogs[0].product.price.price).toBe('97.2');
    const b = await t.shop<Data>(CARD, { id: drill.id }, { token: tokenB });
    expect(b.data!.catalogProduct.priceExplanation).toMatchObject({
      priceTypeName: 'Опт',
      finalPrice: '79.92',
      steps: [{ label: 'Special price', generic: true, kind: 'SPECIAL_PRICE', percent: null }],
    });
    const body = JSON.stringify(b.data);
    for (const secret of ['Закупочная', 'PURCHASE', '66.6', 'закупка', 'Альфа', '−10% по договору']) {
      expect(body).not.toContain(secret);
    }
  });

  it('prices a whole package on the card from the buyer’s own contract', async () => {
    const [{ id: p2 }] = await t.ds.query<{ id: string }[]>(`SELECT id FROM product WHERE sku = 'P-2'`);
    const [{ id: wholesale }] = await t.ds.query<{ id: string }[]>(
      `SELECT id FROM price_type WHERE code = 'WHOLESALE'`,
    );
    await t.ds.query(
      `INSERT INTO product_packaging (product_id, code, name, factor, position) VALUES ($1, 'box', 'Коробка', 10, 0)`,
      [p2],
    );
    // Wholesale has a box price of its own (110 per unit instead of 120); Dealer has none.
    await setPrice(t.ds, p2, wholesale, '1100', [], 'box');
    const query = `query Box($id: ID!) { catalogProduct(id: $id) { packagingPrices { code price unitPrice currency vatIncluded } } }`;
    const a = await t.shop<Data>(query, { id: p2 }, { token: tokenA });
    expect(a.errors).toEqual([]);
    // A: dealer 108 per unit −10 % = 97.2, × 10.
    expect(a.data!.catalogProduct.packagingPrices).toEqual([
      { code: 'box', price: '972', unitPrice: '97.2', currency: 'RUB', vatIncluded: true },
    ]);
    // B: the wholesale box price, never A's contract discount.
    const b = await t.shop<Data>(query, { id: p2 }, { token: tokenB });
    expect(b.data!.catalogProduct.packagingPrices).toEqual([
      { code: 'box', price: '1100', unitPrice: '110', currency: 'RUB', vatIncluded: true },
    ]);
  });

  it('shows a rule change within a second, on every replica (prepared contracts live at most PRICING_CACHE_MS)', async () => {
    expect((await page(tokenA, 1)).items[0].price.price).toBe('97.2'); // cached now
    // A change by another replica (plain SQL here: this process is not told).
    await t.ds.query(`UPDATE price_rule SET value = 15 WHERE id = $1`, [ruleA]);
    const changed = Date.now();
    try {
      let price = '';
      while (Date.now() - changed < 1000) {
        price = (await page(tokenA, 1)).items[0].price.price as string;
        if (price === '91.8') break;
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(price).toBe('91.8');
      expect(Date.now() - changed).toBeLessThan(1000);
    } finally {
      await t.ds.query(`UPDATE price_rule SET value = 10 WHERE id = $1`, [ruleA]);
      await new Promise((r) => setTimeout(r, 600)); // the next tests expect the old rule again
    }
  });

  it('keeps a row’s price between pages until an entry, the product or a rule’s start changes it', async () => {
    const otherPrice = async () => (await page(tokenB, 2)).items[1].price as Data;
    const until = async (expected: Partial<Data>) => {
      const started = Date.now();
      let price: Data = {};
      while (Date.now() - started < 1000) {
        price = await otherPrice();
        if (Object.entries(expected).every(([k, v]) => price[k] === v)) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(price).toMatchObject(expected);
    };
    expect(await otherPrice()).toMatchObject({ price: '120', priceWithoutVat: '100' }); // kept now
    try {
      // Changes by another replica (plain SQL: this process hears of them by notification only).
      await setPrice(t.ds, otherId, wholesaleId, '126', [['10', '114']]);
      await until({ price: '126', priceWithoutVat: '105' });
      await t.ds.query(`UPDATE product SET vat_rate = 5 WHERE id = $1`, [otherId]);
      await until({ price: '126', priceWithoutVat: '120', vatRate: '5' });
      // A rule that starts in a moment: the price kept before it holds only until then.
      const startsAt = new Date(Date.now() + 1200);
      await createRule(t.ds, {
        name: 'Бета: −10% с завтрашнего утра',
        scope: ['CONTRACT', contractBId],
        target: ['PRODUCT', otherId],
        action: 'PERCENT_DISCOUNT',
        value: '10',
        validFrom: startsAt,
      });
      await new Promise((r) => setTimeout(r, 400)); // its notification has dropped the kept prices
      expect(await otherPrice()).toMatchObject({ price: '126' }); // kept again, until the rule starts
      await new Promise((r) => setTimeout(r, Math.max(0, startsAt.getTime() - Date.now()) + 50));
      expect(await otherPrice()).toMatchObject({ price: '113.4', personal: true });
    } finally {
      await t.ds.query(`DELETE FROM price_rule WHERE scope_id = $1 AND target_id = $2`, [contractBId, otherId]);
      await t.ds.query(`UPDATE product SET vat_rate = 20 WHERE id = $1`, [otherId]);
      await setPrice(t.ds, otherId, wholesaleId, '120', [['10', '114']]);
      await new Promise((r) => setTimeout(r, 600));
    }
  });

  it('downloads the whole price list with the catalog’s prices, for the session’s contract only', async () => {
    const res = await request(t.http).get('/api/shop/price-list.csv').set('authorization', `Bearer ${tokenA}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('sku;name;unit;price;currency;vat_included;vat_rate');
    expect(lines.slice(1).map((l) => l.split(';').slice(0, 4).join(';'))).toEqual(
      ['P-1', 'P-2', 'P-3', 'P-4', 'P-5', 'P-6'].map((sku) => `${sku};Товар ${sku};pcs;97.2`),
    );
    const b = await request(t.http).get('/api/shop/price-list.csv').set('authorization', `Bearer ${tokenB}`);
    expect(b.text).toContain('P-1;Товар P-1;pcs;79.92;RUB;true;20');
    expect(b.text).not.toContain('97.2');
    expect((await request(t.http).get('/api/shop/price-list.csv')).status).toBe(401);
  });
});
