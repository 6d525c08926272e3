import { createAppRouter } from '@wholesail/shared/web';

import { ActAsSessionsPage } from '../features/act-as/act-as-sessions-page';
import { ApiKeysPage } from '../features/api-keys/api-keys-page';
import { AuditPage } from '../features/audit/audit-page';
import { REQUEST_PASSWORD_RESET_MUTATION, SET_PASSWORD_MUTATION } from '../features/auth/auth.queries';
import { auth } from '../features/auth/auth';
import { CompaniesPage } from '../features/companies/companies-page';
import { CompanyPage } from '../features/companies/company-page';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { GroupsPage } from '../features/groups/groups-page';
import { OutboxPage } from '../features/outbox/outbox-page';
import { RegistrationPage } from '../features/registrations/registration-page';
import { RegistrationsPage } from '../features/registrations/registrations-page';
import { AppLayout } from '../features/shell/app-layout';
import { StaffPage } from '../features/staff/staff-page';

export const router = createAppRouter({
  auth,
  // `/admin/forgot-password` and `/admin/set-password?token=` (staff invitations and resets).
  password: { requestReset: REQUEST_PASSWORD_RESET_MUTATION, setPassword: SET_PASSWORD_MUTATION },
  layout: <AppLayout />,
  routes: [
    { index: true, element: <DashboardPage /> },
    { path: 'registrations', element: <RegistrationsPage /> },
    { path: 'registrations/:id', element: <RegistrationPage /> },
    { path: 'companies', element: <CompaniesPage /> },
    { path: 'companies/:id', element: <CompanyPage /> },
    { path: 'groups', element: <GroupsPage /> },
    { path: 'act-as-sessions', element: <ActAsSessionsPage /> },
    { path: 'staff', element: <StaffPage /> },
    { path: 'audit', element: <AuditPage /> },
    { path: 'outbox', element: <OutboxPage /> },
    { path: 'api-keys', element: <ApiKeysPage /> },
  ],
  // '/admin/' (Vite's base) → '/admin': route paths above are relative to it.
  basename: import.meta.env.BASE_URL.replace(/\/$/, ''),
});
