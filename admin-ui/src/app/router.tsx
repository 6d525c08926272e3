import { Outlet, createBrowserRouter } from 'react-router';

import { NotFoundPage } from '../components/not-found-page';
import { RouteErrorPage } from '../components/route-error-page';
import { ApiKeysPage } from '../features/api-keys/api-keys-page';
import { AuthProvider } from '../features/auth/auth-provider';
import { LoginPage } from '../features/auth/login-page';
import { RequireAuth } from '../features/auth/require-auth';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { AppLayout } from '../features/shell/app-layout';

function Root() {
  return (
    <AuthProvider>
      <Outlet />
    </AuthProvider>
  );
}

export const router = createBrowserRouter(
  [
    {
      element: <Root />,
      errorElement: <RouteErrorPage />,
      children: [
        { path: 'login', element: <LoginPage /> },
        {
          element: <RequireAuth />,
          children: [
            {
              element: <AppLayout />,
              children: [
                { index: true, element: <DashboardPage /> },
                { path: 'api-keys', element: <ApiKeysPage /> },
                // Later issues: companies, catalog, orders, price rules, claims…
                { path: '*', element: <NotFoundPage /> },
              ],
            },
          ],
        },
      ],
    },
  ],
  // '/admin/' (Vite's base) → '/admin': route paths above are relative to it.
  { basename: import.meta.env.BASE_URL.replace(/\/$/, '') },
);
