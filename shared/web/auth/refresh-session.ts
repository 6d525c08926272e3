import { Kind, print } from 'graphql';

import { type AuthConfig, type AuthPayload, isAuthPayload, type RefreshResult } from './auth-config';
import { setAccessToken } from './token-store';

// One session per page: concurrent callers (the provider on start, the auth link on a 401) share it.
let inFlight: Promise<AuthPayload | null> | null = null;

/**
 * Exchanges the httpOnly refresh cookie for a new access token (the API rotates the cookie).
 * Concurrent callers share one request: a rotated cookie must never be presented twice.
 * Goes around Apollo on purpose, so the auth link cannot recurse into itself.
 * Resolves to null when there is no valid session.
 */
export function refreshSession(config: AuthConfig): Promise<AuthPayload | null> {
  inFlight ??= acrossTabs(`wholesail-refresh:${config.endpoint}`, () => requestRefresh(config)).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/**
 * Tabs share the cookie: two tabs refreshing at once would present the same token twice, which the
 * API treats as theft. A Web Lock makes them take turns; the second then sends the rotated cookie.
 */
function acrossTabs<T>(lockName: string, fn: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return fn();
  return navigator.locks.request(lockName, fn);
}

async function requestRefresh(config: AuthConfig): Promise<AuthPayload | null> {
  const document = config.documents.refresh;
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  let result: RefreshResult | undefined;
  try {
    const response = await fetch(config.endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ operationName: operation?.name?.value, query: print(document) }),
    });
    const json = (await response.json()) as { data?: { refreshAccessToken?: RefreshResult } | null };
    result = json.data?.refreshAccessToken;
  } catch {
    result = undefined; // network failure or a non-GraphQL answer: treat as signed out
  }
  if (!isAuthPayload(config, result)) {
    setAccessToken(null);
    return null;
  }
  setAccessToken(result.accessToken);
  return result;
}
