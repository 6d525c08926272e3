/**
 * Root fields that answer without a login. Everything else must refuse with UNAUTHENTICATED —
 * test/auth/default-deny.spec.ts calls every root field of both APIs to prove it.
 * Adding a field here is a security decision: say why next to it.
 */
export const PUBLIC_FIELDS: Record<'shop' | 'admin', string[]> = {
  shop: [
    'Mutation.login', // obviously
    'Mutation.refreshAccessToken', // authenticated by the httpOnly refresh cookie instead
    'Mutation.registerCompany', // the public registration form (rate-limited per IP)
    'Mutation.requestCompanyAccess', // the short form for existing clients (rate-limited per IP)
    'Mutation.verifyRegistrationEmail', // authenticated by the single-use token from the e-mail
    'Query.registrationStatus', // authenticated by the secret status token from the e-mail
    'Mutation.requestPasswordReset', // the "forgot password" form; answers the same for unknown e-mails
    'Mutation.setPassword', // authenticated by the single-use invitation or reset token
    'Mutation.redeemActAsTicket', // authenticated by the staff user's single-use, two-minute ticket
  ],
  admin: [
    'Mutation.login',
    'Mutation.refreshAccessToken',
    'Mutation.requestPasswordReset', // staff "forgot password"; answers the same for unknown e-mails
    'Mutation.setPassword', // authenticated by the single-use invitation or reset token
  ],
};
