/** Same-origin GraphQL endpoint: served by the API in production, proxied by Vite in development. */
export const GRAPHQL_ENDPOINT = '/admin-api';
