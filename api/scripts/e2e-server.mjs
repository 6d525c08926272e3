// The server the browser tests run against: a fresh embedded PostgreSQL with demo data, the built
// API and both built SPAs on E2E_PORT (default 3100). Started by Playwright's webServer.
import { startTempPostgres } from './lib/temp-postgres.mjs';
import { ensureDatabase } from './lib/embedded-postgres.mjs';
import { requireDist } from './lib/database.mjs';

const port = process.env.E2E_PORT ?? '3100';
const pg = await startTempPostgres();
let server;
let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await server?.close().catch(() => undefined);
  await pg.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

try {
  const database = `wholesail_e2e_${Date.now()}`;
  await ensureDatabase(pg.adminUrl, database);
  const url = pg.url(database);
  const { createDataSource, migrateWithLock } = await requireDist('database/data-source.js');
  const { seedDatabase } = await requireDist('database/seed/seed.js');
  const ds = await createDataSource({ url, poolSize: 2 }).initialize();
  await migrateWithLock(ds);
  await seedDatabase(ds, 'demo', true);
  await ds.destroy();
  const { startServer } = await requireDist('main.js');
  server = await startServer({
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: url,
    PORT: port,
    HOST: '127.0.0.1',
    JWT_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
    LOGIN_MAX_ATTEMPTS: '50',
    // Browser tests register several companies from one address, and read links from e-mails.
    REGISTRATION_MAX_PER_IP: '1000',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
  });
  console.log(`e2e server ready on http://127.0.0.1:${port}`);
} catch (error) {
  console.error(error);
  await stop(1);
}
