import type { CatalogColumn, CatalogRow } from '../catalog/catalog-columns';
import { PriceCell } from './price-cell';

/** The buyer's personal price under the active contract (not sortable: it differs per contract). */
export const PRICE_COLUMN: CatalogColumn = {
  id: 'price',
  labelKey: 'prices.column',
  build: ({ t, format }) => ({
    headerName: t('prices.column'),
    headerTooltip: t('prices.columnTooltip'),
    headerClass: 'ag-right-aligned-header',
    width: 180,
    cellRenderer: ({ data }: { data?: CatalogRow }) =>
      data ? <PriceCell price={data.price ?? null} unit={data.unit.shortName} format={format} /> : null,
  }),
};
