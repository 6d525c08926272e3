import { BuyerRole, Permission, STAFF_ROLE_PERMISSIONS, StaffRole } from '../../common/auth/permissions';
import {
  AdminActor,
  BUYER_ACTIONS,
  BuyerAction,
  buyerMay,
  STAFF_ACTIONS,
  StaffAction,
  staffMay,
} from './access-policy';

const D = BuyerRole.DIRECTOR;
const P = BuyerRole.PURCHASER;
const A = BuyerRole.ACCOUNTANT;

/** Each buyer role × each action, on an object of his own company that is not his own user/order. */
const BUYER_MATRIX: Record<BuyerAction, Record<BuyerRole, boolean>> = {
  'company.view': { [D]: true, [P]: true, [A]: true },
  'catalog.view': { [D]: true, [P]: true, [A]: true },
  'finance.view': { [D]: true, [P]: false, [A]: true },
  'documents.view': { [D]: true, [P]: false, [A]: true },
  'orders.place': { [D]: true, [P]: true, [A]: false },
  'orders.view': { [D]: true, [P]: false, [A]: true }, // a colleague's order
  'orders.approve': { [D]: true, [P]: false, [A]: false },
  'prices.request': { [D]: true, [P]: true, [A]: false },
  'users.view': { [D]: true, [P]: false, [A]: false },
  'users.invite': { [D]: true, [P]: false, [A]: false },
  'users.changeRole': { [D]: true, [P]: false, [A]: false },
  'users.setLimits': { [D]: true, [P]: false, [A]: false },
  'users.deactivate': { [D]: true, [P]: false, [A]: false },
  'users.reactivate': { [D]: true, [P]: false, [A]: false },
};

const me = (role: BuyerRole) => ({ userId: 'me', companyId: 'c1', role });
const colleaguesThing = {
  companyId: 'c1',
  createdByUserId: 'colleague',
  targetUserId: 'colleague',
  targetRole: P,
  newRole: A,
  activeDirectors: 2,
};

describe('buyer access policy', () => {
  it('covers every action in the matrix', () => {
    expect(Object.keys(BUYER_MATRIX).sort()).toEqual([...BUYER_ACTIONS].sort());
  });

  describe.each(Object.values(BuyerRole))('%s', (role) => {
    it.each(BUYER_ACTIONS.map((a) => [a, BUYER_MATRIX[a][role]] as const))('%s → %s', (action, allowed) => {
      expect(buyerMay(me(role), action, colleaguesThing).allowed).toBe(allowed);
    });

    it.each(BUYER_ACTIONS)('never %s in another company', (action) => {
      const decision = buyerMay(me(role), action, { ...colleaguesThing, companyId: 'c2' });
      expect(decision).toMatchObject({ allowed: false, code: 'OTHER_COMPANY' });
    });
  });

  it('lets a purchaser see the orders he created or is assigned to, and only those', () => {
    expect(buyerMay(me(P), 'orders.view', { companyId: 'c1', createdByUserId: 'me' }).allowed).toBe(true);
    expect(
      buyerMay(me(P), 'orders.view', { companyId: 'c1', createdByUserId: 'x', assignedUserIds: ['me'] }).allowed,
    ).toBe(true);
    expect(buyerMay(me(P), 'orders.view', { companyId: 'c1', createdByUserId: 'x' }).allowed).toBe(false);
    expect(buyerMay(me(P), 'orders.view').allowed).toBe(true); // his own list
    expect(buyerMay(me(A), 'orders.place').allowed).toBe(false); // read-only ordering
  });

  it('keeps a director from locking himself or the company out', () => {
    const self = { companyId: 'c1', targetUserId: 'me', targetRole: D, activeDirectors: 3 };
    expect(buyerMay(me(D), 'users.deactivate', self)).toMatchObject({ allowed: false, code: 'SELF_CHANGE' });
    expect(buyerMay(me(D), 'users.changeRole', { ...self, newRole: P })).toMatchObject({ code: 'SELF_CHANGE' });
    const lastOther = { companyId: 'c1', targetUserId: 'other', targetRole: D, activeDirectors: 1 };
    expect(buyerMay(me(D), 'users.deactivate', lastOther)).toMatchObject({ allowed: false, code: 'LAST_DIRECTOR' });
    expect(buyerMay(me(D), 'users.changeRole', { ...lastOther, newRole: P })).toMatchObject({ code: 'LAST_DIRECTOR' });
    expect(buyerMay(me(D), 'users.changeRole', { ...lastOther, newRole: D }).allowed).toBe(true);
    expect(buyerMay(me(D), 'users.deactivate', { ...lastOther, activeDirectors: 2 }).allowed).toBe(true);
    expect(buyerMay(me(D), 'users.setLimits', { companyId: 'c1', targetUserId: 'me' }).allowed).toBe(true);
  });
});

