import { RequestContext } from '../../src/common/context/request-context';
import { Db } from '../../src/common/database/db.service';
import { lockProducts, refreshProductStock } from '../../src/modules/inventory/stock.service';
import { createProduct, createWarehouse, setStock } from '../helpers/catalog-factories';
import { createTestApp, TestApp } from '../helpers/test-app';

/** How stock writers hold products (lockProducts) and what they leave in the tables they update. */
describe('stock writers', () => {
  let t: TestApp;
  let db: Db;
  let warehouse: { id: string };
  const ctx = RequestContext.forSystem();

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(Db);
    warehouse = await createWarehouse(t.ds);
  });
  afterAll(() => t.close());

  const version = async (productId: string) =>
    (
      await t.ds.query<{ v: string }[]>(
        `SELECT xmin::text || '/' || ctid::text AS v FROM product_stock WHERE product_id = $1`,
        [productId],
      )
    )[0]?.v;

  /** Whether another transaction can lock the product's summary row right now. */
  const lockableElsewhere = async (productId: string): Promise<boolean> => {
    const runner = t.ds.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query(`SELECT 1 FROM product_stock WHERE product_id = $1 FOR UPDATE NOWAIT`, [productId]);
      return true;
    } catch (e) {
      if ((e as { code?: string }).code === '55P03') return false; // lock_not_available
      throw e;
    } finally {
      await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  };

  it('lockProducts holds the summary rows until commit without writing a new version of them', async () => {
    const a = await createProduct(t.ds);
    const b = await createProduct(t.ds);
    await setStock(t.ds, a.id, warehouse.id, '5');
    const before = await version(a.id);
    await db.transaction(ctx, async (tctx) => {
      await lockProducts(db, tctx, [b.id, a.id, a.id]);
      expect(await lockableElsewhere(a.id)).toBe(false);
      expect(await lockableElsewhere(b.id)).toBe(false);
      // Inside the transaction too, the row is the one that was there (a rewrite would show our xmin).
      const [inside] = await db.query<{ v: string }>(
        tctx,
        `SELECT xmin::text || '/' || ctid::text AS v FROM product_stock WHERE product_id = $1`,
        [a.id],
      );
      expect(inside.v).toBe(before);
    });
    expect(await lockableElsewhere(a.id)).toBe(true);
    expect(await version(a.id)).toBe(before);
  });

  it('lockProducts creates a missing summary row (held by the writer) and the refresh fills it', async () => {
    const p = await createProduct(t.ds);
    await setStock(t.ds, p.id, warehouse.id, '7');
    await t.ds.query(`DELETE FROM product_stock WHERE product_id = $1`, [p.id]);
    await db.transaction(ctx, async (tctx) => {
      await lockProducts(db, tctx, [p.id]);
      await refreshProductStock(db, tctx, [p.id]);
    });
    const [row] = await t.ds.query<{ available: string }[]>(
      `SELECT available::text FROM product_stock WHERE product_id = $1`,
      [p.id],
    );
    expect(Number(row.available)).toBe(7);
  });

  it('stock_level and product_stock pages keep room for updated rows (fillfactor: HOT updates)', async () => {
    const rows = await t.ds.query<{ relname: string; reloptions: string[] | null }[]>(
      `SELECT relname, reloptions FROM pg_class WHERE relname IN ('stock_level', 'product_stock') ORDER BY relname`,
    );
    expect(rows).toEqual([
      { relname: 'product_stock', reloptions: ['fillfactor=80'] },
      { relname: 'stock_level', reloptions: ['fillfactor=50'] },
    ]);
  });

  it('an upload rewriting every stock row of its products updates them in place (HOT) once they have room', async () => {
    const products: { id: string }[] = [];
    for (let i = 0; i < 40; i++) products.push(await createProduct(t.ds));
    const warehouses = [warehouse];
    for (let i = 0; i < 4; i++) warehouses.push(await createWarehouse(t.ds)); // one at a time: each takes a free bit
    // This transaction's own updates of stock_level (the view also shows ones not yet reported).
    const counts = async (tctx: RequestContext) => {
      const [c] = await db.query<{ upd: string; hot: string }>(
        tctx,
        `SELECT n_tup_upd AS upd, n_tup_hot_upd AS hot FROM pg_stat_xact_user_tables WHERE relname = 'stock_level'`,
      );
      return { updated: Number(c.upd), hot: Number(c.hot) };
    };
    const upload = (q: number) =>
      db.transaction(ctx, async (tctx) => {
        const ids = products.map((p) => p.id).sort();
        const before = await counts(tctx);
        await lockProducts(db, tctx, ids);
        await db.query(
          tctx,
          `INSERT INTO stock_level AS s (product_id, warehouse_id, on_hand)
           SELECT p, w, $3 FROM unnest($1::uuid[]) p, unnest($2::uuid[]) w
           ON CONFLICT (product_id, warehouse_id) DO UPDATE SET on_hand = excluded.on_hand, updated_at = now()`,
          [ids, warehouses.map((w) => w.id), q],
        );
        await refreshProductStock(db, tctx, ids);
        const after = await counts(tctx);
        return { updated: after.updated - before.updated, hot: after.hot - before.hot };
      });
    await upload(1); // inserts: the rows are written to pages filled to the fillfactor
    // 200 rows of 40 products on a few pages, all rewritten in one transaction, twice: they stay on
    // their pages (a few may share a page with other tests' rows, which are full).
    for (const q of [2, 3]) {
      const { updated, hot } = await upload(q);
      expect(updated).toBe(200);
      expect(hot).toBeGreaterThanOrEqual(190);
    }
  });
});
