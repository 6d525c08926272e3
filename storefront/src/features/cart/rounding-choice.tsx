import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { QuantityRounding } from '../../gql/graphql';

export function RoundingChoice({
  value,
  onChange,
}: {
  value: QuantityRounding;
  onChange: (value: QuantityRounding) => void;
}) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      value={value}
      onChange={(v) => onChange(v === 'REJECT' ? 'REJECT' : 'ROUND_UP')}
      data={[
        { value: 'ROUND_UP', label: t('ordering.rounding.ROUND_UP') },
        { value: 'REJECT', label: t('ordering.rounding.REJECT') },
      ]}
      aria-label={t('ordering.rounding.label')}
      data-testid="rounding-choice"
    />
  );
}
