import { DataSource } from 'typeorm';
import { RequestContext } from '../../src/common/context/request-context';
import { Db } from '../../src/common/database/db.service';
import { createDataSource } from '../../src/database/data-source';
import { createTestDatabase } from '../helpers/test-database';

/** Large reads as arrays (`Db.arrays`) and row by row without collecting them (`Db.eachRow`); prepared statements (`Db.prepared`). */
describe('Db array reads', () => {
  let ds: DataSource;
  let db: Db;
  let drop: () => Promise<void>;
  const ctx = RequestContext.forSystem();

  beforeAll(async () => {
    const t = await createTestDatabase();
    drop = t.drop;
    // One connection: a read that failed must still give it back to the pool.
    ds = await createDataSource({ url: t.url, poolSize: 1 }).initialize();
    db = new Db(ds);
  });
  afterAll(async () => {
    await ds.destroy();
    await drop();
  });

  it('returns rows as arrays in SELECT order, with pg types', async () => {
    expect(await db.arrays(ctx, `SELECT g::int, 'x' || g, g::float8 / 2 FROM generate_series(1, 3) g`)).toEqual([
      [1, 'x1', 0.5],
      [2, 'x2', 1],
      [3, 'x3', 1.5],
    ]);
  });

  it('hands each row over in order and resolves after the last', async () => {
    const seen: unknown[] = [];
    await db.eachRow<[number, string]>(ctx, `SELECT g::int, $1 || g FROM generate_series(1, 5000) g`, ['n'], (row) =>
      seen.push(row),
    );
    expect(seen).toHaveLength(5000);
    expect(seen[0]).toEqual([1, 'n1']);
    expect(seen[4999]).toEqual([5000, 'n5000']);
  });

  it('fails the read when a row cannot be taken, and the connection goes back to the pool', async () => {
    let calls = 0;
    await expect(
      db.eachRow(ctx, `SELECT g FROM generate_series(1, 10) g`, [], () => {
        calls += 1;
        throw new Error('bad row');
      }),
    ).rejects.toThrow('bad row');
    expect(calls).toBe(1);
    await expect(db.eachRow(ctx, `SELECT 1/0`, [], () => undefined)).rejects.toThrow(/division by zero/);
    expect(await db.arrays(ctx, `SELECT 1`)).toEqual([[1]]);
  });

  it('reads inside the context transaction', async () => {
    await db.transaction(ctx, async (tctx) => {
      await db.run(tctx, `CREATE TEMP TABLE t_rows (v int) ON COMMIT DROP`);
      await db.run(tctx, `INSERT INTO t_rows VALUES (7), (8)`);
      const seen: number[] = [];
      await db.eachRow<[number]>(tctx, `SELECT v FROM t_rows ORDER BY v`, [], ([v]) => seen.push(v));
      expect(seen).toEqual([7, 8]);
      expect(await db.arrays(tctx, `SELECT count(*)::int FROM t_rows`)).toEqual([[2]]);
    });
  });

  it('prepares a statement once per connection and runs it by name after that', async () => {
    const sql = `SELECT g AS n, $1::text || g AS label FROM generate_series(1, $2::int) g ORDER BY g`;
    const statements = () =>
      db.query<{ n: number; plans: string }>(
        ctx,
        `SELECT count(*)::int AS n, coalesce(sum(generic_plans + custom_plans), 0)::text AS plans
           FROM pg_prepared_statements WHERE statement = $1`,
        [sql],
      );
    expect(await statements()).toEqual([{ n: 0, plans: '0' }]);
    for (let i = 1; i <= 7; i++) {
      expect(await db.prepared(ctx, sql, ['x', i])).toEqual(
        Array.from({ length: i }, (_, k) => ({ n: k + 1, label: `x${k + 1}` })),
      );
    }
    // One connection in this pool: the statement was prepared once and run seven times.
    expect(await statements()).toEqual([{ n: 1, plans: '7' }]);
    await expect(db.prepared(ctx, `SELECT 1/$1::int AS x`, [0])).rejects.toThrow(/division by zero/);
    expect(await db.prepared(ctx, `SELECT 1/$1::int AS x`, [1])).toEqual([{ x: 1 }]);
  });

  it('prepares a statement again after a migration changed the type of a column it returns', async () => {
    await db.query(ctx, `CREATE TABLE t_prepared (v int)`);
    await db.query(ctx, `INSERT INTO t_prepared VALUES (1)`);
    const sql = `SELECT * FROM t_prepared WHERE v >= $1`;
    expect(await db.prepared(ctx, sql, [0])).toEqual([{ v: 1 }]);
    await db.query(ctx, `ALTER TABLE t_prepared ALTER COLUMN v TYPE text`);
    expect(await db.prepared(ctx, sql.replace('$1', '$1::text'), ['0'])).toEqual([{ v: '1' }]);
    // The same text as before: PostgreSQL refuses the old plan, the statement is prepared anew.
    await db.query(ctx, `ALTER TABLE t_prepared ALTER COLUMN v TYPE bigint USING v::bigint`);
    expect(await db.prepared(ctx, sql, [0])).toEqual([{ v: '1' }]);
  });
});
