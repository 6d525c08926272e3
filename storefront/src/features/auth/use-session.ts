import { useSessionQuery } from '@wholesail/shared/web';

import type { SessionFieldsFragment } from '../../gql/graphql';
import { ME_QUERY } from './auth.queries';

/**
 * The signed-in buyer's session (user, company, active legal entity, permissions).
 * Keeps showing the previous session while the store refetches after a legal entity switch.
 */
export function useSession(): SessionFieldsFragment | null {
  return useSessionQuery(ME_QUERY);
}
