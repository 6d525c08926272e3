import { createHash, randomBytes } from 'node:crypto';

/** Opaque random secrets (refresh tokens, API keys): only their SHA-256 is stored. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export interface AccessTokenClaims {
  sub: string;
  sid: string;
  typ: 'buyer' | 'staff';
}

export const API_KEY_PREFIX = 'wsk_';
