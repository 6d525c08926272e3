import { Anchor, Group, Text } from '@mantine/core';
import { createAppRouter } from '@wholesail/shared/web';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

import { ActAsEndedPage, ActAsPage } from '../features/act-as/act-as-pages';
import { REQUEST_PASSWORD_RESET_MUTATION, SET_PASSWORD_MUTATION } from '../features/auth/auth.queries';
import { auth } from '../features/auth/auth';
import { CatalogPage } from '../features/catalog/catalog-page';
import { CompanyPage } from '../features/company/company-page';
import { HomePage } from '../features/home/home-page';
import { OrdersPage } from '../features/orders/orders-page';
import { RegisterPage } from '../features/registration/register-page';
import { RegistrationStatusPage, VerifyEmailPage } from '../features/registration/registration-status-pages';
import { AppLayout } from '../features/shell/app-layout';
import { UsersPage } from '../features/users/users-page';

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

// Closed contour: everything but the login, registration and e-mail link pages needs a session.
export const router = createAppRouter({
  auth,
  password: { requestReset: REQUEST_PASSWORD_RESET_MUTATION, setPassword: SET_PASSWORD_MUTATION },
  layout: <AppLayout />,
  loginFooter: <RegisterLink />,
  publicRoutes: [
    // Links in e-mails point at these (see docs/architecture.md, Registration and Act as buyer).
    { path: 'register', element: <RegisterPage /> },
    { path: 'register/verify', element: <VerifyEmailPage /> },
    { path: 'register/status', element: <RegistrationStatusPage /> },
    { path: 'act-as', element: <ActAsPage /> },
    { path: 'act-as/ended', element: <ActAsEndedPage /> },
  ],
  routes: [
    { index: true, element: <HomePage /> },
    { path: 'catalog', element: <CatalogPage /> },
    { path: 'orders', element: <OrdersPage /> },
    { path: 'company', element: <CompanyPage /> },
    { path: 'users', element: <UsersPage /> },
  ],
});
