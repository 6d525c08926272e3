import { useLocalStorage } from '@mantine/hooks';

import type { QuantityRounding } from '../../gql/graphql';

/** The buyer's choice for quantities off the multiplicity or below the minimum: round up or refuse. */
export function useRounding(): [QuantityRounding, (rounding: QuantityRounding) => void] {
  const [value, setValue] = useLocalStorage<QuantityRounding>({
    key: 'wholesail.order.rounding',
    defaultValue: 'ROUND_UP',
    getInitialValueInEffect: false,
  });
  return [value === 'REJECT' ? 'REJECT' : 'ROUND_UP', setValue];
}
