// The access token lives in memory only: never in localStorage, where any injected script could
// read it. A page reload restores it from the httpOnly refresh cookie (see refresh-session.ts).
// One page runs one app with one session, so the store is module state.
let accessToken: string | null = null;
const expiryListeners = new Set<() => void>();

export function getAccessToken(): string | null {
  return accessToken;
}

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

/** Called when the session is gone for good (refresh failed): the UI goes back to login. */
export function expireSession(): void {
  accessToken = null;
  expiryListeners.forEach((listener) => {
    listener();
  });
}

export function onSessionExpired(listener: () => void): () => void {
  expiryListeners.add(listener);
  return () => expiryListeners.delete(listener);
}
