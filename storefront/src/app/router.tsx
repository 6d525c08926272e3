import { createAppRouter } from '@wholesail/shared/web';

import { auth } from '../features/auth/auth';
import { CatalogPage } from '../features/catalog/catalog-page';
import { CompanyPage } from '../features/company/company-page';
import { HomePage } from '../features/home/home-page';
import { OrdersPage } from '../features/orders/orders-page';
import { AppLayout } from '../features/shell/app-layout';

// Closed contour: everything but /login needs a session (see createAppRouter).
export const router = createAppRouter({
  auth,
  layout: <AppLayout />,
  routes: [
    { index: true, element: <HomePage /> },
    { path: 'catalog', element: <CatalogPage /> },
    { path: 'orders', element: <OrdersPage /> },
    { path: 'company', element: <CompanyPage /> },
  ],
});
