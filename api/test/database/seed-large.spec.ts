import { seedDatabase } from '../../src/database/seed/seed';
import { createTestApp, TestApp } from '../helpers/test-app';

/**
 * The benchmark dataset (scale `large`) is loaded with triggers off where the role allows it: what
 * they keep — facet counts, price entry lists — must still match the data, or `pnpm bench` measures
 * a catalog without facets and prices.
 */
describe('large dataset', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDatabase(t.ds, 'large', true, { products: 4000 });
  }, 120_000);
  afterAll(() => t.close());

  it('has facet counts equal to a count from the summary rows', async () => {
    const [{ role }] = await t.ds.query(`SELECT current_setting('session_replication_role') AS role`);
    expect(role).toBe('origin');
    const counted = await t.ds.query(
      `SELECT category_id, facet_group, sum(n)::int AS n, sum(n_stock)::int AS n_stock
         FROM facet_count GROUP BY 1, 2 HAVING sum(n) > 0 ORDER BY 1, 2`,
    );
    const fromRows = await t.ds.query(
      `SELECT category_id, facet_group, count(*)::int AS n, (count(*) FILTER (WHERE in_stock_mask <> 0))::int AS n_stock
         FROM product_stock WHERE active GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(fromRows.length).toBeGreaterThan(10);
    expect(counted).toEqual(fromRows);
  });

  it('has every product’s price entry list', async () => {
    const [row] = await t.ds.query(
      `SELECT (SELECT count(DISTINCT product_id) FROM price_entry WHERE packaging_code = '')::int AS priced,
              (SELECT count(*) FROM price_entry_list WHERE list IS NOT NULL)::int AS lists`,
    );
    expect(row.priced).toBeGreaterThanOrEqual(4000);
    expect(row.lists).toBe(row.priced);
  });
});
