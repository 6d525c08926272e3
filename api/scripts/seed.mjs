// `pnpm seed [--scale demo|large] [--reset]`: deterministic demo or benchmark data.
import { openDatabase, requireDist } from './lib/database.mjs';

const args = process.argv.slice(2);
const scaleIndex = args.indexOf('--scale');
const scale =
  scaleIndex >= 0 ? args[scaleIndex + 1] : (args.find((a) => a.startsWith('--scale='))?.split('=')[1] ?? 'demo');
if (!['demo', 'large'].includes(scale)) {
  console.error(`Unknown scale "${scale}": use --scale demo or --scale large`);
  process.exit(2);
}
const reset = args.includes('--reset');
const db = await openDatabase();
let code = 0;
try {
  const { createDataSource, migrateWithLock, resetSchema } = await requireDist('database/data-source.js');
  const { isDatabaseEmpty, seedDatabase, DEMO_PASSWORD } = await requireDist('database/seed/seed.js');
  const ds = await createDataSource({ url: db.url, poolSize: 2 }).initialize();
  try {
    if (reset) await resetSchema(ds);
    await migrateWithLock(ds);
    if (!(await isDatabaseEmpty(ds))) {
      console.error('The database already has data. Run with --reset to wipe it first (or pnpm db:reset).');
      code = 1;
    } else {
      const t = Date.now();
      const logins = await seedDatabase(ds, scale);
      console.log(
        `Seeded "${scale}" in ${((Date.now() - t) / 1000).toFixed(1)} s; ${logins.length} logins, password ${DEMO_PASSWORD}.`,
      );
    }
  } finally {
    await ds.destroy();
  }
} catch (error) {
  console.error(error);
  code = 1;
} finally {
  await db.stop();
}
process.exit(code);
