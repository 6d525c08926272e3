import { DataSource, EntityManager } from 'typeorm';
import { seedCompanies } from './seed-companies';
import { CatalogSeedOptions, seedCatalog } from './seed-catalog';
import { DemoLogin, seedIdentity } from './seed-identity';
import { seedPricing } from './seed-pricing';
import { DEMO_PASSWORD, SeedContext, SeedScale } from './seed-context';
import { seedOrdering } from './seed-ordering';

export { DEMO_PASSWORD };

/** Bumped whenever the large dataset changes shape, so `pnpm bench` regenerates it. */
export const DATASET_VERSION = 'companies-1+catalog-3+prices-1+ordering-2+summaries-1';
export type { DemoLogin, SeedScale };

/** True when no user exists yet: a fresh database that should get demo data. */
export async function isDatabaseEmpty(ds: DataSource): Promise<boolean> {
  const [row] = await ds.query<{ n: string }[]>(
    `SELECT (SELECT count(*) FROM staff_user) + (SELECT count(*) FROM buyer_user) AS n`,
  );
  return Number(row.n) === 0;
}

/**
 * Fills an empty, migrated database. Deterministic: the same scale gives the same data.
 * Later features add their seeders to the list, in dependency order.
 */
export async function seedDatabase(
  ds: DataSource,
  scale: SeedScale,
  quiet = false,
  catalog: CatalogSeedOptions = {},
): Promise<DemoLogin[]> {
  const all = await ds.transaction(async (manager) => {
    const ctx = new SeedContext(manager, scale, quiet);
    const logins = [...(await seedIdentity(ctx)), ...(await seedCompanies(ctx))];
    await seedCatalog(ctx, catalog);
    await seedPricing(ctx);
    await seedOrdering(ctx);
    await buildSummariesAfterBulkLoad(manager);
    return logins;
  });
  await ds.query('ANALYZE');
  return all;
}

/**
 * The large scale loads with triggers off when it may (seedCatalog sets `session_replication_role =
 * replica`): the tables those triggers keep — facet counts from the stock summaries, the products'
 * price entry lists — are then built here in one go, as a data-only restore would have them rebuilt.
 */
async function buildSummariesAfterBulkLoad(manager: EntityManager): Promise<void> {
  const [{ role }] = await manager.query<{ role: string }[]>(
    `SELECT current_setting('session_replication_role') AS role`,
  );
  if (role !== 'replica') return;
  await manager.query(`SET LOCAL session_replication_role = origin`);
  await manager.query(`SELECT facet_count_rebuild()`);
  await manager.query(`SELECT price_entry_list_refresh(ARRAY(SELECT DISTINCT product_id FROM price_entry))`);
}
