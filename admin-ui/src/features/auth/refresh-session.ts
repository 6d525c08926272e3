import type { ResultOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

import { GRAPHQL_ENDPOINT } from '../../app/endpoint';
import { REFRESH_ACCESS_TOKEN_MUTATION } from './auth.queries';
import { setAccessToken } from './token-store';

type RefreshResult = ResultOf<typeof REFRESH_ACCESS_TOKEN_MUTATION>['refreshAccessToken'];
export type AuthPayload = Extract<RefreshResult, { __typename: 'AdminAuthPayload' }>;

const body = JSON.stringify({
  operationName: 'RefreshAccessToken',
  query: print(REFRESH_ACCESS_TOKEN_MUTATION),
});
const LOCK_NAME = `wholesail-refresh:${GRAPHQL_ENDPOINT}`;
let inFlight: Promise<AuthPayload | null> | null = null;

/**
 * Exchanges the httpOnly refresh cookie for a new access token (the API rotates the cookie).
 * Concurrent callers share one request: a rotated cookie must never be presented twice.
 * Goes around Apollo on purpose, so the auth link cannot recurse into itself.
 * Resolves to null when there is no valid session.
 */
export function refreshSession(): Promise<AuthPayload | null> {
  inFlight ??= acrossTabs(requestRefresh).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/**
 * Tabs share the cookie: two tabs refreshing at once would present the same token twice, which the
 * API treats as theft. A Web Lock makes them take turns; the second then sends the rotated cookie.
 */
function acrossTabs<T>(fn: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return fn();
  return navigator.locks.request(LOCK_NAME, fn);
}

async function requestRefresh(): Promise<AuthPayload | null> {
  let result: RefreshResult | undefined;
  try {
    const response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body,
    });
    const json = (await response.json()) as { data?: ResultOf<typeof REFRESH_ACCESS_TOKEN_MUTATION> | null };
    result = json.data?.refreshAccessToken;
  } catch {
    result = undefined; // network failure or a non-GraphQL answer: treat as signed out
  }
  if (result?.__typename !== 'AdminAuthPayload') {
    setAccessToken(null);
    return null;
  }
  setAccessToken(result.accessToken);
  return result;
}
