// Writes the sorted SDL of both GraphQL APIs to shared/graphql/{shop,admin}.graphql (pnpm codegen).
// A test (test/graphql/schema-files.spec.ts) fails when the committed files differ from the code.
import path from 'node:path';
import { startTempPostgres } from './lib/temp-postgres.mjs';
import { ensureDatabase } from './lib/embedded-postgres.mjs';
import { repoRoot, requireDist } from './lib/database.mjs';

const pg = await startTempPostgres();
let app;
try {
  await ensureDatabase(pg.adminUrl, 'wholesail_schema');
  process.env.SCHEMA_OUTPUT_DIR = path.join(repoRoot, 'shared', 'graphql');
  const { createApp } = await requireDist('bootstrap.js');
  const { loadConfig } = await requireDist('config/app-config.js');
  app = await createApp(
    loadConfig({ NODE_ENV: 'test', DATABASE_URL: pg.url('wholesail_schema'), STATIC_ROOT: 'off' }),
    { logger: ['error'] },
  );
  console.log(`Wrote ${process.env.SCHEMA_OUTPUT_DIR}/shop.graphql and admin.graphql`);
} finally {
  await app?.close();
  await pg.stop();
}
