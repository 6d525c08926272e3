import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigation, useSearchParams } from 'react-router';

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
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const leaving = useRef(false);
  useEffect(() => {
    leaving.current = navigation.state !== 'idle' && navigation.location.pathname !== pathname;
  }, [navigation, pathname]);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const update = useCallback(
    (patch: Partial<Record<K | 'page', string | number | null>>) => {
      if (!mounted.current || leaving.current) return;
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
    [setParams],
  );
  return [{ ...values, page }, update];
}
