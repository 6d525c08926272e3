import { Anchor, Group, Text } from '@mantine/core';
import { createAppRouter } from '@wholesail/shared/web';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

import { ActAsEndedPage, ActAsPage } from '../features/act-as/act-as-pages';
import { REQUEST_PASSWORD_RESET_MUTATION, SET_PASSWORD_MUTATION } from '../features/auth/auth.queries';
import { auth } from '../features/auth/auth';
import { HomePage } from '../features/home/home-page';
import { OrdersPage } from '../features/orders/orders-page';
import { AppLayout } from '../features/shell/app-layout';

function RegisterLink() {
  const { t } = useTranslation();
  return (
    <Group justify="center" gap={6}>
      <Text size="sm" c="dimmed">
        {t('login.noAccount')}
      </Text>
      <Anchor component={Link} to="/register" size="sm">
        {t('login.register')}
      </Anchor>
    </Group>
  );
}

// Feature pages load on demand: the bundle every page needs does not grow with each feature.
const registration = () => import('../features/registration/register-page');
const registrationStatus = () => import('../features/registration/registration-status-pages');

// Closed contour: everything but the login, registration and e-mail link pages needs a session.
export const router = createAppRouter({
  auth,
  password: { requestReset: REQUEST_PASSWORD_RESET_MUTATION, setPassword: SET_PASSWORD_MUTATION },
  layout: <AppLayout />,
  loginFooter: <RegisterLink />,
  publicRoutes: [
    // Links in e-mails point at these (see docs/architecture.md, Registration and Act as buyer).
    { path: 'register', lazy: async () => ({ Component: (await registration()).RegisterPage }) },
    { path: 'register/verify', lazy: async () => ({ Component: (await registrationStatus()).VerifyEmailPage }) },
    { path: 'register/status', lazy: async () => ({ Component: (await registrationStatus()).RegistrationStatusPage }) },
    { path: 'act-as', element: <ActAsPage /> },
    { path: 'act-as/ended', element: <ActAsEndedPage /> },
  ],
  routes: [
    { index: true, element: <HomePage /> },
    // The catalog and reservations bring AG Grid and the grid's cells: loaded with their routes.
    {
      path: 'catalog',
      lazy: async () => ({ Component: (await import('../features/catalog/catalog-page')).CatalogPage }),
    },
    {
      path: 'reservations',
      lazy: async () => ({
        Component: (await import('../features/reservations/reservations-page')).ReservationsPage,
      }),
    },
    {
      path: 'special-prices',
      lazy: async () => ({
        Component: (await import('../features/prices/special-prices-page')).SpecialPricesPage,
      }),
    },
    { path: 'cart', lazy: async () => ({ Component: (await import('../features/cart/cart-page')).CartPage }) },
    {
      path: 'quick-order',
      lazy: async () => ({ Component: (await import('../features/cart/quick-order-page')).QuickOrderPage }),
    },
    { path: 'lists', lazy: async () => ({ Component: (await import('../features/lists/lists-page')).ListsPage }) },
    {
      path: 'lists/:id',
      lazy: async () => ({ Component: (await import('../features/lists/short-list-page')).ShortListPage }),
    },
    { path: 'excel', lazy: async () => ({ Component: (await import('../features/cart/excel-page')).ExcelPage }) },
    {
      path: 'checkout',
      lazy: async () => ({ Component: (await import('../features/checkout/checkout-page')).CheckoutPage }),
    },
    { path: 'orders', element: <OrdersPage /> },
    {
      path: 'orders/:id',
      lazy: async () => ({ Component: (await import('../features/orders/order-page')).OrderPage }),
    },
    {
      path: 'company',
      lazy: async () => ({ Component: (await import('../features/company/company-page')).CompanyPage }),
    },
    { path: 'users', lazy: async () => ({ Component: (await import('../features/users/users-page')).UsersPage }) },
  ],
});
