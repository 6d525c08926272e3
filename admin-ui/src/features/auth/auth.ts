import { defineAuth } from '@wholesail/shared/web';

import { LOGIN_MUTATION, LOGOUT_MUTATION, ME_QUERY, REFRESH_ACCESS_TOKEN_MUTATION } from './auth.queries';

/** The staff session: the shared auth flow (login, refresh, logout) on the admin API's documents. */
export const auth = defineAuth({
  // Same-origin: served by the API in production, proxied by Vite in development.
  endpoint: '/admin-api',
  payloadTypename: 'AdminAuthPayload',
  documents: {
    me: ME_QUERY,
    login: LOGIN_MUTATION,
    refresh: REFRESH_ACCESS_TOKEN_MUTATION,
    logout: LOGOUT_MUTATION,
  },
});
