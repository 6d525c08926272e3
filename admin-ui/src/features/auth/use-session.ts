import { useSessionQuery } from '@wholesail/shared/web';

import type { SessionFieldsFragment } from '../../gql/graphql';
import { ME_QUERY } from './auth.queries';

/**
 * The signed-in staff member's session (user, role, permissions).
 * Keeps showing the previous session while the store refetches.
 */
export function useSession(): SessionFieldsFragment | null {
  return useSessionQuery(ME_QUERY);
}
