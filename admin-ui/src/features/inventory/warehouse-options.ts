import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { WAREHOUSES_QUERY } from './inventory.queries';

/** Warehouses as Select options ("MSK-1 · Москва, Южный"), inactive ones marked. */
export function useWarehouseOptions(): { value: string; label: string }[] {
  const { data } = useQuery(WAREHOUSES_QUERY);
  return useMemo(
    () => (data?.warehouses ?? []).map((w) => ({ value: w.id, label: `${w.code} · ${w.name}${w.active ? '' : ' ✕'}` })),
    [data],
  );
}
