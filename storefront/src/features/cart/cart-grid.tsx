import { Anchor, Badge, Box, Text, Tooltip } from '@mantine/core';
import { type Formatters, useFormat } from '@wholesail/shared/web';
import type { CellEditRequestEvent, GridApi, SelectionChangedEvent } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { CartLineFieldsFragment } from '../../gql/graphql';
import { AgGridReact, type ColDef } from '../../grid/ag-grid';

type Line = CartLineFieldsFragment;

function unitOf(line: Line): string {
  if (!line.packagingCode) return line.product.unit.shortName;
  return line.product.packagings.find((p) => p.code === line.packagingCode)?.name ?? line.packagingCode;
}

function WarningCell({ line, t, format }: { line: Line; t: TFunction; format: Formatters }) {
  const warning = line.warning;
  if (!warning) return null;
  const label = t(`ordering.cart.warningCode.${warning.code}`, {
    available: `${format.decimal(warning.available)} ${line.product.unit.shortName}`,
  });
  return (
    <Box style={{ lineHeight: 1.25 }} py={4} data-testid="cart-warning" data-code={warning.code}>
      <Tooltip label={warning.message}>
        <Badge color={warning.code === 'NO_PRICE' ? 'gray' : 'orange'} variant="light" size="sm">
          {label}
        </Badge>
      </Tooltip>
      {warning.analogs.length > 0 && (
        <Text size="xs" truncate data-testid="cart-analogs">
          {t('ordering.cart.analogs')}
          {warning.analogs.slice(0, 3).map((a, i) => (
            <span key={a.id}>
              {i > 0 && ', '}
              <Anchor component={Link} to={`/catalog?q=${encodeURIComponent(a.sku)}`} size="xs" title={a.name}>
                {a.sku}
              </Anchor>{' '}
              ({t('ordering.cart.available', { quantity: format.decimal(a.available) })})
            </span>
          ))}
        </Text>
      )}
    </Box>
  );
}

interface CartGridProps {
  lines: readonly Line[];
  currency: string;
  editable: boolean;
  onQuantity: (line: Line, text: string) => void;
  onSelection: (ids: string[]) => void;
  onReady: (api: GridApi<Line>) => void;
}

/**
 * The cart as an editable grid (client-side rows keyed by line id, so a changed line re-renders alone —
 * 500 lines stay fast): quantity typed in place, Enter moves down, warnings with analogs on the row.
 */
export function CartGrid({ lines, currency, editable, onQuantity, onSelection, onReady }: CartGridProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const columnDefs = useMemo<ColDef<Line>[]>(
    () => [
      {
        colId: 'sku',
        headerName: t('ordering.cart.sku'),
        valueGetter: ({ data }) => data?.product.sku,
        width: 140,
        cellStyle: { fontFamily: 'var(--mantine-font-family-monospace)' },
      },
      {
        colId: 'name',
        headerName: t('ordering.cart.name'),
        valueGetter: ({ data }) => data?.product.name,
        flex: 1,
        minWidth: 200,
        tooltipValueGetter: ({ data }) => data?.product.name,
      },
      {
        colId: 'quantity',
        headerName: t('ordering.cart.quantity'),
        width: 120,
        editable,
        singleClickEdit: true,
        cellClass: 'cart-quantity',
        type: 'rightAligned',
        valueGetter: ({ data }) => (data ? format.decimal(data.quantity) : ''),
      },
      {
        colId: 'unit',
        headerName: t('ordering.cart.unit'),
        width: 90,
        valueGetter: ({ data }) => (data ? unitOf(data) : ''),
      },
      {
        colId: 'price',
        headerName: t('ordering.cart.price'),
        width: 120,
        type: 'rightAligned',
        valueGetter: ({ data }) => (data?.price ? format.money(data.price, currency) : '—'),
      },
      {
        colId: 'amount',
        headerName: t('ordering.cart.amount'),
        width: 140,
        type: 'rightAligned',
        cellClass: 'cart-amount',
        valueGetter: ({ data }) => (data?.amount ? format.money(data.amount, currency) : '—'),
      },
      {
        colId: 'vat',
        headerName: t('ordering.cart.vat'),
        width: 80,
        type: 'rightAligned',
        valueGetter: ({ data }) => (data?.vatRate ? `${format.decimal(data.vatRate)} %` : '—'),
      },
      {
        colId: 'warning',
        headerName: t('ordering.cart.warning'),
        width: 260,
        cellRenderer: ({ data }: { data?: Line }) => (data ? <WarningCell line={data} t={t} format={format} /> : null),
      },
    ],
    [t, format, currency, editable],
  );

  return (
    <div style={{ height: '100%', width: '100%' }} data-testid="cart-grid">
      <AgGridReact<Line>
        rowData={lines as Line[]}
        columnDefs={columnDefs}
        getRowId={({ data }) => data.id}
        rowHeight={48}
        rowSelection={editable ? { mode: 'multiRow', checkboxes: true, headerCheckbox: true } : undefined}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        stopEditingWhenCellsLoseFocus
        onGridReady={({ api }) => onReady(api)}
        // The grid never changes a line itself: the edit goes to the API, the answer updates the row.
        readOnlyEdit
        onCellEditRequest={(event: CellEditRequestEvent<Line>) => {
          if (event.colDef.colId !== 'quantity' || event.newValue === event.oldValue) return;
          onQuantity(event.data, String(event.newValue ?? ''));
        }}
        onSelectionChanged={(event: SelectionChangedEvent<Line>) =>
          onSelection(event.api.getSelectedRows().map((row) => row.id))
        }
        tooltipShowDelay={400}
      />
    </div>
  );
}
