import { useCallback, useEffect, useRef } from 'react';
import { type DataRouter, useHref, useLocation, useSearchParams } from 'react-router';

/** Where the router is going right now (a lazy page still loading), or null when it stands still. */
let pendingPathname: string | null = null;

/**
 * Lets `useUrlState` know synchronously that a navigation has started. React renders router state
 * in a transition, so on a busy machine a debounced filter can fire after a click on a card link
 * but before any effect saw the navigation; the router's own subscription is never late.
 */
export function followNavigation(router: Pick<DataRouter, 'subscribe' | 'state'>): void {
  const track = (state: DataRouter['state']) => {
    pendingPathname = state.navigation.state === 'idle' ? null : (state.navigation.location?.pathname ?? null);
  };
  track(router.state);
  router.subscribe(track);
}

/**
 * List filters and the page kept in the URL (`?q=…&status=…&page=2`), so a reload, the back button
 * from a card or a shared link shows the same list. A changed filter goes back to page 1.
 */
export function useUrlState<K extends string>(
  keys: readonly K[],
): [Record<K, string> & { page: number }, (patch: Partial<Record<K | 'page', string | number | null>>) => void] {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ''])) as Record<K, string>;
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);

  // Debounced inputs call `update` late: after the person left the page, or while the page he is
  // going to still loads (lazy routes), it must not pull him back to the list; after another filter
  // changed, it must start from the URL as it is now, not as it was when the callback was made.
  // The router and window speak in full paths (`/admin/registrations`), `useLocation` without the base.
  const pathname = useHref({ pathname: useLocation().pathname });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const update = useCallback(
    (patch: Partial<Record<K | 'page', string | number | null>>) => {
      const leaving = pendingPathname !== null && pendingPathname !== pathname;
      if (!mounted.current || leaving || window.location.pathname !== pathname) return;
      setParams(
        () => {
          const next = new URLSearchParams(window.location.search);
          for (const [key, value] of Object.entries(patch) as [string, string | number | null | undefined][]) {
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          if (!('page' in patch)) next.delete('page');
          if (next.get('page') === '1') next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams, pathname],
  );
  return [{ ...values, page }, update];
}
