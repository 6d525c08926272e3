import { NavLink, Stack } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';

export interface NavItem {
  /** Route path inside the app (`/`, `/catalog`); `/` is active only on the home page itself. */
  to: string;
  /** A message key of the app (`nav.catalog`). */
  labelKey: ParseKeys;
  icon: Icon;
}

interface MainNavProps {
  items: readonly NavItem[];
  onNavigate: () => void;
  /** Pinned to the bottom of the navbar (e.g. a link to a tool outside the app). */
  footer?: ReactNode;
}

export function MainNav({ items, onNavigate, footer }: MainNavProps) {
  const { t } = useTranslation();
  return (
    <Stack component="nav" gap={2} aria-label={t('nav.label')} h="100%">
      {items.map((item) => (
        <MainNavLink key={item.to} item={item} onNavigate={onNavigate} />
      ))}
      {footer}
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
