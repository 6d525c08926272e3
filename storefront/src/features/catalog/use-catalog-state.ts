import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { type CatalogState, parseCatalogState, serializeCatalogState } from './catalog-url-state';

/**
 * The catalog state from the URL and a way to change it. Filter changes push a history entry
 * (Back undoes a filter); opening and closing the card replaces it.
 */
export function useCatalogState(): [
  CatalogState,
  (change: Partial<CatalogState>, options?: { replace?: boolean }) => void,
] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseCatalogState(params), [params]);
  const update = useCallback(
    (change: Partial<CatalogState>, options: { replace?: boolean } = {}) => {
      setParams((current) => serializeCatalogState({ ...parseCatalogState(current), ...change }), {
        replace: options.replace ?? false,
      });
    },
    [setParams],
  );
  return [state, update];
}
