import { Outlet, createBrowserRouter } from 'react-router';

import { NotFoundPage } from '../components/not-found-page';
import { RouteErrorPage } from '../components/route-error-page';
import { AuthProvider } from '../features/auth/auth-provider';
import { LoginPage } from '../features/auth/login-page';
import { RequireAuth } from '../features/auth/require-auth';
import { CatalogPage } from '../features/catalog/catalog-page';
import { CompanyPage } from '../features/company/company-page';
import { HomePage } from '../features/home/home-page';
import { OrdersPage } from '../features/orders/orders-page';
import { AppLayout } from '../features/shell/app-layout';

function Root() {
  return (
    <AuthProvider>
      <Outlet />
    </AuthProvider>
  );
}

export const router = createBrowserRouter([
  {
    element: <Root />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: 'login', element: <LoginPage /> },
      {
        // Closed contour: everything but the login page needs a session.
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'catalog', element: <CatalogPage /> },
              { path: 'orders', element: <OrdersPage /> },
              { path: 'company', element: <CompanyPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
