import { Avatar, Box, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { UserMenu as SharedUserMenu } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

import type { SessionFieldsFragment } from '../../gql/graphql';

export function UserMenu({ session }: { session: SessionFieldsFragment }) {
  const { t } = useTranslation();
  const staff = session.staffUser;
  const name = staff?.fullName ?? t('principal.apiKey', { name: session.apiKey?.name ?? '' });

  return (
    <SharedUserMenu
      target={
        <UnstyledButton data-testid="user-menu" title={t('header.userMenu')} px="xs" py={4}>
          <Group gap="xs" wrap="nowrap">
            <Avatar name={name} color="initials" size="sm" />
            <Box miw={0}>
              <Text size="sm" fw={500} truncate data-testid="staff-name">
                {name}
              </Text>
              {staff && (
                <Text size="xs" c="dimmed" truncate data-testid="staff-role">
                  {t(`roles.${staff.role}`)}
                </Text>
              )}
            </Box>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      }
    >
      {staff && <Menu.Label>{staff.email}</Menu.Label>}
    </SharedUserMenu>
  );
}