const staff = (role: StaffRole, userId = 'me'): AdminActor => ({
  kind: 'staff',
  userId,
  permissions: new Set(STAFF_ROLE_PERMISSIONS[role]),
});

type Expect = 'all' | 'own' | 'none' | 'yes';
const ADMIN = StaffRole.ADMIN;
const HEAD = StaffRole.HEAD_OF_SALES;
const SALES = StaffRole.SALES_MANAGER;
const CATALOG = StaffRole.CATALOG_MANAGER;

/** Company actions: 'all' = any client, 'own' = only those he manages; others: 'yes' / 'none'. */
const STAFF_MATRIX: Record<StaffAction, Record<StaffRole, Expect>> = {
  'company.view': { [ADMIN]: 'all', [HEAD]: 'all', [SALES]: 'own', [CATALOG]: 'none' },
  'company.create': { [ADMIN]: 'yes', [HEAD]: 'yes', [SALES]: 'yes', [CATALOG]: 'none' },
  'company.edit': { [ADMIN]: 'all', [HEAD]: 'all', [SALES]: 'own', [CATALOG]: 'none' },
  'company.setStatus': { [ADMIN]: 'all', [HEAD]: 'all', [SALES]: 'own', [CATALOG]: 'none' },
  'company.assignManager': { [ADMIN]: 'all', [HEAD]: 'all', [SALES]: 'none', [CATALOG]: 'none' },
  'company.actAs': { [ADMIN]: 'all', [HEAD]: 'all', [SALES]: 'own', [CATALOG]: 'none' },
  'groups.manage': { [ADMIN]: 'yes', [HEAD]: 'yes', [SALES]: 'none', [CATALOG]: 'none' },
  'registrations.view': { [ADMIN]: 'yes', [HEAD]: 'yes', [SALES]: 'yes', [CATALOG]: 'none' },
  'registrations.decide': { [ADMIN]: 'yes', [HEAD]: 'yes', [SALES]: 'yes', [CATALOG]: 'none' },
  'integration.bulk': { [ADMIN]: 'yes', [HEAD]: 'yes', [SALES]: 'none', [CATALOG]: 'none' },
  'staff.manage': { [ADMIN]: 'yes', [HEAD]: 'none', [SALES]: 'none', [CATALOG]: 'none' },
  'audit.read': { [ADMIN]: 'yes', [HEAD]: 'yes', [SALES]: 'none', [CATALOG]: 'none' },
  'outbox.read': { [ADMIN]: 'yes', [HEAD]: 'none', [SALES]: 'none', [CATALOG]: 'none' },
};

describe('staff access policy', () => {
  it('covers every action in the matrix', () => {
    expect(Object.keys(STAFF_MATRIX).sort()).toEqual([...STAFF_ACTIONS].sort());
  });

  describe.each(Object.values(StaffRole))('%s', (role) => {
    it.each(STAFF_ACTIONS.map((a) => [a, STAFF_MATRIX[a][role]] as const))('%s → %s', (action, expected) => {
      const own = staffMay(staff(role), action, { managerId: 'me' }).allowed;
      const others = staffMay(staff(role), action, { managerId: 'someone-else' }).allowed;
      const unassigned = staffMay(staff(role), action, { managerId: null }).allowed;
      const expectation = {
        all: [true, true, true],
        own: [true, false, false],
        none: [false, false, false],
        yes: [true, true, true],
      };
      expect({ action, got: [own, others, unassigned] }).toEqual({ action, got: expectation[expected] });
    });
  });

  it('lets API keys do what their scopes allow, never act as a buyer or read the outbox', () => {
    const key: AdminActor = {
      kind: 'apiKey',
      userId: null,
      permissions: new Set([Permission.READ_COMPANIES, Permission.MANAGE_COMPANIES, Permission.ALL_CLIENTS]),
    };
    expect(staffMay(key, 'integration.bulk').allowed).toBe(true);
    expect(staffMay(key, 'company.view', { managerId: 'x' }).allowed).toBe(true);
    const noAll: AdminActor = { ...key, permissions: new Set([Permission.MANAGE_COMPANIES]) };
    expect(staffMay(noAll, 'integration.bulk').allowed).toBe(false);
    const everything: AdminActor = { ...key, permissions: new Set(Object.values(Permission)) };
    expect(staffMay(everything, 'company.actAs', { managerId: null }).allowed).toBe(false);
    expect(staffMay(everything, 'outbox.read').allowed).toBe(false);
  });
});
