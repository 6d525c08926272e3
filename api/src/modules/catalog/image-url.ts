import { createHmac, timingSafeEqual } from 'node:crypto';

export type ImageVariant = 'thumb' | 'card';

/**
 * Image URLs are signed and expire: the portal is closed, and an <img src> cannot send a bearer
 * token. Expiry is rounded up to a window, so a URL stays identical (and browser-cacheable) within it.
 * `/api/images/<id>/<variant>?e=<unix seconds>&s=<HMAC-SHA256(secret, "id/variant/e"), base64url>`
 */
export function signImageUrl(
  secret: string,
  imageId: string,
  variant: ImageVariant,
  ttlSeconds: number,
  now = Date.now(),
): string {
  return imageUrlUntil(secret, imageId, variant, imageUrlExpiry(ttlSeconds, now));
}

/** The URL of an image signed to expire at `expires` (unix seconds). */
export function imageUrlUntil(secret: string, imageId: string, variant: ImageVariant, expires: number): string {
  return `/api/images/${imageId}/${variant}?e=${expires}&s=${signature(secret, imageId, variant, expires)}`;
}

/** The expiry (unix seconds) of URLs signed at `now`: the same for every URL signed within one window. */
export function imageUrlExpiry(ttlSeconds: number, now = Date.now()): number {
  const window = Math.max(60, Math.floor(ttlSeconds / 2));
  return Math.ceil(now / 1000 / window) * window + ttlSeconds;
}

export function verifyImageSignature(
  secret: string,
  imageId: string,
  variant: string,
  expires: string,
  sig: string,
  now = Date.now(),
): 'ok' | 'expired' | 'invalid' {
  const e = Number(expires);
  if (!Number.isInteger(e) || !/^[A-Za-z0-9_-]{43}$/.test(sig)) return 'invalid';
  const expected = Buffer.from(signature(secret, imageId, variant, e));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  return e * 1000 < now ? 'expired' : 'ok';
}

function signature(secret: string, imageId: string, variant: string, expires: number): string {
  return createHmac('sha256', secret).update(`${imageId}/${variant}/${expires}`).digest('base64url');
}
