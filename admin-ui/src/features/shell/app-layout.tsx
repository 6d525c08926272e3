import { NavLink, Text } from '@mantine/core';
import { IconExternalLink, IconTerminal2 } from '@tabler/icons-react';
import { AppFrame, FullPageLoader, MainNav } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NAV_ITEMS } from './nav-items';
import { UserMenu } from './user-menu';

export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  if (!session) return <FullPageLoader />;

  const items = NAV_ITEMS.filter((item) => !item.permission || hasPermission(session, item.permission));
  return (
    <AppFrame
      headerContext={
        <Text c="dimmed" size="sm" visibleFrom="sm">
          {t('app.area')}
        </Text>
      }
      headerActions={<UserMenu session={session} />}
      renderNav={(closeNav) => (
        <MainNav
          items={items}
          onNavigate={closeNav}
          footer={
            // The API serves GraphiQL (admin-ui/graphiql.html) to browsers at the endpoint itself.
            <NavLink
              mt="auto"
              href="/admin-api"
              target="_blank"
              rel="noopener"
              label={t('nav.graphiql')}
              leftSection={<IconTerminal2 size={18} stroke={1.6} />}
              rightSection={<IconExternalLink size={14} stroke={1.6} />}
            />
          }
        />
      )}
    />
  );
}
