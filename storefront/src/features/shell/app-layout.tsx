import { Anchor, AppShell, Burger, Divider, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';

import { FullPageLoader } from '../../components/full-page-loader';
import { useSession } from '../auth/use-session';
import { LegalEntitySwitcher } from '../legal-entities/legal-entity-switcher';
import { ActingBanner } from './acting-banner';
import { MainNav } from './main-nav';
import { UserMenu } from './user-menu';

export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);

  if (!session) return <FullPageLoader />;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={navOpened} onClick={toggleNav} hiddenFrom="sm" size="sm" aria-label={t('nav.openMenu')} />
            <Anchor component={Link} to="/" fw={700} size="lg" underline="never">
              {t('app.name')}
            </Anchor>
            <Divider orientation="vertical" visibleFrom="sm" />
            <Text fw={600} truncate data-testid="header-company" visibleFrom="sm">
              {session.company.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LegalEntitySwitcher session={session} />
            <UserMenu session={session} />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs">
        <MainNav onNavigate={closeNav} />
      </AppShell.Navbar>

      <AppShell.Main>
        {session.actingStaffUserName && <ActingBanner staffUserName={session.actingStaffUserName} />}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
