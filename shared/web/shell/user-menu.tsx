import { Box, Menu } from '@mantine/core';
import { IconCheck, IconLogout } from '@tabler/icons-react';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useAuth } from '../auth/auth-provider';
import { LANGUAGES } from '../i18n/i18n';
import { useLanguage } from '../i18n/use-language';

interface UserMenuProps {
  /** The header button that opens the menu (the app decides what it shows of the person). */
  target: ReactElement;
  /** The menu's head: who is signed in. */
  children?: ReactNode;
}

/** The person's menu in the header: who they are (from the app), the language, signing out. */
export function UserMenu({ target, children }: UserMenuProps) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const { signOut } = useAuth();

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>{target}</Menu.Target>
      <Menu.Dropdown>
        {children}
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
