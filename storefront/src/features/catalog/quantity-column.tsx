import { Box, Text, Tooltip } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

import type { QuantityDrafts } from '../cart/quantity-drafts';
import type { CatalogColumn, CatalogRow } from './catalog-columns';

function QuantityCell({ row, drafts }: { row: CatalogRow; drafts: QuantityDrafts }) {
  const { t } = useTranslation();
  useSyncExternalStore(drafts.subscribe, drafts.getVersion);
  const text = drafts.text(row.id);
  const error = drafts.error(row.id);
  const check = drafts.check(row.id);
  let hint: string | null = null;
  let color: string | undefined;
  if (error) {
    hint = error;
    color = 'red';
  } else if (check.kind === 'adjusted') {
    hint = t('ordering.draft.adjusted', { quantity: check.quantity });
    color = 'orange';
  } else if (check.kind === 'invalid') {
    hint = check.suggested
      ? t('ordering.draft.rejected', { quantity: check.suggested })
      : t(`ordering.problem.${check.problem}` as 'ordering.problem.NOT_A_NUMBER');
    color = 'red';
  }
  const status = error ? 'error' : check.kind;
  return (
    <Tooltip label={hint} disabled={!hint} withinPortal>
      <Box data-testid="qty-cell" data-status={status} style={{ lineHeight: 1.2 }} py={4}>
        <Text size="sm" fw={text ? 600 : undefined} c={text ? undefined : 'dimmed'}>
          {text || '—'}
        </Text>
        {hint && (
          <Text size="xs" c={color} truncate data-testid="qty-hint">
            {hint}
          </Text>
        )}
      </Box>
    </Tooltip>
  );
}

/**
 * The Quantity column: typed in place (single click or just typing; Enter moves down like Excel),
 * checked by the shared helper as the buyer types, sent all at once by "Add all to cart".
 */
export function quantityColumn(drafts: QuantityDrafts): CatalogColumn {
  return {
    id: 'quantity',
    labelKey: 'ordering.quantity',
    required: true,
    build: ({ t }) => ({
      headerName: t('ordering.quantity'),
      width: 150,
      editable: true,
      singleClickEdit: true,
      cellClass: 'catalog-quantity',
      valueGetter: ({ data }) => (data ? drafts.text(data.id) : ''),
      valueSetter: ({ data, newValue }) => {
        if (!data) return false;
        drafts.set(
          { id: data.id, sku: data.sku, packagings: data.packagings, quantityRules: data.quantityRules },
          newValue == null ? '' : String(newValue),
        );
        return true;
      },
      cellRenderer: ({ data }: { data?: CatalogRow }) => (data ? <QuantityCell row={data} drafts={drafts} /> : null),
    }),
  };
}
