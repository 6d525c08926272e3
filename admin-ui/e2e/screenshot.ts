import path from 'node:path';

import type { Page } from '@playwright/test';

const ARTIFACTS = path.join(import.meta.dirname, 'artifacts');

/** Saves a full-page screenshot as a kept test artifact: e2e/artifacts/<app>-<step>.png. */
export async function screenshot(page: Page, app: string, step: string): Promise<void> {
  // Transitions (modals, notifications) are finished, not caught half-way.
  await page.screenshot({ path: path.join(ARTIFACTS, `${app}-${step}.png`), fullPage: true, animations: 'disabled' });
}
