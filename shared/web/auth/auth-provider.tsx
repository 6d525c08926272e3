import { useApolloClient } from '@apollo/client/react';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';

import type { AuthConfig, AuthPayload } from './auth-config';
import { refreshSession } from './refresh-session';
import { onSessionExpired, setAccessToken } from './token-store';

/** `signedOut` is an explicit logout: unlike an expired session, it does not remember the page. */
export type AuthStatus = 'restoring' | 'authenticated' | 'anonymous' | 'signedOut';

export interface AuthContextValue {
  status: AuthStatus;
  /** The app's endpoint and documents, for the shared login form. */
  config: AuthConfig;
  /** Takes what both `login` and `refreshAccessToken` return on success. */
  signIn: (payload: AuthPayload) => void;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ config, children }: { config: AuthConfig; children: ReactNode }) {
  const client = useApolloClient();
  const [status, setStatus] = useState<AuthStatus>('restoring');

  const signIn = useCallback(
    (payload: AuthPayload) => {
      setAccessToken(payload.accessToken);
      // Seed `me` so the shell renders at once, without a second round trip.
      client.writeQuery({ query: config.documents.me, data: { __typename: 'Query', me: payload.session } });
      setStatus('authenticated');
    },
    [client, config],
  );

  // Restore the session from the httpOnly refresh cookie once per page load.
  useEffect(() => {
    let current = true;
    void refreshSession(config).then((payload) => {
      if (!current) return;
      if (payload) signIn(payload);
      else setStatus('anonymous');
    });
    return () => {
      current = false;
    };
  }, [config, signIn]);

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
      await client.mutate({ mutation: config.documents.logout });
    } catch {
      // Already gone on the server, or the server is unreachable: forget the session locally anyway.
    }
    setAccessToken(null);
    await client.clearStore();
    setStatus('signedOut');
  }, [client, config]);

  const value = useMemo(() => ({ status, config, signIn, signOut }), [status, config, signIn, signOut]);
  return <AuthContext value={value}>{children}</AuthContext>;
}

export function useAuth(): AuthContextValue {
  const value = use(AuthContext);
  if (!value) throw new Error('useAuth() must be used inside <AuthProvider>');
  return value;
}
