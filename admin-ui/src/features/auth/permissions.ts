import type { Permission, SessionFieldsFragment } from '../../gql/graphql';

export function hasPermission(session: SessionFieldsFragment | null, permission: Permission): boolean {
  return session?.permissions.includes(permission) ?? false;
}
