import type { AuthConfig } from './auth-config';
import { refreshSession } from './refresh-session';
import { getAccessToken } from './token-store';

/**
 * `fetch` to the API's plain-HTTP endpoints (uploads, downloads) with the session's access token;
 * on a 401 the session is refreshed once and the request repeated, as the GraphQL auth link does.
 * The body must be re-sendable (FormData, a string), not a stream.
 */
export async function authorizedFetch(config: AuthConfig, url: string, init: RequestInit = {}): Promise<Response> {
  const send = (token: string | null) =>
    fetch(url, {
      credentials: 'same-origin',
      ...init,
      headers: {
        ...(init.headers as Record<string, string> | undefined),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
    });
  const response = await send(getAccessToken());
  if (response.status !== 401) return response;
  const session = await refreshSession(config);
  return session ? send(getAccessToken()) : response;
}
