import { useQuery } from '@apollo/client/react';

import type { SessionFieldsFragment } from '../../gql/graphql';
import { ME_QUERY } from './auth.queries';

/**
 * The signed-in staff member's session (user, role, permissions).
 * Keeps showing the previous session while the store refetches.
 */
export function useSession(): SessionFieldsFragment | null {
  const { data, previousData } = useQuery(ME_QUERY);
  return (data ?? previousData)?.me ?? null;
}
