import { ApolloLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, switchMap, throwError } from 'rxjs';

import { isUnauthenticated } from '../errors/graphql-errors';
import type { AuthConfig } from './auth-config';
import { refreshSession } from './refresh-session';
import { expireSession, getAccessToken } from './token-store';

declare module '@apollo/client' {
  interface DefaultContext {
    /** Set once an operation has been retried after a token refresh, so it is never retried twice. */
    authRetried?: boolean;
  }
}

/**
 * Adds `Authorization: Bearer <token>`; on UNAUTHENTICATED refreshes the token once (shared with
 * any concurrent refresh) and retries the operation once; if that fails the session is expired.
 */
export function createAuthLink(config: AuthConfig): ApolloLink {
  const withToken = new SetContextLink((prevContext) => {
    const token = getAccessToken();
    const headers = prevContext.headers as Record<string, string> | undefined;
    return token ? { headers: { ...headers, Authorization: `Bearer ${token}` } } : {};
  });

  const refreshOnUnauthenticated = new ErrorLink(({ error, operation, forward }) => {
    if (!isUnauthenticated(error) || operation.getContext().authRetried) return;
    operation.setContext({ authRetried: true });
    return from(refreshSession(config)).pipe(
      switchMap((payload) => {
        if (!payload) {
          expireSession();
          return throwError(() => error);
        }
        return forward(operation);
      }),
    );
  });

  // The error link sits before the token link, so a retried operation picks up the new token.
  return ApolloLink.from([refreshOnUnauthenticated, withToken]);
}
