// Which PostgreSQL the scripts use: DATABASE_URL when set, otherwise the embedded one with a
// persistent data folder (WHOLESAIL_DATA_DIR, default <repo>/.data/postgres).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const apiRoot = path.join(repoRoot, 'api');

/**
 * @param {{ database?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<{ url: string, embedded: boolean, stop: () => Promise<void>, describe: string }>}
 */
export async function openDatabase({ database = 'wholesail', log = (line) => console.log(line) } = {}) {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {}, describe: 'DATABASE_URL' };
  }
  const dataDir = path.resolve(process.env.WHOLESAIL_DATA_DIR ?? path.join(repoRoot, '.data', 'postgres'));
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const pg = await startEmbeddedPostgres({ dataDir, port, log });
  await ensureDatabase(pg.url('postgres'), database);
  return {
    url: pg.url(database),
    embedded: true,
    stop: pg.stop,
    describe: `embedded PostgreSQL 18 on 127.0.0.1:${pg.port}, data in ${pg.dataDir}`,
  };
}

export function requireDist(relative) {
  return import(path.join(apiRoot, 'dist', relative)).then((m) => m.default ?? m);
}
