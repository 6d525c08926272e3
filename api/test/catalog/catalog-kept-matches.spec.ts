import type { DataSource } from 'typeorm';
import { createCategory, createProduct, createWarehouse, setStock } from '../helpers/catalog-factories';
import { createBuyer, createCompany, createContract } from '../helpers/factories';
import { loginBuyer } from '../helpers/auth';
import { createPriceType, createRule, setPrice } from '../helpers/pricing-factories';
import { shopWithSqlCount } from '../helpers/sql-count';
import { createTestApp, TestApp } from '../helpers/test-app';

const PAGE = `query Page($filter: CatalogFilterInput, $sort: CatalogSortInput, $skip: Int, $take: Int) {
  catalogProducts(filter: $filter, sort: $sort, skip: $skip, take: $take) {
    totalCount items { sku name price { price } }
  }
}`;

type Page = {
  catalogProducts: { totalCount: number; items: { sku: string; name: string; price: { price: string } | null }[] };
};

/**
 * Scrolling a filtered catalog: which products match and in which order is kept per filter and sort,
 * so the next pages read only their rows — until products, categories, brands or attribute values
 * change (announced by the database at commit). Each buyer still gets his own prices.
 */
describe('kept catalog matches', () => {
  let t: TestApp;
  let ds: DataSource;
  let tokenA: string;
  let tokenB: string;
  let categoryId: string;
  let warehouseId: string;
  const ids = new Map<string, string>();

  const page = (token: string, vars: Record<string, unknown>) => shopWithSqlCount<Page>(t, token, PAGE, vars);
  const byName = (skip: number, take: number, token = tokenA) =>
    page(token, { filter: { categoryId }, sort: { field: 'NAME', direction: 'ASC' }, skip, take });
  const skus = (p: { data: Page }) => p.data.catalogProducts.items.map((i) => i.sku);
  /** Pages until the whole list reads `expected` (the notification comes milliseconds after commit). */
  const showsSoon = async (expected: string[]) => {
    const started = Date.now();
    for (;;) {
      const got = skus(await byName(0, 20));
      if (JSON.stringify(got) === JSON.stringify(expected)) return;
      if (Date.now() - started > 2000) throw new Error(`list stayed ${got.join(',')}, expected ${expected.join(',')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  beforeAll(async () => {
    t = await createTestApp({ SQL_COUNT_HEADER: 'true', CATALOG_MATCHES_CACHE_MB: '8' });
    ds = t.ds;
    const wholesale = (await createPriceType(ds, { code: 'WHOLESALE', name: 'Опт', isDefault: true })).id;
    const a = await createCompany(ds, { name: 'Альфа' });
    const b = await createCompany(ds, { name: 'Бета' });
    const contractA = await createContract(ds, a.legalEntityIds[0], { isDefault: true });
    await createContract(ds, b.legalEntityIds[0], { isDefault: true });
    tokenA = (await loginBuyer(t, (await createBuyer(ds, [{ companyId: a.id }])).email)).token;
    tokenB = (await loginBuyer(t, (await createBuyer(ds, [{ companyId: b.id }])).email)).token;
    categoryId = (await createCategory(ds, { name: 'Дрели' })).id;
    warehouseId = (await createWarehouse(ds)).id;
    for (const [sku, name] of [
      ['D-2', 'Дрель Б'],
      ['D-1', 'Дрель А'],
      ['D-4', 'Дрель Г'],
      ['D-3', 'Дрель В'],
      ['D-5', 'Дрель Д'],
    ]) {
      const { id } = await createProduct(ds, { sku, name, categoryId });
      ids.set(sku, id);
      await setPrice(ds, id, wholesale, '100');
    }
    await createRule(ds, { scope: ['CONTRACT', contractA.id], action: 'PERCENT_DISCOUNT', value: '10' });
  });
  afterAll(() => t.close());

  it('reads only the rows of the next pages, in the same order and count, each buyer with his prices', async () => {
    // The buyer's contract is prepared by a first page of another sort.
    await page(tokenA, { filter: { categoryId }, sort: { field: 'SKU', direction: 'ASC' }, take: 1 });
    await page(tokenB, { filter: { categoryId }, sort: { field: 'SKU', direction: 'ASC' }, take: 1 });
    const first = await byName(0, 2);
    expect(skus(first)).toEqual(['D-1', 'D-2']);
    expect(first.data.catalogProducts.totalCount).toBe(5);
    const second = await byName(2, 2);
    expect(skus(second)).toEqual(['D-3', 'D-4']);
    expect(second.data.catalogProducts.totalCount).toBe(5);
    expect(second.statements).toBe(first.statements - 1); // the matches were not looked for again
    expect(skus(await byName(4, 2))).toEqual(['D-5']);
    expect((await byName(6, 2)).data.catalogProducts.items).toEqual([]);

    const ofB = await byName(2, 2, tokenB);
    expect(ofB.statements).toBe(second.statements); // kept for everyone: the catalog is the same
    expect(second.data.catalogProducts.items.map((i) => i.price?.price)).toEqual(['90', '90']);
    expect(ofB.data.catalogProducts.items.map((i) => i.price?.price)).toEqual(['100', '100']);

    const descending = await page(tokenA, {
      filter: { categoryId },
      sort: { field: 'NAME', direction: 'DESC' },
      take: 2,
    });
    expect(skus(descending)).toEqual(['D-5', 'D-4']);
  });

  it('shows a renamed, a new and a deactivated product on the next page (any replica, plain SQL)', async () => {
    await byName(0, 20);
    await ds.query(`UPDATE product SET name = 'Дрель Е' WHERE id = $1`, [ids.get('D-1')]);
    await showsSoon(['D-2', 'D-3', 'D-4', 'D-5', 'D-1']);
    const created = await createProduct(ds, { sku: 'D-0', name: 'Дрель Ж', categoryId });
    ids.set('D-0', created.id);
    await showsSoon(['D-2', 'D-3', 'D-4', 'D-5', 'D-1', 'D-0']);
    await ds.query(`UPDATE product SET active = false WHERE id = $1`, [ids.get('D-3')]);
    await showsSoon(['D-2', 'D-4', 'D-5', 'D-1', 'D-0']);
    expect((await byName(0, 20)).data.catalogProducts.totalCount).toBe(5);
  });

  it('follows the category tree and brand names', async () => {
    const parent = (await createCategory(ds, { name: 'Электроинструмент' })).id;
    const underParent = () =>
      page(tokenA, { filter: { categoryId: parent }, sort: { field: 'SKU', direction: 'ASC' }, take: 20 });
    expect((await underParent()).data.catalogProducts.totalCount).toBe(0);
    await ds.query(`UPDATE category SET parent_id = $1, path = ARRAY[$1::uuid, id] WHERE id = $2`, [
      parent,
      categoryId,
    ]);
    const started = Date.now();
    while ((await underParent()).data.catalogProducts.totalCount !== 5) {
      if (Date.now() - started > 2000) throw new Error('the moved category was not found under its new parent');
      await new Promise((r) => setTimeout(r, 20));
    }

    const [z, a] = await ds.query<{ id: string }[]>(
      `INSERT INTO brand (name) VALUES ('Зубр'), ('Арсенал') RETURNING id`,
    );
    await ds.query(`UPDATE product SET brand_id = $1 WHERE id = $2`, [z.id, ids.get('D-2')]);
    await ds.query(`UPDATE product SET brand_id = $1 WHERE id = $2`, [a.id, ids.get('D-4')]);
    const byBrand = async () =>
      skus(await page(tokenA, { filter: { categoryId }, sort: { field: 'BRAND', direction: 'ASC' }, take: 2 }));
    const until = async (expected: string[]) => {
      const since = Date.now();
      while (JSON.stringify(await byBrand()) !== JSON.stringify(expected)) {
        if (Date.now() - since > 2000) throw new Error(`brand order stayed ${(await byBrand()).join(',')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    await until(['D-4', 'D-2']);
    await ds.query(`UPDATE brand SET name = 'Якорь' WHERE id = $1`, [a.id]);
    await until(['D-2', 'D-4']);
  });

  it('never keeps what depends on stock: an in-stock filter shows a stock change at once', async () => {
    const inStock = () =>
      page(tokenA, { filter: { categoryId, inStock: true }, sort: { field: 'SKU', direction: 'ASC' }, take: 20 });
    const before = await inStock();
    expect(skus(before)).toEqual([]);
    await setStock(ds, ids.get('D-5')!, warehouseId, '7');
    const after = await inStock();
    expect(skus(after)).toEqual(['D-5']);
    expect(after.statements).toBe(before.statements);
  });
});
