import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createCategory, createProduct } from '../helpers/catalog-factories';
import { createBuyer, createCompany, createContract } from '../helpers/factories';
import { loginBuyer } from '../helpers/auth';
import { createPriceType, createRule, setPrice } from '../helpers/pricing-factories';
import { createTestApp, TestApp } from '../helpers/test-app';

/**
 * A contract's CSV price list, once built, is sent again as it was until something it is made of
 * changes: prices, products, rules (announced by the database at commit) or a rule's start or end.
 */
describe('kept price lists', () => {
  let t: TestApp;
  let ds: DataSource;
  let tokenA: string;
  let tokenB: string;
  let productId: string;
  let wholesale: string;

  const download = async (token: string) => {
    const res = await request(t.http).get('/api/shop/price-list.csv').set('authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    const row = res.text.split('\n').find((l) => l.startsWith('K-1;'));
    return { how: res.headers['x-price-list'], row, text: res.text };
  };
  /** Downloads until the row reads `expected` (the notification arrives milliseconds after commit). */
  const rebuiltWith = async (token: string, expected: string) => {
    const started = Date.now();
    for (;;) {
      const got = await download(token);
      if (got.row === expected) return got;
      if (Date.now() - started > 2000) throw new Error(`row stayed ${got.row}, expected ${expected}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  beforeAll(async () => {
    t = await createTestApp({ PRICE_LIST_CACHE_MB: '8' });
    ds = t.ds;
    wholesale = (await createPriceType(ds, { code: 'WHOLESALE', name: 'Опт', isDefault: true })).id;
    const a = await createCompany(ds, { name: 'Дельта' });
    const b = await createCompany(ds, { name: 'Эпсилон' });
    const contractA = await createContract(ds, a.legalEntityIds[0], { isDefault: true });
    await createContract(ds, b.legalEntityIds[0], { isDefault: true });
    tokenA = (await loginBuyer(t, (await createBuyer(ds, [{ companyId: a.id }])).email)).token;
    tokenB = (await loginBuyer(t, (await createBuyer(ds, [{ companyId: b.id }])).email)).token;
    const categoryId = (await createCategory(ds, { name: 'Шуруповёрты' })).id;
    productId = (await createProduct(ds, { sku: 'K-1', name: 'Шуруповёрт', categoryId })).id;
    await ds.query(`UPDATE product SET vat_rate = 20 WHERE id = $1`, [productId]);
    await setPrice(ds, productId, wholesale, '200');
    await createRule(ds, { scope: ['CONTRACT', contractA.id], action: 'PERCENT_DISCOUNT', value: '10' });
  });
  afterAll(() => t.close());

  it('sends the same list again without building it, and never another contract’s', async () => {
    const first = await download(tokenA);
    expect(first.how).toBe('built');
    expect(first.row).toBe('K-1;Шуруповёрт;pcs;180;RUB;true;20');
    const again = await download(tokenA);
    expect(again.how).toBe('kept');
    expect(again.text).toBe(first.text);
    const other = await download(tokenB);
    expect(other.how).toBe('built');
    expect(other.row).toBe('K-1;Шуруповёрт;pcs;200;RUB;true;20');
  });

  it('builds it again when a price, a product or a rule changes (any replica, plain SQL)', async () => {
    await download(tokenA);
    await ds.query(`UPDATE price_entry SET price = 300 WHERE product_id = $1`, [productId]);
    expect((await rebuiltWith(tokenA, 'K-1;Шуруповёрт;pcs;270;RUB;true;20')).how).toBe('built');
    await ds.query(`UPDATE product SET name = 'Шуруповёрт аккумуляторный' WHERE id = $1`, [productId]);
    await rebuiltWith(tokenA, 'K-1;Шуруповёрт аккумуляторный;pcs;270;RUB;true;20');
    await ds.query(`UPDATE price_rule SET value = 20`);
    await rebuiltWith(tokenA, 'K-1;Шуруповёрт аккумуляторный;pcs;240;RUB;true;20');
    expect((await download(tokenA)).how).toBe('kept');
  });

  it('builds it again when a rule starts', async () => {
    const startsAt = new Date(Date.now() + 3000);
    await createRule(ds, { action: 'FIXED_PRICE', value: '99', policy: 'EXCLUSIVE', validFrom: startsAt });
    const before = await rebuiltWith(tokenB, 'K-1;Шуруповёрт аккумуляторный;pcs;300;RUB;true;20');
    expect((await download(tokenB)).how).toBe('kept');
    expect(before.row).toBe('K-1;Шуруповёрт аккумуляторный;pcs;300;RUB;true;20');
    await new Promise((r) => setTimeout(r, startsAt.getTime() - Date.now() + 10));
    const after = await download(tokenB);
    expect(after.how).toBe('built');
    expect(after.row).toBe('K-1;Шуруповёрт аккумуляторный;pcs;99;RUB;true;20');
  });
});
