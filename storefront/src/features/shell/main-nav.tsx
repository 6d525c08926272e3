import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';

import { NAV_ITEMS, type NavItem } from './nav-items';

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack component="nav" gap={2} aria-label={t('nav.label')}>
      {NAV_ITEMS.map((item) => (
        <MainNavLink key={item.to} item={item} onNavigate={onNavigate} />
      ))}
    </Stack>
  );
}

function MainNavLink({ item, onNavigate }: { item: NavItem; onNavigate: () => void }) {
  const { t } = useTranslation();
  const active = useMatch({ path: item.to, end: item.to === '/' }) !== null;
  return (
    <NavLink
      component={Link}
      to={item.to}
      label={t(item.labelKey)}
      leftSection={<item.icon size={18} stroke={1.6} />}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
    />
  );
}
