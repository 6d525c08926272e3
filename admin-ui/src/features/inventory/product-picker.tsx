import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PRODUCT_OPTIONS_QUERY } from '../catalog/catalog.queries';

export interface PickedProduct {
  id: string;
  sku: string;
  name: string;
  unit: { code: string; shortName: string; scale: number };
}

interface Props {
  label: string;
  value: PickedProduct | null;
  onChange: (product: PickedProduct | null) => void;
  error?: string | null;
  testId?: string;
}

/** A product found by SKU or name on the server (the catalog is too big for a plain list). */
export function ProductPicker({ label, value, onChange, error, testId }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value ? `${value.sku} · ${value.name}` : '');
  const [debounced] = useDebouncedValue(search, 250);
  const term = debounced.includes(' · ') ? '' : debounced.trim();
  const { data } = useQuery(PRODUCT_OPTIONS_QUERY, { variables: { search: term }, skip: term.length < 2 });
  const items = data?.products.items ?? [];
  const options = value && !items.some((p) => p.id === value.id) ? [value, ...items] : items;
  return (
    <Select
      label={label}
      placeholder={t('analogs.findPlaceholder')}
      searchable
      required
      searchValue={search}
      onSearchChange={setSearch}
      data={options.map((p) => ({ value: p.id, label: `${p.sku} · ${p.name}` }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(options.find((p) => p.id === id) ?? null)}
      filter={({ options: all }) => all}
      nothingFoundMessage={term.length >= 2 ? t('analogs.nothingFound') : undefined}
      error={error}
      data-testid={testId}
    />
  );
}
