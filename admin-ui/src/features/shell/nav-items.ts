import { IconKey, IconLayoutDashboard } from '@tabler/icons-react';
import type { NavItem } from '@wholesail/shared/web';

import type { Permission } from '../../gql/graphql';

export interface AdminNavItem extends NavItem {
  /** Hidden from staff without this permission (the API enforces it anyway). */
  permission?: Permission;
}

export const NAV_ITEMS: readonly AdminNavItem[] = [
  { to: '/', labelKey: 'nav.dashboard', icon: IconLayoutDashboard },
  // Later issues add Companies, Catalog and Orders here.
  { to: '/api-keys', labelKey: 'nav.apiKeys', icon: IconKey, permission: 'MANAGE_API_KEYS' },
];
