import { useMutation } from '@apollo/client/react';
import { Button, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconExternalLink } from '@tabler/icons-react';
import {
  type CompanyUsersActions,
  CompanyUsersManager,
  type CompanyUserView,
  errorMessage,
  userChangeFailure,
} from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

import type { CompanyFieldsFragment } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import {
  COMPANY_QUERY,
  INVITE_CLIENT_USER_MUTATION,
  SET_CLIENT_USER_ACTIVE_MUTATION,
  SET_CLIENT_USER_LIMITS_MUTATION,
  SET_CLIENT_USER_ROLE_MUTATION,
  START_ACT_AS_BUYER_MUTATION,
} from './companies.queries';

/** The company's users as staff manage them, plus "Act as" (open the storefront as this buyer). */
export function UsersTab({ company, canEdit }: { company: CompanyFieldsFragment; canEdit: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const companyId = company.id;
  const refetch = {
    refetchQueries: [{ query: COMPANY_QUERY, variables: { id: companyId } }],
    awaitRefetchQueries: true,
  };
  const [invite] = useMutation(INVITE_CLIENT_USER_MUTATION, refetch);
  const [setRole] = useMutation(SET_CLIENT_USER_ROLE_MUTATION, refetch);
  const [setLimits] = useMutation(SET_CLIENT_USER_LIMITS_MUTATION, refetch);
  const [setActive] = useMutation(SET_CLIENT_USER_ACTIVE_MUTATION, refetch);
  const [startActAs, { loading: opening }] = useMutation(START_ACT_AS_BUYER_MUTATION);

  const actions: CompanyUsersActions = {
    invite: async (input) =>
      userChangeFailure((await invite({ variables: { companyId, input } })).data?.inviteClientUser),
    setRole: async (userId, role) =>
      userChangeFailure((await setRole({ variables: { companyId, userId, role } })).data?.setClientUserRole),
    setLimits: async (userId, limits) =>
      userChangeFailure((await setLimits({ variables: { companyId, userId, limits } })).data?.setClientUserLimits),
    setActive: async (userId, active) =>
      userChangeFailure((await setActive({ variables: { companyId, userId, active } })).data?.setClientUserActive),
  };

  const actAs = async (user: CompanyUserView) => {
    // Open the tab at once, inside the click, so pop-up blockers allow it; point it at the ticket's
    // page when the ticket arrives.
    const tab = window.open('about:blank', '_blank');
    if (tab) tab.opener = null; // the storefront tab gets no handle on this one
    try {
      const { data } = await startActAs({ variables: { companyId, buyerUserId: user.id } });
      const result = data?.startActAsBuyer;
      if (result?.__typename === 'ActAsTicket') {
        if (tab) tab.location.href = result.url;
        else window.open(result.url, '_blank');
        notifications.show({ color: 'teal', message: t('company.actAsOpened') });
      } else if (result?.__typename === 'NotActiveError') {
        tab?.close();
        notifications.show({ color: 'red', message: t('company.actAsNotActive', { message: result.message }) });
      }
    } catch (error) {
      tab?.close();
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
  };

  const mayActAs = hasPermission(session, 'ACT_AS_BUYER') && company.status === 'ACTIVE';
  return (
    <CompanyUsersManager
      users={company.users}
      loading={false}
      canManage={canEdit}
      actions={actions}
      extraActions={
        mayActAs
          ? (user) =>
              user.active && (
                <Tooltip label={t('company.actAsHint')}>
                  <Button
                    size="compact-sm"
                    variant="light"
                    color="orange"
                    rightSection={<IconExternalLink size={14} />}
                    loading={opening}
                    onClick={() => void actAs(user)}
                  >
                    {t('company.actAs')}
                  </Button>
                </Tooltip>
              )
          : undefined
      }
    />
  );
}
