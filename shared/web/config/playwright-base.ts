import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';

// The API's e2e server (fresh embedded PostgreSQL + demo data + built SPAs) listens here; set
// E2E_BASE_URL to run on another port while someone else uses 3100.
const baseURL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100';

/**
 * Browser tests of an app (storefront/, admin-ui/): its `e2e/` folder against the API's e2e server,
 * on Debian's Chromium. Paths are relative to the app's own playwright.config.ts.
 */
export function definePlaywrightConfig(overrides: PlaywrightTestConfig = {}) {
  return defineConfig({
    testDir: './e2e',
    outputDir: './test-results',
    fullyParallel: false,
    workers: 1,
    forbidOnly: !!process.env.CI,
    // The CI machine is shared and its load swings; one retry there keeps a slow moment from
    // failing the run, while a real regression fails both attempts (and `list` marks a pass on
    // the retry as flaky, so it is seen).
    retries: process.env.CI ? 1 : 0,
    timeout: 60_000,
    expect: { timeout: 10_000 },
    reporter: [['list']],
    ...overrides,
    use: {
      baseURL,
      // Russian is the primary market; the tests switch to English and back on purpose.
      locale: 'ru-RU',
      timezoneId: 'Europe/Moscow',
      viewport: { width: 1280, height: 800 },
      trace: 'retain-on-failure',
      screenshot: 'only-on-failure',
      // Debian's Chromium; never download a browser (no `playwright install`).
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
      ...overrides.use,
    },
    webServer: {
      command: 'node ../api/scripts/e2e-server.mjs',
      env: { E2E_PORT: new URL(baseURL).port || '3100' },
      url: `${baseURL}/health`,
      reuseExistingServer: true,
      // SIGTERM (not Playwright's default SIGKILL) so the server stops its embedded PostgreSQL.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      timeout: 180_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  });
}
