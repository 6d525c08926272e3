// `pnpm test`: every tier, all real — unit and API integration tests (Jest, real PostgreSQL), then
// browser tests (Playwright driving the system Chromium against the built apps).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { repoRoot } from './lib/database.mjs';

const ci = ['1', 'true'].includes(String(process.env.CI).toLowerCase());
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(title, command, args, env = {}) {
  console.log(`\n━━ ${title}\n`);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed`);
    process.exit(result.status ?? 1);
  }
}

run('Unit and API integration tests (Jest, real PostgreSQL)', 'pnpm', ['--filter', '@wholesail/api', 'test']);

if (!fs.existsSync(chromium)) {
  const message = `Chromium not found at ${chromium}: browser tests need it.
  Install it with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH)
  Never let a tool download its own browser.`;
  if (ci) {
    console.error(`\n✗ ${message}`);
    process.exit(1);
  }
  console.warn(`\n⚠ ${message}\n  Skipping the browser tier (CI=true makes this a failure).`);
  process.exit(0);
}

run('Build (API and both SPAs)', 'pnpm', ['build']);
run('Browser tests: storefront (Playwright + Chromium)', 'pnpm', ['--filter', '@wholesail/storefront', 'e2e'], {
  CHROMIUM_PATH: chromium,
});
run('Browser tests: admin UI (Playwright + Chromium)', 'pnpm', ['--filter', '@wholesail/admin-ui', 'e2e'], {
  CHROMIUM_PATH: chromium,
});
console.log('\n✓ All tests passed');
