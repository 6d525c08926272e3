import { registerEnumType } from '@nestjs/graphql';

/**
 * Staff and integrator permissions (admin API). Roles and API-key scopes are sets of these;
 * resolvers ask for them with @Allow(Permission.X). Later features add values here.
 */
export enum Permission {
  MANAGE_STAFF = 'MANAGE_STAFF',
  MANAGE_API_KEYS = 'MANAGE_API_KEYS',
  READ_AUDIT_LOG = 'READ_AUDIT_LOG',
  READ_COMPANIES = 'READ_COMPANIES',
  MANAGE_COMPANIES = 'MANAGE_COMPANIES',
  /** See every client company, not only those the staff user manages personally. */
  ALL_CLIENTS = 'ALL_CLIENTS',
  ACT_AS_BUYER = 'ACT_AS_BUYER',
  /** Read queued e-mails; they carry set-password links, so only administrators may. */
  READ_EMAIL_OUTBOX = 'READ_EMAIL_OUTBOX',
  READ_CATALOG = 'READ_CATALOG',
  MANAGE_CATALOG = 'MANAGE_CATALOG',
  MANAGE_STOCK = 'MANAGE_STOCK',
  READ_PRICES = 'READ_PRICES',
  MANAGE_PRICES = 'MANAGE_PRICES',
  READ_ORDERS = 'READ_ORDERS',
  MANAGE_ORDERS = 'MANAGE_ORDERS',
}
registerEnumType(Permission, { name: 'Permission', description: 'What a staff user or an API key may do.' });

/** What a buyer may do inside his own company (shop API). */
export enum BuyerPermission {
  VIEW_CATALOG = 'VIEW_CATALOG',
  PLACE_ORDERS = 'PLACE_ORDERS',
  VIEW_COMPANY_ORDERS = 'VIEW_COMPANY_ORDERS',
  MANAGE_COMPANY_USERS = 'MANAGE_COMPANY_USERS',
  VIEW_FINANCE = 'VIEW_FINANCE',
  VIEW_DOCUMENTS = 'VIEW_DOCUMENTS',
  REQUEST_PRICES = 'REQUEST_PRICES',
  /** Approve colleagues' orders above their limits. */
  APPROVE_ORDERS = 'APPROVE_ORDERS',
}
registerEnumType(BuyerPermission, { name: 'BuyerPermission', description: 'What a buyer may do in his company.' });

export enum StaffRole {
  ADMIN = 'ADMIN',
  HEAD_OF_SALES = 'HEAD_OF_SALES',
  SALES_MANAGER = 'SALES_MANAGER',
  CATALOG_MANAGER = 'CATALOG_MANAGER',
}
registerEnumType(StaffRole, { name: 'StaffRole' });

export enum BuyerRole {
  DIRECTOR = 'DIRECTOR',
  PURCHASER = 'PURCHASER',
  ACCOUNTANT = 'ACCOUNTANT',
}
registerEnumType(BuyerRole, { name: 'BuyerRole' });

const ALL_STAFF = Object.values(Permission);

export const STAFF_ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  [StaffRole.ADMIN]: ALL_STAFF,
  [StaffRole.HEAD_OF_SALES]: [
    Permission.READ_AUDIT_LOG,
    Permission.READ_COMPANIES,
    Permission.MANAGE_COMPANIES,
    Permission.ALL_CLIENTS,
    Permission.ACT_AS_BUYER,
    Permission.READ_CATALOG,
    Permission.READ_PRICES,
    Permission.MANAGE_PRICES,
    Permission.READ_ORDERS,
    Permission.MANAGE_ORDERS,
  ],
  [StaffRole.SALES_MANAGER]: [
    Permission.READ_COMPANIES,
    Permission.MANAGE_COMPANIES,
    Permission.ACT_AS_BUYER,
    Permission.READ_CATALOG,
    Permission.READ_PRICES,
    Permission.READ_ORDERS,
    Permission.MANAGE_ORDERS,
  ],
  [StaffRole.CATALOG_MANAGER]: [
    Permission.READ_CATALOG,
    Permission.MANAGE_CATALOG,
    Permission.MANAGE_STOCK,
    Permission.READ_PRICES,
    Permission.MANAGE_PRICES,
  ],
};

export const BUYER_ROLE_PERMISSIONS: Record<BuyerRole, readonly BuyerPermission[]> = {
  [BuyerRole.DIRECTOR]: Object.values(BuyerPermission),
  [BuyerRole.PURCHASER]: [BuyerPermission.VIEW_CATALOG, BuyerPermission.PLACE_ORDERS, BuyerPermission.REQUEST_PRICES],
  [BuyerRole.ACCOUNTANT]: [
    BuyerPermission.VIEW_CATALOG,
    BuyerPermission.VIEW_COMPANY_ORDERS,
    BuyerPermission.VIEW_FINANCE,
    BuyerPermission.VIEW_DOCUMENTS,
  ],
};

/** Scopes an API key may carry: the integration-facing subset (no staff or key management). */
export const API_KEY_SCOPES: readonly Permission[] = [
  Permission.READ_COMPANIES,
  Permission.MANAGE_COMPANIES,
  Permission.ALL_CLIENTS,
  Permission.READ_CATALOG,
  Permission.MANAGE_CATALOG,
  Permission.MANAGE_STOCK,
  Permission.READ_PRICES,
  Permission.MANAGE_PRICES,
  Permission.READ_ORDERS,
  Permission.MANAGE_ORDERS,
];
