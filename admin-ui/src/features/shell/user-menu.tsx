import { Avatar, Box, Group, Menu, Text, UnstyledButton } from '@mantine/core';
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
  const staff = session.staffUser;
  const name = staff?.fullName ?? t('principal.apiKey', { name: session.apiKey?.name ?? '' });

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
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
      </Menu.Target>
      <Menu.Dropdown>
        {staff && <Menu.Label>{staff.email}</Menu.Label>}
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
