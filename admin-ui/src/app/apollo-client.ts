import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';

import { createAuthLink } from '../features/auth/auth-link';
import possibleTypesResult from '../gql/possible-types';
import { GRAPHQL_ENDPOINT } from './endpoint';

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([createAuthLink(), new HttpLink({ uri: GRAPHQL_ENDPOINT, credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      possibleTypes: possibleTypesResult.possibleTypes,
      typePolicies: {
        // The session has no id; a new one (after login or a switch) simply replaces the old.
        AdminSession: { merge: false },
      },
    }),
  });
}
