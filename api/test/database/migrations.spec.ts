import { DataSource } from 'typeorm';
import { createDataSource } from '../../src/database/data-source';
import { createTestDatabase } from '../helpers/test-database';

/** Migrations are the only way the schema changes: the entities must not describe anything they don't create. */
describe('migrations', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    ds = await createDataSource({ url: db.url, poolSize: 1 }).initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await drop();
  });

  it('leave nothing for the entities to add (no drift; run `pnpm --filter @wholesail/api migration:generate Name`)', async () => {
    const sql = await ds.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('have all been applied and never synchronize', async () => {
    expect(ds.options.synchronize).toBe(false);
    expect(await ds.showMigrations()).toBe(false);
  });

  it('can be rolled back and re-applied', async () => {
    const applied = ds.migrations.length;
    for (let i = 0; i < applied; i++) await ds.undoLastMigration({ transaction: 'each' });
    const [{ n }] = await ds.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(Number(n)).toBe(0);
    await ds.runMigrations({ transaction: 'each' });
    expect(await ds.showMigrations()).toBe(false);
  });
});
