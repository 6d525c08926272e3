import { createApolloClient as createClient } from '@wholesail/shared/web';

import { auth } from '../features/auth/auth';
import possibleTypesResult from '../gql/possible-types';

export function createApolloClient() {
  return createClient({
    auth,
    possibleTypes: possibleTypesResult.possibleTypes,
    typePolicies: {
      // One person may be a user of several companies with a different role and limits in each:
      // a company's users are kept inside their list, never merged by the person's id.
      CompanyUser: { keyFields: false },
      Query: { fields: { companyUsers: { merge: false } } },
      // The session has no id; a new one (after login or a switch) simply replaces the old.
      ShopSession: { merge: false },
      // Totals have no id: the latest answer (add, update, remove) replaces them inside the cart.
      Cart: { fields: { totals: { merge: false }, lines: { merge: false } } },
    },
  });
}
