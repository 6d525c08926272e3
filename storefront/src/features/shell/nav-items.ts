import {
  IconBolt,
  IconBuilding,
  IconClockPause,
  IconDiscount,
  IconFileSpreadsheet,
  IconHome,
  IconListCheck,
  IconListDetails,
  IconPackages,
  IconShoppingCart,
  IconUsers,
} from '@tabler/icons-react';
import type { NavItem } from '@wholesail/shared/web';

import type { BuyerPermission } from '../../gql/graphql';

export interface StorefrontNavItem extends NavItem {
  /** Shown to buyers with any of these (the API enforces it anyway). */
  anyOf?: BuyerPermission[];
}

export const NAV_ITEMS: readonly StorefrontNavItem[] = [
  { to: '/', labelKey: 'nav.home', icon: IconHome },
  { to: '/catalog', labelKey: 'nav.catalog', icon: IconPackages, anyOf: ['VIEW_CATALOG'] },
  { to: '/reservations', labelKey: 'nav.reservations', icon: IconClockPause, anyOf: ['VIEW_CATALOG'] },
  { to: '/special-prices', labelKey: 'nav.specialPrices', icon: IconDiscount, anyOf: ['REQUEST_PRICES'] },
  { to: '/cart', labelKey: 'ordering.nav.cart', icon: IconShoppingCart, anyOf: ['PLACE_ORDERS'] },
  { to: '/quick-order', labelKey: 'ordering.nav.quickOrder', icon: IconBolt, anyOf: ['PLACE_ORDERS'] },
  { to: '/lists', labelKey: 'ordering.nav.lists', icon: IconListCheck, anyOf: ['PLACE_ORDERS'] },
  { to: '/excel', labelKey: 'ordering.nav.excel', icon: IconFileSpreadsheet, anyOf: ['VIEW_CATALOG'] },
  { to: '/orders', labelKey: 'nav.orders', icon: IconListDetails, anyOf: ['PLACE_ORDERS', 'VIEW_COMPANY_ORDERS'] },
  { to: '/company', labelKey: 'nav.company', icon: IconBuilding },
  { to: '/users', labelKey: 'nav.users', icon: IconUsers, anyOf: ['MANAGE_COMPANY_USERS'] },
];
