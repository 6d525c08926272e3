import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type PossibleTypesMap,
  type TypePolicies,
} from '@apollo/client';

import type { AuthConfig } from '../auth/auth-config';
import { createAuthLink } from '../auth/auth-link';

interface ApolloClientOptions {
  auth: AuthConfig;
  /** From the app's generated `src/gql/possible-types.ts`, so fragments on unions match. */
  possibleTypes: PossibleTypesMap;
  typePolicies?: TypePolicies;
}

/** Apollo against the app's same-origin endpoint, with the bearer token and one refresh-and-retry. */
export function createApolloClient({ auth, possibleTypes, typePolicies }: ApolloClientOptions): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([createAuthLink(auth), new HttpLink({ uri: auth.endpoint, credentials: 'same-origin' })]),
    cache: new InMemoryCache({ possibleTypes, typePolicies }),
  });
}
