// Writes a migration with the SQL that brings a fully migrated database to the current entities.
// Usage: pnpm --filter @wholesail/api migration:generate <Name> [--tables a,b]   (builds first)
// --tables keeps only statements on those tables: when several features change entities at once,
// each migration carries only its own tables.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startTempPostgres } from './lib/temp-postgres.mjs';
import { ensureDatabase } from './lib/embedded-postgres.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const name = process.argv[2];
const tablesArg = process.argv.indexOf('--tables');
const tables = tablesArg > 0 ? process.argv[tablesArg + 1].split(',').map((t) => t.trim()) : null;
const mentionsTables = (query) => !tables || tables.some((t) => query.query.includes(`"${t}"`));
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: migration-generate.mjs <PascalCaseName>');
  process.exit(2);
}
const { createDataSource, runMigrations } = require(path.join(here, '..', 'dist', 'database', 'data-source.js'));
const pg = await startTempPostgres();
const dbName = `wholesail_migration_${Date.now()}`;
await ensureDatabase(pg.adminUrl, dbName);
const ds = createDataSource({ url: pg.url(dbName) });
try {
  await ds.initialize();
  await runMigrations(ds);
  const sql = await ds.driver.createSchemaBuilder().log();
  sql.upQueries = sql.upQueries.filter(mentionsTables);
  sql.downQueries = sql.downQueries.filter(mentionsTables);
  if (sql.upQueries.length === 0) {
    console.log('Entities and migrations agree: nothing to generate.');
  } else {
    const timestamp = Date.now();
    const q = (query) =>
      `    await queryRunner.query(${JSON.stringify(query.query)}${query.parameters?.length ? `, ${JSON.stringify(query.parameters)}` : ''});`;
    const file = path.join(here, '..', 'src', 'database', 'migrations', `${timestamp}-${name}.ts`);
    fs.writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map(q).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries.reverse().map(q).join('\n')}
  }
}
`,
    );
    console.log(
      `Wrote ${path.relative(process.cwd(), file)} (${sql.upQueries.length} statements). Review it before committing.`,
    );
  }
} finally {
  if (ds.isInitialized) await ds.destroy();
  await pg.stop();
}
