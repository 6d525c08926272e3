import { ActionIcon, Anchor, Box, Button, Group, Image, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconArrowsExchange, IconLock, IconPhoto } from '@tabler/icons-react';
import type { Formatters } from '@wholesail/shared/web';
import type { ParseKeys, TFunction } from 'i18next';

import type { CatalogRowFieldsFragment, CatalogSortField } from '../../gql/graphql';
import type { ColDef } from '../../grid/ag-grid';
import { AvailabilityCell, isPositive } from './availability';

export type CatalogRow = CatalogRowFieldsFragment;

/** What the cells need from the page. */
export interface CatalogColumnContext {
  t: TFunction;
  format: Formatters;
  /** Whether the person may reserve (PLACE_ORDERS); the API checks it again. */
  canReserve: boolean;
  openCard: (productId: string, section?: 'analogs') => void;
  reserve: (row: CatalogRow) => void;
}

/**
 * One column of the catalog table. The table is built from `CATALOG_COLUMNS` in order; later
 * features add theirs (the buyer's price, the quantity to order) with `insertColumns`, and the
 * column chooser and its remembered choice pick them up by `id`.
 */
export interface CatalogColumn {
  id: string;
  labelKey: ParseKeys;
  /** Cannot be hidden (the product must stay recognisable). */
  required?: boolean;
  /** What the server sorts by when the column header is clicked. */
  sortField?: CatalogSortField;
  build: (ctx: CatalogColumnContext) => ColDef<CatalogRow>;
}

const unitText = (row: CatalogRow, format: Formatters) =>
  [row.unit.shortName, ...row.packagings.map((p) => `${p.name} ${format.decimal(p.factor)}`)].join(' · ');

export const CATALOG_COLUMNS: readonly CatalogColumn[] = [
  {
    id: 'thumbnail',
    labelKey: 'catalog.columns.thumbnail',
    build: ({ t }) => ({
      headerName: '',
      headerTooltip: t('catalog.columns.thumbnail'),
      width: 56,
      resizable: false,
      cellRenderer: ({ data }: { data?: CatalogRow }) =>
        data?.thumbnailUrl ? (
          <Image src={data.thumbnailUrl} alt="" w={40} h={40} fit="contain" loading="lazy" />
        ) : (
          <ThemeIcon variant="light" color="gray" size={40}>
            <IconPhoto size={18} />
          </ThemeIcon>
        ),
    }),
  },
  {
    id: 'sku',
    labelKey: 'catalog.columns.sku',
    required: true,
    sortField: 'SKU',
    build: ({ t }) => ({
      headerName: t('catalog.columns.sku'),
      field: 'sku',
      width: 125,
      cellClass: 'catalog-sku',
      cellStyle: { fontFamily: 'var(--mantine-font-family-monospace)' },
    }),
  },
  {
    id: 'name',
    labelKey: 'catalog.columns.name',
    required: true,
    sortField: 'NAME',
    build: ({ t, openCard }) => ({
      headerName: t('catalog.columns.name'),
      field: 'name',
      flex: 1,
      minWidth: 200,
      cellRenderer: ({ data }: { data?: CatalogRow }) =>
        data ? (
          <Box style={{ lineHeight: 1.3, overflow: 'hidden' }} py={4}>
            <Anchor
              component="button"
              type="button"
              size="sm"
              fw={500}
              data-testid="product-link"
              onClick={() => openCard(data.id)}
              title={data.name}
              style={{
                textAlign: 'left',
                display: 'block',
                maxWidth: '100%',
                overflow: 'hidden',
                textOverflow: 'ellipsis',
                whiteSpace: 'nowrap',
              }}
            >
              {data.name}
            </Anchor>
            <Text size="xs" c="dimmed" lineClamp={1}>
              {data.summary}
            </Text>
          </Box>
        ) : null,
    }),
  },
  {
    id: 'availability',
    labelKey: 'catalog.columns.availability',
    sortField: 'AVAILABILITY',
    build: ({ t }) => ({
      headerName: t('catalog.columns.availability'),
      width: 200,
      cellRenderer: ({ data }: { data?: CatalogRow }) =>
        data ? <AvailabilityCell availability={data.availability} unit={data.unit.shortName} sku={data.sku} /> : null,
    }),
  },
  {
    id: 'actions',
    labelKey: 'catalog.columns.actions',
    required: true,
    build: ({ t, canReserve, openCard, reserve }) => ({
      headerName: '',
      width: 140,
      resizable: false,
      cellRenderer: ({ data }: { data?: CatalogRow }) => {
        if (!data) return null;
        const inStock = isPositive(data.availability.total);
        return (
          <Group gap={4} wrap="nowrap" h="100%">
            {!inStock && data.hasAnalogs && (
              <Button
                size="compact-xs"
                variant="light"
                color="orange"
                leftSection={<IconArrowsExchange size={14} />}
                onClick={() => openCard(data.id, 'analogs')}
                data-testid="analogs-button"
              >
                {t('catalog.analogs')}
              </Button>
            )}
            {inStock && canReserve && (
              <Button size="compact-xs" variant="light" onClick={() => reserve(data)} data-testid="reserve-button">
                {t('catalog.reserve')}
              </Button>
            )}
            {inStock && !canReserve && (
              <Tooltip label={t('catalog.reserveNotAllowed')}>
                <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('catalog.reserveNotAllowed')}>
                  <IconLock size={14} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        );
      },
    }),
  },
  {
    id: 'brand',
    labelKey: 'catalog.columns.brand',
    sortField: 'BRAND',
    build: ({ t }) => ({
      headerName: t('catalog.columns.brand'),
      valueGetter: ({ data }) => data?.brand?.name ?? '',
      width: 130,
    }),
  },
  {
    id: 'unit',
    labelKey: 'catalog.columns.unit',
    build: ({ t, format }) => ({
      headerName: t('catalog.columns.unit'),
      valueGetter: ({ data }) => (data ? unitText(data, format) : ''),
      tooltipValueGetter: ({ data }) => (data ? unitText(data, format) : ''),
      width: 150,
    }),
  },
];

/** Adds columns before the column with id `before` (at the end when it is not there). */
export function insertColumns(
  base: readonly CatalogColumn[],
  additions: readonly CatalogColumn[],
  before: string,
): CatalogColumn[] {
  const at = base.findIndex((c) => c.id === before);
  const index = at < 0 ? base.length : at;
  return [...base.slice(0, index), ...additions, ...base.slice(index)];
}
