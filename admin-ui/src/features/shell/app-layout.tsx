import { Anchor, AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';

import { FullPageLoader } from '../../components/full-page-loader';
import { useSession } from '../auth/use-session';
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
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={toggleNav} hiddenFrom="sm" size="sm" aria-label={t('nav.openMenu')} />
            <Anchor component={Link} to="/" fw={700} size="lg" underline="never">
              {t('app.name')}
            </Anchor>
            <Text c="dimmed" size="sm" visibleFrom="sm">
              {t('app.area')}
            </Text>
          </Group>
          <UserMenu session={session} />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs">
        <MainNav session={session} onNavigate={closeNav} />
      </AppShell.Navbar>

      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
