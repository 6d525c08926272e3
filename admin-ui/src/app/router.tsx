import { createAppRouter } from '@wholesail/shared/web';

import { ApiKeysPage } from '../features/api-keys/api-keys-page';
import { auth } from '../features/auth/auth';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { AppLayout } from '../features/shell/app-layout';

export const router = createAppRouter({
  auth,
  layout: <AppLayout />,
  routes: [
    { index: true, element: <DashboardPage /> },
    { path: 'api-keys', element: <ApiKeysPage /> },
    // Later issues: companies, catalog, orders, price rules, claims…
  ],
  // '/admin/' (Vite's base) → '/admin': route paths above are relative to it.
  basename: import.meta.env.BASE_URL.replace(/\/$/, ''),
});
