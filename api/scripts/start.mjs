// `pnpm start`: the whole product on one port — database (embedded unless DATABASE_URL is set),
// migrations, demo data on first run, the API and both built SPAs.
import { openDatabase, requireDist } from './lib/database.mjs';

const started = Date.now();
const db = await openDatabase();
process.env.DATABASE_URL = db.url;

let server;
let stopping = false;
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  try {
    await server?.close();
  } finally {
    await db.stop();
    console.log(db.embedded ? 'Stopped (database shut down cleanly).' : 'Stopped.');
    process.exit(code);
  }
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  const { createDataSource, migrateWithLock } = await requireDist('database/data-source.js');
  const { isDatabaseEmpty, seedDatabase, DEMO_PASSWORD } = await requireDist('database/seed/seed.js');
  const ds = await createDataSource({ url: db.url, poolSize: 2 }).initialize();
  let logins = null;
  try {
    await migrateWithLock(ds);
    if (await isDatabaseEmpty(ds)) {
      console.log('Empty database: loading demo data…');
      logins = await seedDatabase(ds, 'demo');
    }
  } finally {
    await ds.destroy();
  }
  const { startServer } = await requireDist('main.js');
  server = await startServer(process.env);
  const ready = Date.now() - started;
  const { loadConfig } = await requireDist('config/app-config.js');
  const port = loadConfig(process.env).port;
  const base = `http://localhost:${port}`;
  console.log(`
Wholesail is running (ready in ${ready} ms)
  Storefront   ${base}/
  Admin UI     ${base}/admin/
  Shop API     ${base}/shop-api    (GraphiQL in a browser)
  Admin API    ${base}/admin-api
  Database     ${db.describe}

Demo logins (password for all: ${DEMO_PASSWORD}):
  storefront   director@demo.wholesail.local (director), purchaser@demo.wholesail.local, accountant@demo.wholesail.local
               outsourced@demo.wholesail.local (works for two companies)
  admin UI     admin@demo.wholesail.local (admin), head@…, manager@…, catalog@demo.wholesail.local
${logins ? `  (${logins.length} demo users created just now)\n` : ''}
Press Ctrl-C to stop.`);
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  await shutdown(1);
}
