import { createApolloClient as createClient } from '@wholesail/shared/web';

import { auth } from '../features/auth/auth';
import possibleTypesResult from '../gql/possible-types';

export function createApolloClient() {
  return createClient({
    auth,
    possibleTypes: possibleTypesResult.possibleTypes,
    typePolicies: {
      // The session has no id; a new one (after login or a switch) simply replaces the old.
      ShopSession: { merge: false },
    },
  });
}
