import path from 'node:path';

import type { Page } from '@playwright/test';

const ARTIFACTS = path.join(import.meta.dirname, 'artifacts');

/** Saves a full-page screenshot as a kept test artifact: e2e/artifacts/<app>-<step>.png. */
export async function screenshot(page: Page, app: string, step: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${app}-${step}.png`), fullPage: true });
}
