import { Divider, Text } from '@mantine/core';
import { AppFrame, FullPageLoader, MainNav } from '@wholesail/shared/web';

import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { CartBadge } from '../cart/cart-badge';
import { ContractSwitcher } from '../contracts/contract-switcher';
import { LegalEntitySwitcher } from '../legal-entities/legal-entity-switcher';
import { NotificationsBell } from '../orders/notifications-bell';
import { ActingBanner } from './acting-banner';
import { NAV_ITEMS } from './nav-items';
import { UserMenu } from './user-menu';

export function AppLayout() {
  const session = useSession();
  if (!session) return <FullPageLoader />;

  const items = NAV_ITEMS.filter((item) => !item.anyOf || hasPermission(session, ...item.anyOf));
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
          <ContractSwitcher session={session} />
          {hasPermission(session, 'PLACE_ORDERS', 'VIEW_COMPANY_ORDERS') && <NotificationsBell />}
          {hasPermission(session, 'PLACE_ORDERS') && <CartBadge />}
          <UserMenu session={session} />
        </>
      }
      renderNav={(closeNav) => <MainNav items={items} onNavigate={closeNav} />}
      banner={session.actingStaffUserName && <ActingBanner staffUserName={session.actingStaffUserName} />}
    />
  );
}
