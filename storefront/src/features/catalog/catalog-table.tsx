import { useApolloClient } from '@apollo/client/react';
import type { GridApi, SortChangedEvent } from 'ag-grid-community';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef } from 'react';

import type { CatalogFilterInput, CatalogSortInput } from '../../gql/graphql';
import { AgGridReact, type IDatasource } from '../../grid/ag-grid';
import { type CatalogColumn, type CatalogColumnContext, type CatalogRow } from './catalog-columns';
import { CATALOG_PRODUCTS_QUERY } from './catalog.queries';

/** Rows per request: one block of the infinite row model (the API's page). */
export const CATALOG_PAGE_SIZE = 100;

export interface CatalogTableHandle {
  /** Reloads the loaded pages (after a reservation changed availability). */
  refresh: () => void;
  /** Unticks every row. */
  clearSelection: () => void;
}

interface CatalogTableProps {
  columns: readonly CatalogColumn[];
  context: CatalogColumnContext;
  hidden: readonly string[];
  filter: CatalogFilterInput;
  sort: CatalogSortInput | null;
  onSortChange: (sort: CatalogSortInput | null) => void;
  /** Called with the total of each answer (null while loading, or on failure with the error). */
  onLoaded: (result: { totalCount: number } | { error: unknown }) => void;
  /** Rows can be ticked (a checkbox column); called with the ticked rows on every change. */
  onSelectionChanged?: (rows: CatalogRow[]) => void;
}

/**
 * The buyer's catalog table: AG Grid's infinite row model asks the API for one page of 100 rows at
 * a time as the buyer scrolls (never the whole catalog), with the filter and the sort applied there.
 */
export const CatalogTable = forwardRef<CatalogTableHandle, CatalogTableProps>(function CatalogTable(
  { columns, context, hidden, filter, sort, onSortChange, onLoaded, onSelectionChanged },
  ref,
) {
  const client = useApolloClient();
  const apiRef = useRef<GridApi<CatalogRow> | null>(null);
  const filterKey = JSON.stringify(filter);
  const onLoadedRef = useRef(onLoaded);
  onLoadedRef.current = onLoaded;

  const sortFieldOf = useMemo(() => new Map(columns.map((c) => [c.id, c.sortField])), [columns]);

  // A new datasource (a new filter) makes the grid drop its pages and start from the top.
  const datasource = useMemo<IDatasource>(
    () => ({
      getRows: (params) => {
        const [order] = params.sortModel;
        const field = order ? sortFieldOf.get(order.colId) : undefined;
        const pageSort: CatalogSortInput | null =
          order && field ? { field, direction: order.sort === 'desc' ? 'DESC' : 'ASC' } : null;
        client
          .query({
            query: CATALOG_PRODUCTS_QUERY,
            variables: {
              filter: JSON.parse(filterKey) as CatalogFilterInput,
              sort: pageSort,
              skip: params.startRow,
              take: params.endRow - params.startRow,
            },
            // Pages are not normalised into the cache: scrolling a 200 000-row catalog must not grow it.
            fetchPolicy: 'no-cache',
          })
          .then(({ data }) => {
            const page = data?.catalogProducts;
            if (!page) throw new Error('no data');
            params.successCallback(page.items, page.totalCount);
            onLoadedRef.current({ totalCount: page.totalCount });
          })
          .catch((error: unknown) => {
            params.failCallback();
            onLoadedRef.current({ error });
          });
      },
    }),
    [client, filterKey, sortFieldOf],
  );

  // A legal entity or contract switch resets the store; the rows (and, later, their prices) follow it.
  useEffect(
    () =>
      client.onResetStore(async () => {
        apiRef.current?.refreshInfiniteCache();
      }),
    [client],
  );

  useImperativeHandle(
    ref,
    () => ({
      refresh: () => apiRef.current?.refreshInfiniteCache(),
      clearSelection: () => apiRef.current?.deselectAll(),
    }),
    [],
  );
  const rowSelection = useMemo(
    () =>
      onSelectionChanged
        ? ({ mode: 'multiRow', checkboxes: true, headerCheckbox: false, enableClickSelection: false } as const)
        : undefined,
    [onSelectionChanged],
  );

  const initialSort = useRef(sort);
  const columnDefs = useMemo(
    () =>
      columns.map((column) => ({
        ...column.build(context),
        colId: column.id,
        sortable: Boolean(column.sortField),
        hide: !column.required && hidden.includes(column.id),
        initialSort:
          initialSort.current && column.sortField === initialSort.current.field
            ? initialSort.current.direction === 'DESC'
              ? ('desc' as const)
              : ('asc' as const)
            : undefined,
      })),
    [columns, context, hidden],
  );

  const sortChanged = useCallback(
    (event: SortChangedEvent<CatalogRow>) => {
      const [order] = event.api.getColumnState().filter((c) => c.sort);
      const field = order ? sortFieldOf.get(order.colId) : undefined;
      onSortChange(order && field ? { field, direction: order.sort === 'desc' ? 'DESC' : 'ASC' } : null);
    },
    [onSortChange, sortFieldOf],
  );

  return (
    <div style={{ height: '100%', width: '100%' }} data-testid="catalog-grid">
      <AgGridReact<CatalogRow>
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={CATALOG_PAGE_SIZE}
        maxBlocksInCache={20}
        infiniteInitialRowCount={1}
        rowHeight={52}
        columnDefs={columnDefs}
        getRowId={({ data }) => data.id}
        onGridReady={({ api }) => {
          apiRef.current = api;
        }}
        onSortChanged={sortChanged}
        rowSelection={rowSelection}
        onSelectionChanged={onSelectionChanged ? ({ api }) => onSelectionChanged(api.getSelectedRows()) : undefined}
        suppressCellFocus={false}
        // Typing quantities down a column: Enter saves and moves to the row below, as in Excel.
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        stopEditingWhenCellsLoseFocus
        tooltipShowDelay={400}
        // A dozen columns: all stay rendered, so a row scrolled sideways to Quantity still carries its SKU.
        suppressColumnVirtualisation
      />
    </div>
  );
});
