import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Avatar,
  Badge,
  Button,
  Group,
  Loader,
  Menu,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDots, IconPencil, IconPlus, IconSearch, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { ConfirmModal, errorMessage, useFormat } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { StaffUserFieldsFragment } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import { PAGE_SIZE, Pager } from '../common/pager';
import { useUrlState } from '../common/url-state';
import { STAFF_ROLES, StaffFormModal } from './staff-form-modal';
import { SET_STAFF_USER_ACTIVE_MUTATION, STAFF_USERS_QUERY } from './staff.queries';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** `/staff` (administrators): staff accounts, roles, (de)activation. */
export function StaffPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [editing, setEditing] = useState<{ user: StaffUserFieldsFragment | null } | null>(null);
  if (!hasPermission(session, 'MANAGE_STAFF')) return <NoAccess />;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('staff.pageTitle')}
        description={t('staff.description')}
        action={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ user: null })}>
            {t('staff.create')}
          </Button>
        }
      />
      <StaffList onEdit={(user) => setEditing({ user })} />
      <StaffFormModal editing={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}

function StaffList({ onEdit }: { onEdit: (user: StaffUserFieldsFragment) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const [state, update] = useUrlState(['q', 'role', 'active'] as const);
  const search = useDebouncedCallback((q: string) => update({ q }), 300);
  const role = STAFF_ROLES.find((r) => r === state.role) ?? null;
  const { data, previousData, loading, error } = useQuery(STAFF_USERS_QUERY, {
    variables: {
      search: state.q || null,
      role: role,
      active: state.active === 'yes' ? true : state.active === 'no' ? false : null,
      skip: (state.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.staffUsers;
  const [switching, setSwitching] = useState<StaffUserFieldsFragment | null>(null);
  const [setActive, { loading: saving }] = useMutation(SET_STAFF_USER_ACTIVE_MUTATION);

  const toggle = async () => {
    if (!switching) return;
    try {
      const { data: result } = await setActive({ variables: { id: switching.id, active: !switching.active } });
      if (result?.setStaffUserActive.__typename === 'SelfChangeError') {
        notifications.show({ color: 'red', message: t('staff.selfChange') });
      } else {
        notifications.show({ color: 'teal', message: t('staff.activeModal.done', { name: switching.fullName }) });
      }
      setSwitching(null);
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
    }
  };

  return (
    <>
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('filters.search')}
          placeholder={t('staff.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          defaultValue={state.q}
          onChange={(event) => search(event.currentTarget.value)}
          w={280}
        />
        <Select
          label={t('staff.role')}
          placeholder={t('filters.all')}
          data={STAFF_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={role}
          onChange={(value) => update({ role: value })}
          clearable
          w={260}
        />
        <Select
          label={t('staff.activity')}
          placeholder={t('filters.all')}
          data={[
            { value: 'yes', label: t('staff.activeOnly') },
            { value: 'no', label: t('staff.inactiveOnly') },
          ]}
          value={state.active || null}
          onChange={(value) => update({ active: value })}
          clearable
          w={180}
        />
        {loading && <Loader size="sm" mb={8} />}
      </Group>
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {page && page.items.length === 0 && <Text c="dimmed">{t('staff.empty')}</Text>}
      {page && page.items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover verticalSpacing={6} data-testid="staff-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('staff.columns.name')}</Table.Th>
                  <Table.Th>{t('staff.columns.role')}</Table.Th>
                  <Table.Th>{t('staff.columns.phone')}</Table.Th>
                  <Table.Th>{t('staff.columns.status')}</Table.Th>
                  <Table.Th>{t('staff.columns.lastLogin')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((user) => {
                  const self = user.id === session?.staffUser?.id;
                  return (
                    <Table.Tr key={user.id} data-testid="staff-row" data-email={user.email}>
                      <Table.Td>
                        <Group gap="sm" wrap="nowrap">
                          <Avatar src={user.photoUrl} name={user.fullName} color="initials" size="sm" />
                          <div>
                            <Group gap={6}>
                              <Text size="sm" fw={500}>
                                {user.fullName}
                              </Text>
                              {self && (
                                <Badge size="xs" variant="outline" tt="none">
                                  {t('staff.you')}
                                </Badge>
                              )}
                            </Group>
                            <Text size="xs" c="dimmed">
                              {user.email}
                            </Text>
                          </div>
                        </Group>
                      </Table.Td>
                      <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
                      <Table.Td style={NO_WRAP}>{user.phone ?? '—'}</Table.Td>
                      <Table.Td>
                        {!user.active ? (
                          <Badge color="gray" variant="light" tt="none">
                            {t('staff.status.inactive')}
                          </Badge>
                        ) : !user.hasPassword ? (
                          <Badge color="yellow" variant="light" tt="none">
                            {t('staff.status.invited')}
                          </Badge>
                        ) : (
                          <Badge color="teal" variant="light" tt="none">
                            {t('staff.status.active')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td style={NO_WRAP}>
                        <Text size="sm" c={user.lastLoginAt ? undefined : 'dimmed'}>
                          {user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('staff.never')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon variant="subtle" color="gray" aria-label={t('actions.more')}>
                              <IconDots size={16} />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(user)}>
                              {t('staff.edit')}
                            </Menu.Item>
                            {!self && (
                              <Menu.Item
                                color={user.active ? 'red' : undefined}
                                leftSection={user.active ? <IconUserOff size={14} /> : <IconUserCheck size={14} />}
                                onClick={() => setSwitching(user)}
                              >
                                {user.active ? t('staff.deactivate') : t('staff.reactivate')}
                              </Menu.Item>
                            )}
                          </Menu.Dropdown>
                        </Menu>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager total={page.totalCount} page={state.page} onChange={(p) => update({ page: p })} />
        </>
      )}
      <ConfirmModal
        opened={switching !== null}
        title={t(switching?.active ? 'staff.activeModal.deactivateTitle' : 'staff.activeModal.reactivateTitle')}
        confirmLabel={switching?.active ? t('staff.deactivate') : t('staff.reactivate')}
        color={switching?.active ? 'red' : undefined}
        loading={saving}
        onConfirm={() => void toggle()}
        onClose={() => setSwitching(null)}
      >
        {t(switching?.active ? 'staff.activeModal.deactivateText' : 'staff.activeModal.reactivateText', {
          name: switching?.fullName ?? '',
        })}
      </ConfirmModal>
    </>
  );
}
