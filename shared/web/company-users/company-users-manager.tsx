import { Alert, Button, Group, Loader, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmModal } from '../components/confirm-modal';
import { errorMessage } from '../errors/graphql-errors';
import { ChangeRoleModal } from './change-role-modal';
import type { CompanyUsersActions, CompanyUserView } from './company-users.types';
import { CompanyUsersTable, type UserRowAction } from './company-users-table';
import { InviteUserModal } from './invite-user-modal';
import { UserLimitsModal } from './user-limits-modal';

interface Props {
  users: readonly CompanyUserView[] | undefined;
  loading: boolean;
  error?: unknown;
  /** The signed-in director: no role change or deactivation of himself. */
  currentUserId?: string;
  /** Invite, role, limits, (de)activate; the API checks it again. */
  canManage: boolean;
  actions: CompanyUsersActions;
  /** Of the order limits (the company's contracts are in it). */
  currency?: string;
  /** Per row, before the actions menu. */
  extraActions?: (user: CompanyUserView) => ReactNode;
}

type Pending = { user: CompanyUserView; action: UserRowAction } | null;

/**
 * A company's users with everything a director (storefront) or a sales manager (admin UI) does to
 * them: invite, change role, order limits, deactivate and reactivate with confirmation. Business
 * failures (yourself, the last director) are explained in the person's language.
 */
export function CompanyUsersManager({
  users,
  loading,
  error,
  currentUserId,
  canManage,
  actions,
  currency = 'RUB',
  extraActions,
}: Props) {
  const { t } = useTranslation();
  const [inviting, setInviting] = useState(false);
  const [pending, setPending] = useState<Pending>(null);
  const [switching, setSwitching] = useState(false);
  const close = () => setPending(null);
  const pendingUser = (action: UserRowAction) => (pending?.action === action ? pending.user : null);
  const activeChange = pending?.action === 'deactivate' || pending?.action === 'reactivate' ? pending : null;

  const toggleActive = async () => {
    if (!activeChange) return;
    const { user, action } = activeChange;
    setSwitching(true);
    try {
      const failure = await actions.setActive(user.id, action === 'reactivate');
      if (failure) {
        notifications.show({ color: 'red', message: t(`companyUsers.errors.${failure}`) });
      } else {
        notifications.show({
          color: 'teal',
          message: t(
            action === 'reactivate' ? 'companyUsers.activeModal.reactivated' : 'companyUsers.activeModal.deactivated',
            {
              name: user.fullName,
            },
          ),
        });
      }
      close();
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
    } finally {
      setSwitching(false);
    }
  };

  return (
    <Stack gap="md">
      {canManage && (
        <Group justify="flex-end">
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setInviting(true)}>
            {t('companyUsers.invite')}
          </Button>
        </Group>
      )}
      {error !== undefined && error !== null && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {loading && !users && <Loader />}
      {users && (
        <CompanyUsersTable
          users={users}
          currentUserId={currentUserId}
          canManage={canManage}
          currency={currency}
          onAction={(user, action) => setPending({ user, action })}
          extraActions={extraActions}
        />
      )}

      <InviteUserModal
        opened={inviting}
        currency={currency}
        onClose={() => setInviting(false)}
        onInvite={actions.invite}
        onInvited={(values) => {
          setInviting(false);
          notifications.show({
            color: 'teal',
            message: t('companyUsers.inviteModal.invited', { name: values.fullName, email: values.email }),
          });
        }}
      />
      <ChangeRoleModal
        user={pendingUser('role')}
        onClose={close}
        onSubmit={async (user, role) => {
          const failure = await actions.setRole(user.id, role);
          if (!failure) {
            close();
            notifications.show({
              color: 'teal',
              message: t('companyUsers.roleModal.changed', { name: user.fullName, role: t(`buyerRoles.${role}`) }),
            });
          }
          return failure;
        }}
      />
      <UserLimitsModal
        user={pendingUser('limits')}
        currency={currency}
        onClose={close}
        onSubmit={async (user, limits) => {
          const failure = await actions.setLimits(user.id, limits);
          if (!failure) {
            close();
            notifications.show({
              color: 'teal',
              message: t('companyUsers.limitsModal.saved', { name: user.fullName }),
            });
          }
          return failure;
        }}
      />
      <ConfirmModal
        opened={activeChange !== null}
        title={t(
          activeChange?.action === 'reactivate'
            ? 'companyUsers.activeModal.reactivateTitle'
            : 'companyUsers.activeModal.deactivateTitle',
        )}
        confirmLabel={t(activeChange?.action === 'reactivate' ? 'companyUsers.reactivate' : 'companyUsers.deactivate')}
        color={activeChange?.action === 'reactivate' ? undefined : 'red'}
        loading={switching}
        onConfirm={() => void toggleActive()}
        onClose={close}
      >
        {t(
          activeChange?.action === 'reactivate'
            ? 'companyUsers.activeModal.reactivateText'
            : 'companyUsers.activeModal.deactivateText',
          { name: activeChange?.user.fullName ?? '' },
        )}
      </ConfirmModal>
    </Stack>
  );
}
