import { ActionIcon, Badge, Group, Menu, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconDots, IconKey, IconUserCheck, IconUserCog, IconUserOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../format/format';
import type { CompanyUserView } from './company-users.types';

export type UserRowAction = 'role' | 'limits' | 'deactivate' | 'reactivate';

interface Props {
  users: readonly CompanyUserView[];
  currentUserId?: string;
  canManage: boolean;
  currency: string;
  onAction: (user: CompanyUserView, action: UserRowAction) => void;
  /** Per row, before the actions menu (the admin UI's "Act as"). */
  extraActions?: (user: CompanyUserView) => ReactNode;
}

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

export function UserStatusBadge({ user }: { user: CompanyUserView }) {
  const { t } = useTranslation();
  if (!user.active)
    return (
      <Badge color="gray" variant="light" tt="none">
        {t('companyUsers.status.inactive')}
      </Badge>
    );
  if (user.invitationPending)
    return (
      <Tooltip label={t('companyUsers.invitedHint')}>
        <Badge color="yellow" variant="light" tt="none">
          {t('companyUsers.status.invited')}
        </Badge>
      </Tooltip>
    );
  return (
    <Badge color="teal" variant="light" tt="none">
      {t('companyUsers.status.active')}
    </Badge>
  );
}

/** A company's users: who, role, order limits, status; per row the changes a director (or staff) may make. */
export function CompanyUsersTable({ users, currentUserId, canManage, currency, onAction, extraActions }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const limit = (value: string | null) =>
    value === null ? (
      <Text size="sm" c="dimmed">
        {t('companyUsers.noLimit')}
      </Text>
    ) : (
      <Text size="sm" style={NO_WRAP}>
        {format.money(value, currency)}
      </Text>
    );

  if (users.length === 0) return <Text c="dimmed">{t('companyUsers.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="company-users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('companyUsers.columns.user')}</Table.Th>
            <Table.Th>{t('companyUsers.columns.role')}</Table.Th>
            <Table.Th ta="right">{t('companyUsers.columns.orderLimit')}</Table.Th>
            <Table.Th ta="right">{t('companyUsers.columns.monthlyLimit')}</Table.Th>
            <Table.Th>{t('companyUsers.columns.status')}</Table.Th>
            <Table.Th>{t('companyUsers.columns.lastLogin')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('companyUsers.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            const self = user.id === currentUserId;
            return (
              <Table.Tr key={user.id} data-testid="company-user-row" data-email={user.email}>
                <Table.Td>
                  <Stack gap={0}>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={500}>
                        {user.fullName}
                      </Text>
                      {self && (
                        <Badge size="xs" variant="outline" tt="none">
                          {t('companyUsers.you')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {user.email}
                      {user.phone ? ` · ${user.phone}` : ''}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td data-testid="user-role">{t(`buyerRoles.${user.role}`)}</Table.Td>
                <Table.Td ta="right" data-testid="user-order-limit">
                  {limit(user.orderLimit)}
                </Table.Td>
                <Table.Td ta="right">{limit(user.monthlyLimit)}</Table.Td>
                <Table.Td data-testid="user-status">
                  <UserStatusBadge user={user} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={user.lastLoginAt ? undefined : 'dimmed'} style={NO_WRAP}>
                    {user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('companyUsers.never')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {extraActions?.(user)}
                    {canManage && (
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={t('companyUsers.columns.actions')}
                            title={t('companyUsers.columns.actions')}
                          >
                            <IconDots size={16} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          {!self && (
                            <Menu.Item leftSection={<IconUserCog size={14} />} onClick={() => onAction(user, 'role')}>
                              {t('companyUsers.changeRole')}
                            </Menu.Item>
                          )}
                          <Menu.Item leftSection={<IconKey size={14} />} onClick={() => onAction(user, 'limits')}>
                            {t('companyUsers.editLimits')}
                          </Menu.Item>
                          {!self &&
                            (user.active ? (
                              <Menu.Item
                                color="red"
                                leftSection={<IconUserOff size={14} />}
                                onClick={() => onAction(user, 'deactivate')}
                              >
                                {t('companyUsers.deactivate')}
                              </Menu.Item>
                            ) : (
                              <Menu.Item
                                leftSection={<IconUserCheck size={14} />}
                                onClick={() => onAction(user, 'reactivate')}
                              >
                                {t('companyUsers.reactivate')}
                              </Menu.Item>
                            ))}
                        </Menu.Dropdown>
                      </Menu>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
