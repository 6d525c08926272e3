import {
  IconBox,
  IconCalculator,
  IconCoins,
  IconGavel,
  IconMessage2,
  IconTable,
  IconBuilding,
  IconBuildingWarehouse,
  IconCalendarTime,
  IconCertificate,
  IconHierarchy2,
  IconListDetails,
  IconStack2,
  IconTruckDelivery,
  IconReceipt,
  IconArrowsSplit2,
  IconClipboardList,
  IconHistory,
  IconKey,
  IconLayoutDashboard,
  IconMail,
  IconTags,
  IconUserShield,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { NavItem } from '@wholesail/shared/web';

import type { Permission } from '../../gql/graphql';

export interface AdminNavItem extends NavItem {
  /** Hidden from staff without this permission (the API enforces it anyway). */
  permission?: Permission;
}

export const NAV_ITEMS: readonly AdminNavItem[] = [
  { to: '/', labelKey: 'nav.dashboard', icon: IconLayoutDashboard },
  { to: '/registrations', labelKey: 'nav.registrations', icon: IconClipboardList, permission: 'READ_COMPANIES' },
  { to: '/companies', labelKey: 'nav.companies', icon: IconBuilding, permission: 'READ_COMPANIES' },
  // Groups shape prices: only staff who see every client (heads of sales, administrators) manage them.
  { to: '/groups', labelKey: 'nav.groups', icon: IconTags, permission: 'ALL_CLIENTS' },
  { to: '/act-as-sessions', labelKey: 'nav.actAs', icon: IconUserShield, permission: 'ACT_AS_BUYER' },
  { to: '/orders', labelKey: 'orders.nav', icon: IconReceipt, permission: 'READ_ORDERS' },
  { to: '/split-rules', labelKey: 'splitRules.nav', icon: IconArrowsSplit2, permission: 'READ_ORDERS' },
  // The catalog is read by sales staff too; only MANAGE_CATALOG / MANAGE_STOCK get the editors inside.
  { to: '/catalog/products', labelKey: 'nav.products', icon: IconBox, permission: 'READ_CATALOG' },
  { to: '/catalog/categories', labelKey: 'nav.categories', icon: IconHierarchy2, permission: 'READ_CATALOG' },
  { to: '/catalog/attributes', labelKey: 'nav.attributes', icon: IconListDetails, permission: 'READ_CATALOG' },
  { to: '/catalog/brands', labelKey: 'nav.brands', icon: IconCertificate, permission: 'READ_CATALOG' },
  { to: '/inventory/warehouses', labelKey: 'nav.warehouses', icon: IconBuildingWarehouse, permission: 'READ_CATALOG' },
  { to: '/inventory/stock', labelKey: 'nav.stock', icon: IconStack2, permission: 'READ_CATALOG' },
  { to: '/inventory/supplies', labelKey: 'nav.supplies', icon: IconTruckDelivery, permission: 'READ_CATALOG' },
  { to: '/inventory/reservations', labelKey: 'nav.reservations', icon: IconCalendarTime, permission: 'READ_CATALOG' },
  // Prices: everyone who reads them sees the screens; only MANAGE_PRICES gets the editors inside,
  // and only MANAGE_COMPANIES decides special-price requests (the API checks both).
  { to: '/pricing/types', labelKey: 'nav.priceTypes', icon: IconCoins, permission: 'READ_PRICES' },
  { to: '/pricing/entries', labelKey: 'nav.priceEntries', icon: IconTable, permission: 'READ_PRICES' },
  { to: '/pricing/rules', labelKey: 'nav.priceRules', icon: IconGavel, permission: 'READ_PRICES' },
  { to: '/pricing/simulator', labelKey: 'nav.priceSimulator', icon: IconCalculator, permission: 'READ_PRICES' },
  { to: '/pricing/requests', labelKey: 'nav.specialRequests', icon: IconMessage2, permission: 'READ_PRICES' },
  { to: '/staff', labelKey: 'nav.staff', icon: IconUsersGroup, permission: 'MANAGE_STAFF' },
  { to: '/audit', labelKey: 'nav.audit', icon: IconHistory, permission: 'READ_AUDIT_LOG' },
  { to: '/outbox', labelKey: 'nav.outbox', icon: IconMail, permission: 'READ_EMAIL_OUTBOX' },
  { to: '/api-keys', labelKey: 'nav.apiKeys', icon: IconKey, permission: 'MANAGE_API_KEYS' },
];
