/** A company's user as both APIs describe it (`CompanyUser`). */
export type BuyerRoleName = 'DIRECTOR' | 'PURCHASER' | 'ACCOUNTANT';
export const BUYER_ROLES: readonly BuyerRoleName[] = ['DIRECTOR', 'PURCHASER', 'ACCOUNTANT'];

export interface CompanyUserView {
  id: string;
  fullName: string;
  email: string;
  phone: string | null;
  role: BuyerRoleName;
  active: boolean;
  invitationPending: boolean;
  lastLoginAt: string | null;
  /** Decimal strings; null = no limit. */
  orderLimit: string | null;
  monthlyLimit: string | null;
}

/** The error members of the users' mutation results, by `__typename`. */
export type UserChangeFailure = 'SelfChangeError' | 'LastDirectorError' | 'NotFoundError' | 'AlreadyMemberError';
const FAILURES: readonly string[] = ['SelfChangeError', 'LastDirectorError', 'NotFoundError', 'AlreadyMemberError'];

/** The failure in a union result, or null when it is the changed `CompanyUser`. */
export function userChangeFailure(result: { __typename: string } | null | undefined): UserChangeFailure | null {
  const typename = result?.__typename;
  return typename && FAILURES.includes(typename) ? (typename as UserChangeFailure) : null;
}

export interface InviteUserValues {
  email: string;
  fullName: string;
  phone: string | null;
  role: BuyerRoleName;
  orderLimit: string | null;
  monthlyLimit: string | null;
  locale: string;
}

export interface UserLimitsValues {
  orderLimit: string | null;
  monthlyLimit: string | null;
}

/**
 * What each app wires to its own API (`inviteCompanyUser`… in the shop, `inviteClientUser`… with the
 * company id in the admin API). Business failures come back as values; anything else is thrown.
 */
export interface CompanyUsersActions {
  invite: (values: InviteUserValues) => Promise<UserChangeFailure | null>;
  setRole: (userId: string, role: BuyerRoleName) => Promise<UserChangeFailure | null>;
  setLimits: (userId: string, limits: UserLimitsValues) => Promise<UserChangeFailure | null>;
  setActive: (userId: string, active: boolean) => Promise<UserChangeFailure | null>;
}
