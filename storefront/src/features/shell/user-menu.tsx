import { Avatar, Box, Button, Menu, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { UserMenu as SharedUserMenu } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

import type { SessionFieldsFragment } from '../../gql/graphql';

export function UserMenu({ session }: { session: SessionFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <SharedUserMenu
      target={
        <Button
          variant="subtle"
          color="gray"
          data-testid="user-menu"
          title={t('header.userMenu')}
          leftSection={<Avatar name={session.user.fullName} color="initials" size="sm" />}
          rightSection={<IconChevronDown size={14} />}
        >
          <Box visibleFrom="md">{session.user.fullName}</Box>
        </Button>
      }
    >
      <Menu.Label>
        <Text size="sm" fw={500} c="var(--mantine-color-text)">
          {session.user.fullName}
        </Text>
        <Text size="xs">{session.user.email}</Text>
        <Text size="xs" data-testid="user-role">
          {t(`buyerRoles.${session.role}`)}
        </Text>
      </Menu.Label>
      <Menu.Divider />
    </SharedUserMenu>
  );
}
