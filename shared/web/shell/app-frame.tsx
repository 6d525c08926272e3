import { Anchor, AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';

interface AppFrameProps {
  /** After the product name in the header: the buyer's company, the admin area's name. */
  headerContext?: ReactNode;
  /** The right end of the header: switchers, the user menu. */
  headerActions: ReactNode;
  /** The navbar's content; call `closeNav` on navigation so the mobile drawer closes. */
  renderNav: (closeNav: () => void) => ReactNode;
  /** Above every page, e.g. the "acting as a buyer" warning. */
  banner?: ReactNode;
}

/** The signed-in frame of both apps: header, collapsible navbar, the routed page below. */
export function AppFrame({ headerContext, headerActions, renderNav, banner }: AppFrameProps) {
  const { t } = useTranslation();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);

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
            {headerContext}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {headerActions}
          </Group>
        </Group>
      </AppShell.Header>

      {/* Scrolls on its own when the menu is taller than the window (a short laptop screen, many sections). */}
      <AppShell.Navbar p="xs" style={{ overflowY: 'auto' }}>
        {renderNav(closeNav)}
      </AppShell.Navbar>

      <AppShell.Main>
        {banner}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
