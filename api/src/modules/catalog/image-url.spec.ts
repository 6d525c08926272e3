import { signImageUrl, verifyImageSignature } from './image-url';

const SECRET = 'test-secret';
const ID = '7a1a3c8e-2f6b-4c7e-9a51-0c3b1e0f9d11';

function parts(url: string) {
  const u = new URL(url, 'http://x');
  const [, , , id, variant] = u.pathname.split('/');
  return { id, variant, e: u.searchParams.get('e')!, s: u.searchParams.get('s')! };
}

describe('signed image URLs', () => {
  const now = Date.UTC(2026, 10, 27, 12, 0, 0);

  it('verifies its own signature until it expires', () => {
    const p = parts(signImageUrl(SECRET, ID, 'thumb', 3600, now));
    expect(verifyImageSignature(SECRET, p.id, p.variant, p.e, p.s, now)).toBe('ok');
    expect(verifyImageSignature(SECRET, p.id, p.variant, p.e, p.s, now + 3 * 3600 * 1000)).toBe('expired');
  });

  it('refuses another image, variant, expiry or secret', () => {
    const p = parts(signImageUrl(SECRET, ID, 'thumb', 3600, now));
    expect(verifyImageSignature(SECRET, ID.replace('7', '8'), p.variant, p.e, p.s, now)).toBe('invalid');
    expect(verifyImageSignature(SECRET, p.id, 'card', p.e, p.s, now)).toBe('invalid');
    expect(verifyImageSignature(SECRET, p.id, p.variant, String(Number(p.e) + 3600), p.s, now)).toBe('invalid');
    expect(verifyImageSignature('other', p.id, p.variant, p.e, p.s, now)).toBe('invalid');
    expect(verifyImageSignature(SECRET, p.id, p.variant, 'x', p.s, now)).toBe('invalid');
  });

  it('gives the same URL within a window, so browsers can cache it', () => {
    expect(signImageUrl(SECRET, ID, 'thumb', 3600, now + 1_000)).toBe(
      signImageUrl(SECRET, ID, 'thumb', 3600, now + 61_000),
    );
  });
});
