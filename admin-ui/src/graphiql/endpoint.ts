const API_PATH = /^\/(shop|admin)-api\/?$/;

/**
 * The API serves this page at GET /shop-api and /admin-api, so the page's own path is the endpoint.
 * Opened as a plain file (Vite dev server: /admin/graphiql.html) it takes `?endpoint=` instead.
 */
export function resolveEndpoint(location: Pick<Location, 'pathname' | 'search'>): string {
  if (API_PATH.test(location.pathname)) return location.pathname.replace(/\/$/, '');
  const requested = new URLSearchParams(location.search).get('endpoint');
  return requested && API_PATH.test(requested) ? requested : '/admin-api';
}
