import { IconKey, IconLayoutDashboard, type Icon } from '@tabler/icons-react';

import type { Permission } from '../../gql/graphql';

export interface NavItem {
  to: string;
  labelKey: 'nav.dashboard' | 'nav.apiKeys';
  icon: Icon;
  /** Hidden from staff without this permission (the API enforces it anyway). */
  permission?: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.dashboard', icon: IconLayoutDashboard },
  // Later issues add Companies, Catalog and Orders here.
  { to: '/api-keys', labelKey: 'nav.apiKeys', icon: IconKey, permission: 'MANAGE_API_KEYS' },
];
