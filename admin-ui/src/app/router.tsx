import { createAppRouter } from '@wholesail/shared/web';

import { ApiKeysPage } from '../features/api-keys/api-keys-page';
import { REQUEST_PASSWORD_RESET_MUTATION, SET_PASSWORD_MUTATION } from '../features/auth/auth.queries';
import { auth } from '../features/auth/auth';
import { followNavigation } from '../features/common/url-state';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { AppLayout } from '../features/shell/app-layout';

// Feature pages load on demand: the bundle every page needs does not grow with each feature.
export const router = createAppRouter({
  auth,
  // `/admin/forgot-password` and `/admin/set-password?token=` (staff invitations and resets).
  password: { requestReset: REQUEST_PASSWORD_RESET_MUTATION, setPassword: SET_PASSWORD_MUTATION },
  layout: <AppLayout />,
  routes: [
    { index: true, element: <DashboardPage /> },
    {
      path: 'registrations',
      lazy: async () => ({
        Component: (await import('../features/registrations/registrations-page')).RegistrationsPage,
      }),
    },
    {
      path: 'registrations/:id',
      lazy: async () => ({ Component: (await import('../features/registrations/registration-page')).RegistrationPage }),
    },
    {
      path: 'companies',
      lazy: async () => ({ Component: (await import('../features/companies/companies-page')).CompaniesPage }),
    },
    {
      path: 'companies/:id',
      lazy: async () => ({ Component: (await import('../features/companies/company-page')).CompanyPage }),
    },
    { path: 'groups', lazy: async () => ({ Component: (await import('../features/groups/groups-page')).GroupsPage }) },
    {
      path: 'act-as-sessions',
      lazy: async () => ({ Component: (await import('../features/act-as/act-as-sessions-page')).ActAsSessionsPage }),
    },
    {
      path: 'orders',
      lazy: async () => ({ Component: (await import('../features/orders/orders-page')).OrdersPage }),
    },
    {
      path: 'split-rules',
      lazy: async () => ({ Component: (await import('../features/orders/split-rules-page')).SplitRulesPage }),
    },
    {
      path: 'orders/:id',
      lazy: async () => ({ Component: (await import('../features/orders/order-page')).OrderPage }),
    },
    {
      path: 'catalog/products',
      lazy: async () => ({ Component: (await import('../features/catalog/products-page')).ProductsPage }),
    },
    {
      path: 'catalog/products/:id',
      lazy: async () => ({ Component: (await import('../features/catalog/product-page')).ProductPage }),
    },
    {
      path: 'catalog/categories',
      lazy: async () => ({ Component: (await import('../features/catalog/categories-page')).CategoriesPage }),
    },
    {
      path: 'catalog/attributes',
      lazy: async () => ({ Component: (await import('../features/catalog/attributes-page')).AttributesPage }),
    },
    {
      path: 'catalog/brands',
      lazy: async () => ({ Component: (await import('../features/catalog/brands-page')).BrandsPage }),
    },
    {
      path: 'inventory/warehouses',
      lazy: async () => ({ Component: (await import('../features/inventory/warehouses-page')).WarehousesPage }),
    },
    {
      path: 'inventory/stock',
      lazy: async () => ({ Component: (await import('../features/inventory/stock-page')).StockPage }),
    },
    {
      path: 'inventory/supplies',
      lazy: async () => ({ Component: (await import('../features/inventory/supplies-page')).SuppliesPage }),
    },
    {
      path: 'inventory/reservations',
      lazy: async () => ({ Component: (await import('../features/inventory/reservations-page')).ReservationsPage }),
    },
    {
      path: 'pricing/types',
      lazy: async () => ({ Component: (await import('../features/pricing/price-types-page')).PriceTypesPage }),
    },
    {
      path: 'pricing/entries',
      lazy: async () => ({ Component: (await import('../features/pricing/price-entries-page')).PriceEntriesPage }),
    },
    {
      path: 'pricing/rules',
      lazy: async () => ({ Component: (await import('../features/pricing/price-rules-page')).PriceRulesPage }),
    },
    {
      path: 'pricing/rules/:id',
      lazy: async () => ({ Component: (await import('../features/pricing/price-rule-page')).PriceRulePage }),
    },
    {
      path: 'pricing/simulator',
      lazy: async () => ({ Component: (await import('../features/pricing/simulator-page')).SimulatorPage }),
    },
    {
      path: 'pricing/requests',
      lazy: async () => ({
        Component: (await import('../features/pricing/special-requests-page')).SpecialRequestsPage,
      }),
    },
    {
      path: 'pricing/requests/:id',
      lazy: async () => ({ Component: (await import('../features/pricing/special-request-page')).SpecialRequestPage }),
    },
    { path: 'staff', lazy: async () => ({ Component: (await import('../features/staff/staff-page')).StaffPage }) },
    { path: 'audit', lazy: async () => ({ Component: (await import('../features/audit/audit-page')).AuditPage }) },
    { path: 'outbox', lazy: async () => ({ Component: (await import('../features/outbox/outbox-page')).OutboxPage }) },
    { path: 'api-keys', element: <ApiKeysPage /> },
  ],
  // '/admin/' (Vite's base) → '/admin': route paths above are relative to it.
  basename: import.meta.env.BASE_URL.replace(/\/$/, ''),
});

followNavigation(router);
