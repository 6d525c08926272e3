import { createHash, randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource, runMigrations } from '../../src/database/data-source';

const TEMPLATE_LOCK = 5_551_234;

function adminUrl(): string {
  const url = process.env.WHOLESAIL_TEST_PG_ADMIN_URL;
  if (!url) throw new Error('Test PostgreSQL is not running: run tests through jest (global setup starts it)');
  return url;
}

export function databaseUrl(name: string): string {
  return (process.env.WHOLESAIL_TEST_PG_URL_TEMPLATE as string).replace('__DB__', name);
}

/** Template name changes whenever the set of migrations changes, so a shared server never serves a stale one. */
function templateName(): string {
  const files = readdirSync(join(__dirname, '..', '..', 'src', 'database', 'migrations'))
    .sort()
    .join(',');
  return `wholesail_tpl_${createHash('sha1').update(files).digest('hex').slice(0, 10)}`;
}

async function withAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of its own for one test file. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const template = templateName();
  const name = `wholesail_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (!rowCount) {
        await client.query(`CREATE DATABASE ${template}`);
        const ds = createDataSource({ url: databaseUrl(template), poolSize: 1 });
        await ds.initialize();
        try {
          await runMigrations(ds);
        } finally {
          await ds.destroy();
        }
      }
      await client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  return {
    url: databaseUrl(name),
    drop: () =>
      withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined)),
  };
}
