// `pnpm bench [scenario…] [--regenerate]`: builds (or reuses) the large dataset in its own embedded
// PostgreSQL (.data/bench-postgres), starts the built API as a separate process and runs the named
// scenarios (all by default). Each prints one JSON line; see docs/benchmarks.md.
import os from 'node:os';
import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from '../scripts/lib/embedded-postgres.mjs';
import { repoRoot, requireDist } from '../scripts/lib/database.mjs';
import { startApi } from './lib/api-process.mjs';
import companiesUpsert from './scenarios/companies-upsert.mjs';
import me from './scenarios/me.mjs';
import startup from './scenarios/startup.mjs';

const SCENARIOS = [startup, me, companiesUpsert];

const args = process.argv.slice(2);
const regenerate = args.includes('--regenerate');
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !SCENARIOS.some((s) => s.name === n));
if (unknown.length) {
  console.error(`Unknown scenario(s): ${unknown.join(', ')}. Known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const selected = names.length ? SCENARIOS.filter((s) => names.includes(s.name)) : SCENARIOS;
const log = (line) => process.stderr.write(`${line}\n`);

let pg;
let databaseUrl = process.env.BENCH_DATABASE_URL;
if (!databaseUrl) {
  const dataDir = path.resolve(process.env.BENCH_DATA_DIR ?? path.join(repoRoot, '.data', 'bench-postgres'));
  pg = await startEmbeddedPostgres({ dataDir, port: Number(process.env.BENCH_PG_PORT ?? 54339), log });
  await ensureDatabase(pg.url('postgres'), 'wholesail_bench');
  databaseUrl = pg.url('wholesail_bench');
}

let code = 0;
try {
  const { createDataSource, migrateWithLock, resetSchema } = await requireDist('database/data-source.js');
  const { seedDatabase, DATASET_VERSION, DEMO_PASSWORD } = await requireDist('database/seed/seed.js');
  const ds = await createDataSource({ url: databaseUrl, poolSize: 4 }).initialize();
  try {
    const current = await ds
      .query(`SELECT value FROM bench_meta WHERE key = 'dataset'`)
      .then((rows) => rows[0]?.value)
      .catch(() => null);
    if (regenerate || current !== DATASET_VERSION) {
      log(`Generating the large dataset (${DATASET_VERSION}${current ? `, replacing ${current}` : ''})…`);
      const t = Date.now();
      await resetSchema(ds);
      await migrateWithLock(ds);
      await seedDatabase(ds, 'large');
      await ds.query(`CREATE TABLE bench_meta (key text PRIMARY KEY, value text NOT NULL)`);
      await ds.query(`INSERT INTO bench_meta VALUES ('dataset', $1)`, [DATASET_VERSION]);
      log(`Dataset ready in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    } else {
      log(`Reusing dataset ${DATASET_VERSION}`);
      await migrateWithLock(ds);
    }
  } finally {
    await ds.destroy();
  }
  const dataset = { buyerEmail: 'director@demo.wholesail.local', password: DEMO_PASSWORD };
  const port = Number(process.env.BENCH_API_PORT ?? 3900);
  const cores = os.cpus().length;
  let api = null;
  for (const scenario of selected) {
    if (scenario.ownsApi) {
      if (api) {
        await api.stop();
        api = null;
      }
    } else if (!api) {
      api = await startApi(databaseUrl, port);
    }
    const result = await scenario.run({ api, databaseUrl, port, dataset, log });
    console.log(JSON.stringify({ scenario: scenario.name, ...result, cores }));
  }
  await api?.stop();
} catch (error) {
  console.error(error);
  code = 1;
} finally {
  await pg?.stop();
}
process.exit(code);
