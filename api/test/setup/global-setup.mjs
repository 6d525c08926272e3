// One PostgreSQL for the whole run (embedded in a temp folder, or TEST_DATABASE_URL).
// Each test file clones its own database from a migrated template (see test/helpers/test-database.ts).
import { startTempPostgres } from '../../scripts/lib/temp-postgres.mjs';

export default async function globalSetup() {
  const pg = await startTempPostgres();
  globalThis.__WHOLESAIL_PG__ = pg;
  process.env.WHOLESAIL_TEST_PG_ADMIN_URL = pg.adminUrl;
  process.env.WHOLESAIL_TEST_PG_URL_TEMPLATE = pg.url('__DB__');
}
