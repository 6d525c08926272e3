import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useQuery } from '@apollo/client/react';

import type { NoVariables } from './auth-config';

/**
 * The signed-in session from an app's own `Me` query (seeded by sign-in, so no extra round trip).
 * Keeps showing the previous session while the store refetches (e.g. after a legal entity switch).
 */
export function useSessionQuery<TSession>(meQuery: TypedDocumentNode<{ me: TSession }, NoVariables>): TSession | null {
  const { data, previousData } = useQuery(meQuery);
  return (data ?? previousData)?.me ?? null;
}
