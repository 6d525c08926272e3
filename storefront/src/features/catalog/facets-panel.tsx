import { Anchor, Checkbox, Group, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { useFormat } from '@wholesail/shared/web';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CatalogFacetsQuery } from '../../gql/graphql';
import { type CatalogState, toggle } from './catalog-url-state';

type Facets = CatalogFacetsQuery['catalogFacets'];

const SHOWN = 8;

interface FacetsPanelProps {
  facets: Facets | undefined;
  /** New counts are on their way (the old ones stay shown meanwhile). */
  loading: boolean;
  state: CatalogState;
  onChange: (change: Partial<CatalogState>) => void;
}

/** A facet's options with counts; long lists show the first few and a "more" link. */
function FacetGroup({
  title,
  testId,
  options,
}: {
  title: string;
  testId: string;
  options: { id: string; label: string; count: number; checked: boolean; onChange: (on: boolean) => void }[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [all, setAll] = useState(false);
  if (options.length === 0) return null;
  // Selected options stay visible even when they fall beyond the first few.
  const shown = all ? options : options.filter((o, i) => i < SHOWN || o.checked);
  return (
    <Stack gap={4} data-testid={testId} role="group" aria-label={title}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {shown.map((option) => (
        <Checkbox
          key={option.id}
          size="xs"
          checked={option.checked}
          disabled={option.count === 0 && !option.checked}
          onChange={(event) => option.onChange(event.currentTarget.checked)}
          label={
            <Group gap={6} wrap="nowrap" justify="space-between">
              <span>{option.label}</span>
              <Text span size="xs" c="dimmed" data-testid="facet-count">
                {format.integer(option.count)}
              </Text>
            </Group>
          }
          aria-label={option.label}
        />
      ))}
      {options.length > shown.length && (
        <Anchor component="button" type="button" size="xs" onClick={() => setAll(true)} ta="left">
          {t('catalog.facets.more', { count: options.length - shown.length })}
        </Anchor>
      )}
    </Stack>
  );
}

/** Filters by stock, warehouse, brand and attributes; each option shows how many products it would leave. */
export function FacetsPanel({ facets, loading, state, onChange }: FacetsPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!facets) {
    return (
      <Stack gap={6}>
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} h={20} />
        ))}
      </Stack>
    );
  }
  const groups: ReactNode[] = [];
  groups.push(
    <FacetGroup
      key="warehouses"
      title={t('catalog.facets.warehouses')}
      testId="facet-warehouses"
      options={facets.warehouses.map((w) => ({
        id: w.warehouse.id,
        label: w.warehouse.name,
        count: w.count,
        checked: state.warehouseIds.includes(w.warehouse.id),
        onChange: (on) => onChange({ warehouseIds: toggle(state.warehouseIds, w.warehouse.id, on) }),
      }))}
    />,
    <FacetGroup
      key="brands"
      title={t('catalog.facets.brands')}
      testId="facet-brands"
      options={facets.brands.map((b) => ({
        id: b.brand.id,
        label: b.brand.name,
        count: b.count,
        checked: state.brandIds.includes(b.brand.id),
        onChange: (on) => onChange({ brandIds: toggle(state.brandIds, b.brand.id, on) }),
      }))}
    />,
  );
  for (const facet of facets.attributes) {
    const id = facet.attribute.id;
    const selected = state.attributes[id] ?? [];
    groups.push(
      <FacetGroup
        key={id}
        title={facet.attribute.unit ? `${facet.attribute.name}, ${facet.attribute.unit}` : facet.attribute.name}
        testId={`facet-${facet.attribute.code}`}
        options={facet.values.map((v) => ({
          id: v.valueId,
          label: v.label,
          count: v.count,
          checked: selected.includes(v.valueId),
          onChange: (on) => onChange({ attributes: { ...state.attributes, [id]: toggle(selected, v.valueId, on) } }),
        }))}
      />,
    );
  }
  return (
    <Stack gap="md" data-testid="facets" data-loading={loading} style={{ opacity: loading ? 0.7 : 1 }}>
      <Group justify="space-between">
        <Title order={2} size="h6">
          {t('catalog.facets.title')}
        </Title>
      </Group>
      <Switch
        size="sm"
        checked={state.inStock}
        onChange={(event) => onChange({ inStock: event.currentTarget.checked })}
        label={t('catalog.facets.inStock', { n: format.integer(facets.inStockCount) })}
        data-testid="facet-in-stock"
      />
      {groups}
    </Stack>
  );
}
