import { BUYER_ROLE_PERMISSIONS, BuyerPermission, BuyerRole, Permission } from '../../common/auth/permissions';
import type { RequestContext } from '../../common/context/request-context';
import { ForbiddenError } from '../../common/errors/domain-errors';

/**
 * "May this user do X on this object?" — the one place that answers it, for buyers (inside their
 * company) and for staff and API keys (across client companies). Roles map to permissions in
 * common/auth/permissions.ts; this file adds the object-level rules on top. Pure: callers pass
 * the facts (who created the order, how many directors are left…), so every rule is unit-tested.
 */

// ---------------------------------------------------------------- buyers

export type BuyerAction =
  | 'company.view'
  | 'catalog.view'
  | 'finance.view'
  | 'documents.view'
  | 'orders.place'
  | 'orders.view'
  | 'orders.approve'
  | 'prices.request'
  | 'users.view'
  | 'users.invite'
  | 'users.changeRole'
  | 'users.setLimits'
  | 'users.deactivate'
  | 'users.reactivate';

export const BUYER_ACTIONS: readonly BuyerAction[] = [
  'company.view',
  'catalog.view',
  'finance.view',
  'documents.view',
  'orders.place',
  'orders.view',
  'orders.approve',
  'prices.request',
  'users.view',
  'users.invite',
  'users.changeRole',
  'users.setLimits',
  'users.deactivate',
  'users.reactivate',
];

export interface BuyerActor {
  userId: string;
  companyId: string;
  role: BuyerRole;
}

/** Facts about the object of a buyer action; only those the action needs. */
export interface BuyerObject {
  /** The company the object belongs to; another company's object is never allowed. */
  companyId?: string;
  /** Orders and claims: who created it and who it is assigned to. */
  createdByUserId?: string | null;
  assignedUserIds?: readonly string[];
  /** User management: the colleague acted on, his current role, the role asked for. */
  targetUserId?: string;
  targetRole?: BuyerRole;
  newRole?: BuyerRole;
  /** Active directors of the company right now (read under a lock by the caller). */
  activeDirectors?: number;
}

export type DenialCode = 'FORBIDDEN' | 'SELF_CHANGE' | 'LAST_DIRECTOR' | 'OTHER_COMPANY';
export type Decision = { allowed: true } | { allowed: false; code: DenialCode; reason: string };

const ALLOW: Decision = { allowed: true };
const deny = (code: DenialCode, reason: string): Decision => ({ allowed: false, code, reason });

/** The permission an action needs before object rules apply (null: any member may). */
const BUYER_ACTION_PERMISSION: Record<BuyerAction, BuyerPermission | null> = {
  'company.view': null,
  'catalog.view': BuyerPermission.VIEW_CATALOG,
  'finance.view': BuyerPermission.VIEW_FINANCE,
  'documents.view': BuyerPermission.VIEW_DOCUMENTS,
  'orders.place': BuyerPermission.PLACE_ORDERS,
  // Checked below: the company's orders with VIEW_COMPANY_ORDERS, otherwise only one's own.
  'orders.view': null,
  'orders.approve': BuyerPermission.APPROVE_ORDERS,
  'prices.request': BuyerPermission.REQUEST_PRICES,
  'users.view': BuyerPermission.MANAGE_COMPANY_USERS,
  'users.invite': BuyerPermission.MANAGE_COMPANY_USERS,
  'users.changeRole': BuyerPermission.MANAGE_COMPANY_USERS,
  'users.setLimits': BuyerPermission.MANAGE_COMPANY_USERS,
  'users.deactivate': BuyerPermission.MANAGE_COMPANY_USERS,
  'users.reactivate': BuyerPermission.MANAGE_COMPANY_USERS,
};

export function buyerMay(actor: BuyerActor, action: BuyerAction, object: BuyerObject = {}): Decision {
  if (object.companyId !== undefined && object.companyId !== actor.companyId) {
    return deny('OTHER_COMPANY', 'This belongs to another company');
  }
  const permissions = BUYER_ROLE_PERMISSIONS[actor.role];
  const needed = BUYER_ACTION_PERMISSION[action];
  if (needed && !permissions.includes(needed)) {
    return deny('FORBIDDEN', `Your role (${actor.role}) may not do this`);
  }
  switch (action) {
    case 'orders.view': {
      if (permissions.includes(BuyerPermission.VIEW_COMPANY_ORDERS)) return ALLOW;
      const own = object.createdByUserId === actor.userId || (object.assignedUserIds ?? []).includes(actor.userId);
      if (object.createdByUserId === undefined && object.assignedUserIds === undefined) {
        // Asked without an order: may he see orders at all (his own)? Purchasers may.
        return permissions.includes(BuyerPermission.PLACE_ORDERS) ? ALLOW : deny('FORBIDDEN', 'You may not see orders');
      }
      return own ? ALLOW : deny('FORBIDDEN', 'You may see only the orders you created or are assigned to');
    }
    case 'users.changeRole':
    case 'users.deactivate': {
      if (object.targetUserId === actor.userId) {
        return deny('SELF_CHANGE', 'You cannot change your own role or deactivate yourself');
      }
      const losesDirector =
        object.targetRole === BuyerRole.DIRECTOR &&
        (action === 'users.deactivate' || (object.newRole !== undefined && object.newRole !== BuyerRole.DIRECTOR));
      if (losesDirector && (object.activeDirectors ?? 0) <= 1) {
        return deny('LAST_DIRECTOR', 'The company must keep at least one active director');
      }
      return ALLOW;
    }
    default:
      return ALLOW;
  }
}

