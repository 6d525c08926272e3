import type { Location } from 'react-router';

/** `/login`, remembering where the person wanted to go. */
export function loginPath(from: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
  const target = `${from.pathname}${from.search}${from.hash}`;
  return target === '/' || from.pathname === '/login' ? '/login' : `/login?next=${encodeURIComponent(target)}`;
}

/** Only same-app paths: `next` comes from the URL and must not send anyone to another site. */
export function safeNextPath(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
