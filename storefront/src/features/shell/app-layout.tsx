import { Divider, Text } from '@mantine/core';
import { AppFrame, FullPageLoader, MainNav } from '@wholesail/shared/web';

import { useSession } from '../auth/use-session';
import { LegalEntitySwitcher } from '../legal-entities/legal-entity-switcher';
import { ActingBanner } from './acting-banner';
import { NAV_ITEMS } from './nav-items';
import { UserMenu } from './user-menu';

export function AppLayout() {
  const session = useSession();
  if (!session) return <FullPageLoader />;

  return (
    <AppFrame
      headerContext={
        <>
          <Divider orientation="vertical" visibleFrom="sm" />
          <Text fw={600} truncate data-testid="header-company" visibleFrom="sm">
            {session.company.name}
          </Text>
        </>
      }
      headerActions={
        <>
          <LegalEntitySwitcher session={session} />
          <UserMenu session={session} />
        </>
      }
      renderNav={(closeNav) => <MainNav items={NAV_ITEMS} onNavigate={closeNav} />}
      banner={session.actingStaffUserName && <ActingBanner staffUserName={session.actingStaffUserName} />}
    />
  );
}
