import { join } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from '../common/database/snake-naming.strategy';
import { CountingLogger } from '../common/observability/sql-counter';
import { ENTITIES } from './entities';

export interface DataSourceSettings {
  url: string;
  poolSize?: number;
  logSql?: boolean;
  applicationName?: string;
}

export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: [join(__dirname, 'migrations', '*.{js,ts}')],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL ≥ 13: no extension, no superuser needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: settings.logSql ? ['query', 'error'] : ['error', 'warn'],
    logger: settings.logSql ? 'advanced-console' : new CountingLogger(),
    applicationName: settings.applicationName ?? 'wholesail-api',
    extra: { max: settings.poolSize ?? 10, idleTimeoutMillis: 30_000 },
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}

/** Applies pending migrations; returns their names. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}

const MIGRATION_LOCK = 4_817_263_541;

/** Runs pending migrations under an advisory lock, so replicas starting together take turns. */
export async function migrateWithLock(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await runMigrations(dataSource);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

/** Drops every table of the application (pnpm db:reset, seed --reset). */
export async function resetSchema(dataSource: DataSource): Promise<void> {
  await dataSource.query('DROP SCHEMA public CASCADE');
  await dataSource.query('CREATE SCHEMA public');
}
