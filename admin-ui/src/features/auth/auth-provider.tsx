import { useApolloClient } from '@apollo/client/react';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';

import type { SessionFieldsFragment } from '../../gql/graphql';
import { LOGOUT_MUTATION, ME_QUERY } from './auth.queries';
import { refreshSession } from './refresh-session';
import { onSessionExpired, setAccessToken } from './token-store';

/** `signedOut` is an explicit logout: unlike an expired session, it does not remember the page. */
export type AuthStatus = 'restoring' | 'authenticated' | 'anonymous' | 'signedOut';

/** What both `login` and `refreshAccessToken` return on success. */
export interface SignInPayload {
  accessToken: string;
  session: SessionFieldsFragment;
}

interface AuthContextValue {
  status: AuthStatus;
  signIn: (payload: SignInPayload) => void;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [status, setStatus] = useState<AuthStatus>('restoring');

  const signIn = useCallback(
    (payload: SignInPayload) => {
      setAccessToken(payload.accessToken);
      // Seed `me` so the shell renders at once, without a second round trip.
      client.writeQuery({ query: ME_QUERY, data: { __typename: 'Query', me: payload.session } });
      setStatus('authenticated');
    },
    [client],
  );

  // Restore the session from the httpOnly refresh cookie once per page load.
  useEffect(() => {
    let current = true;
    void refreshSession().then((payload) => {
      if (!current) return;
      if (payload) signIn(payload);
      else setStatus('anonymous');
    });
    return () => {
      current = false;
    };
  }, [signIn]);

  useEffect(
    () =>
      onSessionExpired(() => {
        void client.clearStore();
        setStatus('anonymous');
      }),
    [client],
  );

  const signOut = useCallback(async () => {
    try {
      await client.mutate({ mutation: LOGOUT_MUTATION });
    } catch {
      // Already gone on the server, or the server is unreachable: forget the session locally anyway.
    }
    setAccessToken(null);
    await client.clearStore();
    setStatus('signedOut');
  }, [client]);

  const value = useMemo(() => ({ status, signIn, signOut }), [status, signIn, signOut]);
  return <AuthContext value={value}>{children}</AuthContext>;
}

export function useAuth(): AuthContextValue {
  const value = use(AuthContext);
  if (!value) throw new Error('useAuth() must be used inside <AuthProvider>');
  return value;
}
