// `pnpm bench [scenario…] [--regenerate] [--products N]`: builds (or reuses) the large dataset in its own
// embedded PostgreSQL (.data/bench-postgres), starts the built API as a separate process and runs the
// named scenarios (all by default). Each prints one JSON line; see docs/benchmarks.md.
// A scenario may need a catalog of another size (typeahead: 1 000 000 products): each size is its own
// database in the same cluster, generated once. `--products N` sets the size for every selected scenario.
import os from 'node:os';
import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from '../scripts/lib/embedded-postgres.mjs';
import { repoRoot, requireDist } from '../scripts/lib/database.mjs';
import { startApi } from './lib/api-process.mjs';
import catalogPage from './scenarios/catalog-page.mjs';
import companiesUpsert from './scenarios/companies-upsert.mjs';
import facets from './scenarios/facets.mjs';
import me from './scenarios/me.mjs';
import startup from './scenarios/startup.mjs';
import stockBulkUpsert from './scenarios/stock-bulk-upsert.mjs';
import typeahead from './scenarios/typeahead.mjs';
import contractorPricelist from './scenarios/contractor-pricelist.mjs';
import ruleChangeVisible from './scenarios/rule-change-visible.mjs';
import bulkPriceImport from './scenarios/bulk-price-import.mjs';
import placeOrder500 from './scenarios/place-order-500.mjs';
import cartLineUpdate from './scenarios/cart-line-update.mjs';
import excelUpload10k from './scenarios/excel-upload-10k.mjs';
import pricelistExport100k from './scenarios/pricelist-export-100k.mjs';

const SCENARIOS = [
  startup,
  me,
  companiesUpsert,
  catalogPage,
  facets,
  typeahead,
  stockBulkUpsert,
  contractorPricelist,
  ruleChangeVisible,
  bulkPriceImport,
  placeOrder500,
  cartLineUpdate,
  excelUpload10k,
  pricelistExport100k,
];
const DEFAULT_PRODUCTS = 200_000;

const args = process.argv.slice(2);
const regenerate = args.includes('--regenerate');
const productsArg = args.indexOf('--products');
const productsOverride = productsArg >= 0 ? Number(args[productsArg + 1]) : null;
if (productsOverride !== null && !(Number.isInteger(productsOverride) && productsOverride >= 1000)) {
  console.error('--products needs a whole number ≥ 1000');
  process.exit(2);
}
const names = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--products');
const unknown = names.filter((n) => !SCENARIOS.some((s) => s.name === n));
if (unknown.length) {
  console.error(`Unknown scenario(s): ${unknown.join(', ')}. Known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const selected = names.length ? SCENARIOS.filter((s) => names.includes(s.name)) : SCENARIOS;
const log = (line) => process.stderr.write(`${line}\n`);

let pg;
let baseUrl = process.env.BENCH_DATABASE_URL;
if (!baseUrl) {
  const dataDir = path.resolve(process.env.BENCH_DATA_DIR ?? path.join(repoRoot, '.data', 'bench-postgres'));
  pg = await startEmbeddedPostgres({ dataDir, port: Number(process.env.BENCH_PG_PORT ?? 54339), log });
}

/** The database of a catalog size, generated when missing or of another dataset version. */
async function prepareDataset(products) {
  const dbName = products === DEFAULT_PRODUCTS ? 'wholesail_bench' : `wholesail_bench_p${products}`;
  let databaseUrl;
  if (pg) {
    await ensureDatabase(pg.url('postgres'), dbName);
    databaseUrl = pg.url(dbName);
  } else {
    const url = new URL(baseUrl);
    if (products !== DEFAULT_PRODUCTS) url.pathname = `${url.pathname}_p${products}`;
    databaseUrl = url.toString();
  }
  const { createDataSource, migrateWithLock, resetSchema } = await requireDist('database/data-source.js');
  const { seedDatabase, DATASET_VERSION } = await requireDist('database/seed/seed.js');
  const version = `${DATASET_VERSION}/${products}`;
  const ds = await createDataSource({ url: databaseUrl, poolSize: 4 }).initialize();
  try {
    const current = await ds
      .query(`SELECT value FROM bench_meta WHERE key = 'dataset'`)
      .then((rows) => rows[0]?.value)
      .catch(() => null);
    if (regenerate || current !== version) {
      log(`Generating the large dataset (${version}${current ? `, replacing ${current}` : ''})…`);
      const t = Date.now();
      await resetSchema(ds);
      await migrateWithLock(ds);
      await seedDatabase(ds, 'large', false, { products });
      await ds.query(`CREATE TABLE bench_meta (key text PRIMARY KEY, value text NOT NULL)`);
      await ds.query(`INSERT INTO bench_meta VALUES ('dataset', $1)`, [version]);
      log(`Dataset ready in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    } else {
      log(`Reusing dataset ${version}`);
      await migrateWithLock(ds);
    }
  } finally {
    await ds.destroy();
  }
  return databaseUrl;
}

let code = 0;
let api = null;
try {
  const { DEMO_PASSWORD } = await requireDist('database/seed/seed.js');
  const dataset = {
    buyerEmail: 'director@demo.wholesail.local',
    staffEmail: 'admin@demo.wholesail.local',
    password: DEMO_PASSWORD,
  };
  const port = Number(process.env.BENCH_API_PORT ?? 3900);
  const cores = os.cpus().length;
  let apiProducts = null;
  const urls = new Map();
  for (const scenario of selected) {
    const products = productsOverride ?? scenario.products ?? DEFAULT_PRODUCTS;
    if (!urls.has(products)) urls.set(products, await prepareDataset(products));
    const databaseUrl = urls.get(products);
    if (scenario.ownsApi || apiProducts !== products) {
      await api?.stop();
      api = null;
    }
    if (!scenario.ownsApi && !api) {
      api = await startApi(databaseUrl, port);
      apiProducts = products;
    }
    const result = await scenario.run({ api, databaseUrl, port, dataset, log, products });
    console.log(JSON.stringify({ scenario: scenario.name, ...result, cores }));
  }
} catch (error) {
  console.error(error);
  code = 1;
} finally {
  // Also when a scenario failed: a left API would answer the next run's readiness check.
  await api?.stop();
  await pg?.stop();
}
process.exit(code);
