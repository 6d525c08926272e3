// `pnpm dev`: the API in watch mode plus both Vite dev servers (with a proxy to the API).
import { spawn } from 'node:child_process';
import { openDatabase, repoRoot } from './lib/database.mjs';

const db = await openDatabase();
const env = { ...process.env, DATABASE_URL: db.url, API_PORT: process.env.PORT ?? '3000' };
const children = [
  spawn(
    'pnpm',
    ['--filter', '@wholesail/shared', 'exec', 'tsc', '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'],
    { cwd: repoRoot, stdio: 'inherit', env },
  ),
  spawn(
    'pnpm',
    ['--filter', '@wholesail/api', 'exec', 'nest', 'start', '--watch', '-b', 'swc', '--preserveWatchOutput'],
    { cwd: repoRoot, stdio: 'inherit', env },
  ),
  spawn('pnpm', ['--filter', '@wholesail/storefront', 'dev'], { cwd: repoRoot, stdio: 'inherit', env }),
  spawn('pnpm', ['--filter', '@wholesail/admin-ui', 'dev'], { cwd: repoRoot, stdio: 'inherit', env }),
];
console.log(`
Dev mode — ${db.describe}
  API          http://localhost:${env.API_PORT}  (shop-api, admin-api; migrations run at start)
  Storefront   http://localhost:5173/
  Admin UI     http://localhost:5174/admin/
First run on an empty database? Load demo data with: pnpm seed`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGINT');
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.once('exit', r)))));
  await db.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
for (const child of children) child.on('exit', (code) => code && !stopping && void stop());
