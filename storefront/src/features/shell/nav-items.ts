import { IconBuilding, IconHome, IconListDetails, IconPackages, type Icon } from '@tabler/icons-react';

export interface NavItem {
  to: string;
  labelKey: 'nav.home' | 'nav.catalog' | 'nav.orders' | 'nav.company';
  icon: Icon;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home', icon: IconHome },
  { to: '/catalog', labelKey: 'nav.catalog', icon: IconPackages },
  { to: '/orders', labelKey: 'nav.orders', icon: IconListDetails },
  { to: '/company', labelKey: 'nav.company', icon: IconBuilding },
];
