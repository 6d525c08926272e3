import { DataSource } from 'typeorm';
import { createDataSource } from '../../src/database/data-source';
import { createProduct } from '../helpers/catalog-factories';
import { createPriceType, setPrice } from '../helpers/pricing-factories';
import { createTestDatabase } from '../helpers/test-database';

/**
 * price_entry_list (a product's base-unit entries as one text, read by whole price lists) is kept by
 * the database itself: whatever writes price_entry — the API, an import, plain SQL, two writers at once —
 * the list is the product's entries as they are.
 */
describe('price entry lists', () => {
  let db: { url: string; drop: () => Promise<void> };
  let ds: DataSource;
  let retail: { id: string; key: number };
  let dealer: { id: string; key: number };

  const listOf = async (productId: string): Promise<string | null> => {
    const rows = await ds.query<{ list: string | null }[]>(`SELECT list FROM price_entry_list WHERE product_id = $1`, [
      productId,
    ]);
    return rows[0]?.list ?? null;
  };
  /** Every stored list against one computed now from the entries. */
  const stale = async (): Promise<unknown[]> =>
    ds.query(
      `SELECT p.id, l.list, e.list AS expected FROM product p
         LEFT JOIN price_entry_list l ON l.product_id = p.id
         LEFT JOIN (SELECT e.product_id, string_agg(price_entry_list_item(t.list_key, e.price, e.tiers), ';' ORDER BY t.list_key) AS list
                      FROM price_entry e JOIN price_type t ON t.id = e.price_type_id
                     WHERE e.packaging_code = '' GROUP BY e.product_id) e ON e.product_id = p.id
        WHERE l.list IS DISTINCT FROM e.list`,
    );
  const typeWithKey = async (code: string) => {
    const { id } = await createPriceType(ds, { code });
    const [{ list_key }] = await ds.query(`SELECT list_key FROM price_type WHERE id = $1`, [id]);
    return { id, key: Number(list_key) };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await createDataSource({ url: db.url, poolSize: 4 }).initialize();
    retail = await typeWithKey('RETAIL');
    dealer = await typeWithKey('DEALER');
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('holds the base-unit entries in key order with their tiers, and follows every change', async () => {
    const p = await createProduct(ds, { sku: 'L-1' });
    expect(await listOf(p.id)).toBeNull();
    await setPrice(ds, p.id, dealer.id, '90.5000', [
      ['10', '85'],
      ['100', '80.25'],
    ]);
    await setPrice(ds, p.id, retail.id, '120');
    await setPrice(ds, p.id, retail.id, '999', [], 'BOX'); // packaging entries are not in the list
    const [first, second] = [retail, dealer].sort((a, b) => a.key - b.key);
    const entry = (t: typeof retail) => (t === retail ? `${t.key} 120.0000` : `${t.key} 90.5000 10:85|100:80.25`);
    expect(await listOf(p.id)).toBe(`${entry(first)};${entry(second)}`);

    await ds.query(`UPDATE price_entry SET price = 110, tiers = '[]' WHERE product_id = $1`, [p.id]);
    expect(await listOf(p.id)).toBe(`${first.key} 110.0000;${second.key} 110.0000`);
    await ds.query(`DELETE FROM price_entry WHERE product_id = $1 AND price_type_id = $2`, [p.id, dealer.id]);
    expect(await listOf(p.id)).toBe(`${retail.key} 110.0000`);
    await ds.query(`DELETE FROM price_entry WHERE product_id = $1 AND packaging_code = ''`, [p.id]);
    expect(await listOf(p.id)).toBeNull();
  });

  it('stays true over many products changed by single statements, and goes with its product', async () => {
    const products = await Promise.all(Array.from({ length: 30 }, (_, i) => createProduct(ds, { sku: `M-${i}` })));
    const ids = products.map((p) => p.id);
    await ds.query(
      `INSERT INTO price_entry (product_id, price_type_id, price)
       SELECT id, t, 100 + n FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n), unnest($2::uuid[]) AS t`,
      [ids, [retail.id, dealer.id]],
    );
    await ds.query(`UPDATE price_entry SET price = price * 2 WHERE product_id = ANY($1) AND price_type_id = $2`, [
      ids.slice(0, 10),
      dealer.id,
    ]);
    await ds.query(`DELETE FROM price_entry WHERE product_id = ANY($1) AND price_type_id = $2`, [
      ids.slice(5, 15),
      retail.id,
    ]);
    const other = await createProduct(ds, { sku: 'M-other' });
    await ds.query(`UPDATE price_entry SET product_id = $1 WHERE product_id = $2`, [other.id, ids[29]]);
    expect(await listOf(ids[29])).toBeNull();
    expect(await listOf(other.id)).not.toBeNull();
    expect(await stale()).toEqual([]);
    expect(await listOf(ids[7])).toBe(`${dealer.key} ${(2 * 108).toFixed(4)}`);

    await ds.query(`DELETE FROM product WHERE id = $1`, [ids[0]]);
    expect(await ds.query(`SELECT 1 FROM price_entry_list WHERE product_id = $1`, [ids[0]])).toEqual([]);
    await ds.query(`TRUNCATE price_entry`);
    expect(await ds.query(`SELECT 1 FROM price_entry_list WHERE list IS NOT NULL`)).toEqual([]);
  });

  it('never loses a change when two writers change one product’s entries at once', async () => {
    const p = await createProduct(ds, { sku: 'C-1' });
    await setPrice(ds, p.id, retail.id, '100');
    await setPrice(ds, p.id, dealer.id, '80');
    const first = ds.createQueryRunner();
    const second = ds.createQueryRunner();
    try {
      await first.startTransaction();
      await second.startTransaction();
      await first.query(`UPDATE price_entry SET price = 101 WHERE product_id = $1 AND price_type_id = $2`, [
        p.id,
        retail.id,
      ]);
      // The second writer's list waits for the first writer's, then is computed with its change.
      const secondWrite = second.query(
        `UPDATE price_entry SET price = 81 WHERE product_id = $1 AND price_type_id = $2`,
        [p.id, dealer.id],
      );
      await new Promise((r) => setTimeout(r, 100));
      await first.commitTransaction();
      await secondWrite;
      await second.commitTransaction();
    } finally {
      await first.release();
      await second.release();
    }
    const [a, b] = [retail, dealer].sort((x, y) => x.key - y.key);
    const price = (t: typeof retail) => (t === retail ? '101.0000' : '81.0000');
    expect(await listOf(p.id)).toBe(`${a.key} ${price(a)};${b.key} ${price(b)}`);
  });
});
