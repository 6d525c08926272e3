import type { DataSource } from 'typeorm';
import { createCategory, createProduct } from '../helpers/catalog-factories';
import { createBuyer, createCompany, createContract } from '../helpers/factories';
import { loginBuyer } from '../helpers/auth';
import { createPriceType, createRule, setPrice } from '../helpers/pricing-factories';
import { shopWithSqlCount } from '../helpers/sql-count';
import { createTestApp, TestApp } from '../helpers/test-app';

const PAGE = `query Page($filter: CatalogFilterInput) {
  catalogProducts(filter: $filter, take: 10, sort: { field: SKU, direction: ASC }) { items { sku price { price } } }
}`;

type Page = { catalogProducts: { items: { sku: string; price: { price: string } | null }[] } };

/**
 * Prepared contracts live until the database announces a pricing change (triggers → pg_notify →
 * every replica's listener). PRICING_CACHE_MS = 1000 here: without the notifications a change would
 * take up to a second, with them it shows at once; unrelated edits keep the contracts prepared.
 */
describe('pricing change notifications', () => {
  let t: TestApp;
  let ds: DataSource;
  let token: string;
  let companyId: string;
  let contractId: string;
  let categoryId: string;
  let dealer: string;
  let wholesale: string;
  let groupId: string;

  const page = () => shopWithSqlCount<Page>(t, token, PAGE, { filter: { categoryId } });
  const price = async () => (await page()).data.catalogProducts.items[0].price?.price;
  /** Polls until the price is `expected`; the instant it was seen (Date.now()). */
  const seen = async (expected: string) => {
    let last: string | undefined;
    const started = Date.now();
    while (Date.now() - started < 2000) {
      last = await price();
      if (last === expected) return Date.now();
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`price stayed ${last}, expected ${expected}`);
  };

  beforeAll(async () => {
    t = await createTestApp({ SQL_COUNT_HEADER: 'true', PRICING_CACHE_MS: '1000' });
    ds = t.ds;
    wholesale = (await createPriceType(ds, { code: 'WHOLESALE', name: 'Опт', isDefault: true })).id;
    dealer = (await createPriceType(ds, { code: 'DEALER', name: 'Дилерская' })).id;
    const company = await createCompany(ds, { name: 'Гамма' });
    companyId = company.id;
    contractId = (await createContract(ds, company.legalEntityIds[0], { isDefault: true })).id;
    token = (await loginBuyer(t, (await createBuyer(ds, [{ companyId }])).email)).token;
    categoryId = (await createCategory(ds, { name: 'Перфораторы' })).id;
    const product = await createProduct(ds, { sku: 'N-1', categoryId });
    await setPrice(ds, product.id, wholesale, '120');
    await setPrice(ds, product.id, dealer, '100');
    [{ id: groupId }] = await ds.query<{ id: string }[]>(
      `INSERT INTO contractor_group (code, name) VALUES ('notify-dealers', 'Дилеры') RETURNING id`,
    );
    await createRule(ds, { name: 'Дилерам −10 %', scope: ['GROUP', groupId], action: 'PERCENT_DISCOUNT', value: '10' });
  });
  afterAll(() => t.close());

  it('keeps a contract prepared past PRICING_CACHE_MS while nothing changes, and through unrelated edits', async () => {
    const cold = await page();
    await new Promise((r) => setTimeout(r, 1300));
    await ds.query(`UPDATE company SET name = 'Гамма (переименована)' WHERE id = $1`, [companyId]);
    await ds.query(`UPDATE contract SET number = 'Г-2' WHERE id = $1`, [contractId]);
    await new Promise((r) => setTimeout(r, 100));
    const warm = await page();
    expect(warm.data).toEqual(cold.data);
    expect(warm.statements).toBe(cold.statements - 1); // the contract's statement was not needed
  });

  it.each([
    [
      'the company joins a contractor group',
      `INSERT INTO company_contractor_group (company_id, contractor_group_id) VALUES ($1, $2)`,
      () => [companyId, groupId],
      '108',
    ],
    [
      'the company gets a base price type',
      `UPDATE company SET base_price_type_id = $1 WHERE id = $2`,
      () => [dealer, companyId],
      '90',
    ],
    ['a rule changes', `UPDATE price_rule SET value = 20 WHERE scope_id = $1`, () => [groupId], '80'],
    [
      'the contract gets its own base price type',
      `UPDATE contract SET base_price_type_id = $1 WHERE id = $2`,
      () => [wholesale, contractId],
      '96',
    ],
    ['a rule is deleted', `DELETE FROM price_rule WHERE scope_id = $1`, () => [groupId], '120'],
  ])('shows at once when %s by plain SQL (another replica, an integrator)', async (_what, sql, params, expected) => {
    const prepared = Date.now();
    await price(); // prepared now: without a notification it would answer until prepared + 1 s
    await ds.query(sql, params());
    expect((await seen(expected)) - prepared).toBeLessThan(1000);
  });
});
