import { DataSource } from 'typeorm';
import { seedCompanies } from './seed-companies';
import { CatalogSeedOptions, seedCatalog } from './seed-catalog';
import { DemoLogin, seedIdentity } from './seed-identity';
import { seedPricing } from './seed-pricing';
import { DEMO_PASSWORD, SeedContext, SeedScale } from './seed-context';
import { seedOrdering } from './seed-ordering';

export { DEMO_PASSWORD };

/** Bumped whenever the large dataset changes shape, so `pnpm bench` regenerates it. */
export const DATASET_VERSION = 'companies-1+catalog-3+prices-1+ordering-2';
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
    return logins;
  });
  await ds.query('ANALYZE');
  return all;
}