/** For use cases: throws FORBIDDEN unless the buyer of this request may. */
export function assertBuyerMay(ctx: RequestContext, action: BuyerAction, object: BuyerObject = {}): void {
  const decision = buyerMay(ctx.buyer, action, object);
  if (!decision.allowed) throw new ForbiddenError(decision.reason);
}

// ---------------------------------------------------------------- staff and API keys

export type StaffAction =
  | 'company.view'
  | 'company.create'
  | 'company.edit'
  | 'company.setStatus'
  | 'company.assignManager'
  | 'company.actAs'
  | 'groups.manage'
  | 'registrations.view'
  | 'registrations.decide'
  | 'integration.bulk'
  | 'staff.manage'
  | 'audit.read'
  | 'outbox.read';

export const STAFF_ACTIONS: readonly StaffAction[] = [
  'company.view',
  'company.create',
  'company.edit',
  'company.setStatus',
  'company.assignManager',
  'company.actAs',
  'groups.manage',
  'registrations.view',
  'registrations.decide',
  'integration.bulk',
  'staff.manage',
  'audit.read',
  'outbox.read',
];

export interface AdminActor {
  kind: 'staff' | 'apiKey';
  /** The staff user; null for API keys. */
  userId: string | null;
  permissions: ReadonlySet<Permission>;
}

/** What a company-scoped staff action needs to know about the company. */
export interface CompanyFacts {
  managerId: string | null;
}

interface StaffRule {
  /** Needs all of these. */
  all: Permission[];
  /** Limited to companies the actor manages, unless he has ALL_CLIENTS. */
  scoped: boolean;
  staffOnly?: boolean;
}

const STAFF_RULES: Record<StaffAction, StaffRule> = {
  'company.view': { all: [Permission.READ_COMPANIES], scoped: true },
  'company.create': { all: [Permission.MANAGE_COMPANIES], scoped: false },
  'company.edit': { all: [Permission.MANAGE_COMPANIES], scoped: true },
  'company.setStatus': { all: [Permission.MANAGE_COMPANIES], scoped: true },
  'company.assignManager': { all: [Permission.MANAGE_COMPANIES, Permission.ALL_CLIENTS], scoped: false },
  'company.actAs': { all: [Permission.ACT_AS_BUYER], scoped: true, staffOnly: true },
  'groups.manage': { all: [Permission.MANAGE_COMPANIES, Permission.ALL_CLIENTS], scoped: false },
  'registrations.view': { all: [Permission.READ_COMPANIES], scoped: false, staffOnly: true },
  'registrations.decide': { all: [Permission.MANAGE_COMPANIES], scoped: false, staffOnly: true },
  'integration.bulk': { all: [Permission.MANAGE_COMPANIES, Permission.ALL_CLIENTS], scoped: false },
  'staff.manage': { all: [Permission.MANAGE_STAFF], scoped: false, staffOnly: true },
  'audit.read': { all: [Permission.READ_AUDIT_LOG], scoped: false },
  'outbox.read': { all: [Permission.READ_EMAIL_OUTBOX], scoped: false, staffOnly: true },
};

export function seesAllClients(actor: AdminActor): boolean {
  return actor.permissions.has(Permission.ALL_CLIENTS);
}

export function staffMay(actor: AdminActor, action: StaffAction, company?: CompanyFacts): Decision {
  const rule = STAFF_RULES[action];
  if (rule.staffOnly && actor.kind !== 'staff') return deny('FORBIDDEN', 'Only a staff user may do this');
  const missing = rule.all.filter((p) => !actor.permissions.has(p));
  if (missing.length) return deny('FORBIDDEN', `This needs the permission ${missing.join(', ')}`);
  if (rule.scoped && company && !seesAllClients(actor) && company.managerId !== actor.userId) {
    return deny('OTHER_COMPANY', 'This client is managed by someone else');
  }
  return ALLOW;
}

export function adminActorOf(ctx: RequestContext): AdminActor {
  const p = ctx.adminActor;
  return { kind: p.kind, userId: p.kind === 'staff' ? p.userId : null, permissions: p.permissions };
}

/** For use cases: throws FORBIDDEN unless the staff user or API key of this request may. */
export function assertStaffMay(ctx: RequestContext, action: StaffAction, company?: CompanyFacts): void {
  const decision = staffMay(adminActorOf(ctx), action, company);
  if (!decision.allowed) throw new ForbiddenError(decision.reason);
}

/**
 * The SQL condition limiting a query on `company` (alias) to the companies the actor may see —
 * the same rule as staffMay(…'company.view'…), applied inside the query so lists, counts and
 * searches never include another manager's clients. Appends its parameter to `params`.
 */
export function companyScopeSql(ctx: RequestContext, alias: string, params: unknown[]): string {
  const actor = adminActorOf(ctx);
  if (seesAllClients(actor)) return 'TRUE';
  if (!actor.userId) return 'FALSE';
  params.push(actor.userId);
  return `${alias}.manager_id = $${params.length}`;
}
