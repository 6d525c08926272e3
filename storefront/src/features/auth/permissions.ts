import type { BuyerPermission, SessionFieldsFragment } from '../../gql/graphql';

/** Menus and actions follow the role's permissions; the API checks the same again. */
export function hasPermission(session: SessionFieldsFragment | null, ...anyOf: BuyerPermission[]): boolean {
  return anyOf.some((permission) => session?.permissions.includes(permission) ?? false);
}
