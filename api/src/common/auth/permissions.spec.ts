import {
  API_KEY_SCOPES,
  BUYER_ROLE_PERMISSIONS,
  BuyerPermission,
  BuyerRole,
  Permission,
  STAFF_ROLE_PERMISSIONS,
  StaffRole,
} from './permissions';

describe('role permissions', () => {
  it('gives the director everything and keeps the others to their trade', () => {
    expect([...BUYER_ROLE_PERMISSIONS[BuyerRole.DIRECTOR]].sort()).toEqual(Object.values(BuyerPermission).sort());
    expect(BUYER_ROLE_PERMISSIONS[BuyerRole.PURCHASER]).not.toContain(BuyerPermission.MANAGE_COMPANY_USERS);
    expect(BUYER_ROLE_PERMISSIONS[BuyerRole.ACCOUNTANT]).not.toContain(BuyerPermission.PLACE_ORDERS);
    expect(BUYER_ROLE_PERMISSIONS[BuyerRole.ACCOUNTANT]).toContain(BuyerPermission.VIEW_FINANCE);
  });

  it('lets only admins manage staff and keys, and only heads of sales and admins see all clients', () => {
    for (const role of Object.values(StaffRole)) {
      const perms = STAFF_ROLE_PERMISSIONS[role];
      expect(perms.includes(Permission.MANAGE_API_KEYS)).toBe(role === StaffRole.ADMIN);
      expect(perms.includes(Permission.MANAGE_STAFF)).toBe(role === StaffRole.ADMIN);
      expect(perms.includes(Permission.ALL_CLIENTS)).toBe(role === StaffRole.ADMIN || role === StaffRole.HEAD_OF_SALES);
    }
  });

  it('never lets an API key manage staff or keys, or act as a buyer', () => {
    expect(API_KEY_SCOPES).not.toContain(Permission.MANAGE_API_KEYS);
    expect(API_KEY_SCOPES).not.toContain(Permission.MANAGE_STAFF);
    expect(API_KEY_SCOPES).not.toContain(Permission.ACT_AS_BUYER);
  });
});
