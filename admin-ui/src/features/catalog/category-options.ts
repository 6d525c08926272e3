import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { CATEGORIES_QUERY } from './catalog.queries';

/** The category tree as Select options, indented by depth ("— Fasteners / — — Screws"). */
export function useCategoryOptions(): { value: string; label: string }[] {
  const { data } = useQuery(CATEGORIES_QUERY);
  return useMemo(
    () =>
      (data?.categories ?? []).map((c) => ({
        value: c.id,
        label: `${'\u2014 '.repeat(c.depth)}${c.name}`,
      })),
    [data],
  );
}
