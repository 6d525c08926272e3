import { definePlaywrightConfig } from '@wholesail/shared/web/playwright';

// e2e/ against api/scripts/e2e-server.mjs on E2E_BASE_URL (default http://127.0.0.1:3100).
// The admin UI lives under /admin/ on that server: tests navigate to '/admin/...'.
export default definePlaywrightConfig();
