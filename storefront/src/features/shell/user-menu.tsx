import { Avatar, Box, Button, Menu, Text } from '@mantine/core';
import { IconCheck, IconChevronDown, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import type { SessionFieldsFragment } from '../../gql/graphql';
import { LANGUAGES } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { useAuth } from '../auth/auth-provider';

export function UserMenu({ session }: { session: SessionFieldsFragment }) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const { signOut } = useAuth();

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
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
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={500} c="var(--mantine-color-text)">
            {session.user.fullName}
          </Text>
          <Text size="xs">{session.user.email}</Text>
          <Text size="xs" data-testid="user-role">
            {t(`roles.${session.role}`)}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Label>{t('language.label')}</Menu.Label>
        {LANGUAGES.map((lng) => (
          <Menu.Item
            key={lng}
            lang={lng}
            onClick={() => {
              setLanguage(lng);
            }}
            leftSection={language === lng ? <IconCheck size={14} /> : <Box w={14} />}
          >
            {t(`language.${lng}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconLogout size={14} />} onClick={() => void signOut()}>
          {t('header.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
