/**
 * Root fields that answer without a login. Everything else must refuse with UNAUTHENTICATED —
 * test/auth/default-deny.spec.ts calls every root field of both APIs to prove it.
 * Adding a field here is a security decision: say why next to it.
 */
export const PUBLIC_FIELDS: Record<'shop' | 'admin', string[]> = {
  shop: [
    'Mutation.login', // obviously
    'Mutation.refreshAccessToken', // authenticated by the httpOnly refresh cookie instead
  ],
  admin: ['Mutation.login', 'Mutation.refreshAccessToken'],
};
