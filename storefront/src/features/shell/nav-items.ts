import { IconBuilding, IconHome, IconListDetails, IconPackages } from '@tabler/icons-react';
import type { NavItem } from '@wholesail/shared/web';

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home', icon: IconHome },
  { to: '/catalog', labelKey: 'nav.catalog', icon: IconPackages },
  { to: '/orders', labelKey: 'nav.orders', icon: IconListDetails },
  { to: '/company', labelKey: 'nav.company', icon: IconBuilding },
];
