import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { type CompanyUsersActions, CompanyUsersManager, PageTitle, userChangeFailure } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../shell/no-access';
import {
  COMPANY_USERS_QUERY,
  INVITE_COMPANY_USER_MUTATION,
  SET_COMPANY_USER_ACTIVE_MUTATION,
  SET_COMPANY_USER_LIMITS_MUTATION,
  SET_COMPANY_USER_ROLE_MUTATION,
} from './users.queries';

/** `/users` (directors): the company's users — invite, role, order limits, deactivate. */
export function UsersPage() {
  const { t } = useTranslation();
  const session = useSession();
  const allowed = hasPermission(session, 'MANAGE_COMPANY_USERS');
  return (
    <Stack gap="md">
      <PageTitle title={t('users.pageTitle')} />
      {allowed ? <UsersManager /> : <NoAccess />}
    </Stack>
  );
}

function UsersManager() {
  const { t } = useTranslation();
  const session = useSession();
  const { data, loading, error } = useQuery(COMPANY_USERS_QUERY);
  // Users are cached inside the list (CompanyUser has no cache id: one person may be in several
  // companies with different roles), so every change refetches the list.
  const refetch = { refetchQueries: [COMPANY_USERS_QUERY], awaitRefetchQueries: true };
  const [invite] = useMutation(INVITE_COMPANY_USER_MUTATION, refetch);
  const [setRole] = useMutation(SET_COMPANY_USER_ROLE_MUTATION, refetch);
  const [setLimits] = useMutation(SET_COMPANY_USER_LIMITS_MUTATION, refetch);
  const [setActive] = useMutation(SET_COMPANY_USER_ACTIVE_MUTATION, refetch);

  const actions: CompanyUsersActions = {
    invite: async (values) =>
      userChangeFailure((await invite({ variables: { input: values } })).data?.inviteCompanyUser),
    setRole: async (userId, role) =>
      userChangeFailure((await setRole({ variables: { userId, role } })).data?.setCompanyUserRole),
    setLimits: async (userId, limits) =>
      userChangeFailure((await setLimits({ variables: { userId, limits } })).data?.setCompanyUserLimits),
    setActive: async (userId, active) =>
      userChangeFailure((await setActive({ variables: { userId, active } })).data?.setCompanyUserActive),
  };

  return (
    <>
      <div>
        <Title order={1} size="h2">
          {t('users.pageTitle')}
        </Title>
        <Text c="dimmed" size="sm" maw={760}>
          {t('users.description')}
        </Text>
      </div>
      <CompanyUsersManager
        users={data?.companyUsers}
        loading={loading}
        error={error}
        currentUserId={session?.user.id}
        canManage
        actions={actions}
        currency={session?.activeContract?.currency ?? 'RUB'}
      />
    </>
  );
}
