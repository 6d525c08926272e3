import { NavLink, Stack } from '@mantine/core';
import { IconExternalLink, IconTerminal2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';

import type { SessionFieldsFragment } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { NAV_ITEMS, type NavItem } from './nav-items';

export function MainNav({ session, onNavigate }: { session: SessionFieldsFragment; onNavigate: () => void }) {
  const { t } = useTranslation();
  const items = NAV_ITEMS.filter((item) => !item.permission || hasPermission(session, item.permission));
  return (
    <Stack component="nav" gap={2} aria-label={t('nav.label')} h="100%">
      {items.map((item) => (
        <MainNavLink key={item.to} item={item} onNavigate={onNavigate} />
      ))}
      {/* The API serves GraphiQL (admin-ui/graphiql.html) to browsers at the endpoint itself. */}
      <NavLink
        mt="auto"
        href="/admin-api"
        target="_blank"
        rel="noopener"
        label={t('nav.graphiql')}
        leftSection={<IconTerminal2 size={18} stroke={1.6} />}
        rightSection={<IconExternalLink size={14} stroke={1.6} />}
      />
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
