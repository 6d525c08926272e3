// A throwaway PostgreSQL for scripts and tests: TEST_DATABASE_URL when given, else embedded in a temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

/** @returns {Promise<{ adminUrl: string, url: (db: string) => string, stop: () => Promise<void> }>} */
export async function startTempPostgres() {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    const base = new URL(external);
    return {
      adminUrl: external,
      url: (db) => Object.assign(new URL(base), { pathname: `/${db}` }).toString(),
      stop: async () => {},
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wholesail-pg-'));
  fs.chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), persistent: false });
  return {
    adminUrl: pg.url('postgres'),
    url: (db) => pg.url(db),
    stop: async () => {
      await pg.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
