/**
 * The buyer's Excel price list: one layout shared by the export (which writes it) and the upload
 * (which must recognise it again, see pricelist-import.ts). Pure data — the API writes the .xlsx.
 */

export type PriceListLocale = 'ru' | 'en';

export type PriceListColumnKey =
  | 'sku'
  | 'name'
  | 'unit'
  | 'packaging'
  | 'multiplicity'
  | 'minQuantity'
  | 'price'
  | 'vatRate'
  | 'stockTotal'
  | 'warehouseStock'
  | 'nextIncomingDate'
  | 'quantity';

/** How a cell is written: decides the cell type and the number format. */
export type PriceListCellKind = 'text' | 'quantity' | 'money' | 'percent' | 'date';

export interface PriceListColumn {
  key: PriceListColumnKey;
  header: Record<PriceListLocale, string>;
  /** Excel column width in characters. */
  width: number;
  kind: PriceListCellKind;
  /** Excel number format code. */
  numFmt: string;
  /** Only for `warehouseStock`: which warehouse the column shows. */
  warehouseId?: string;
  /** The one column the buyer fills in (left unlocked and highlighted by the exporter). */
  input: boolean;
}

export interface PriceListWarehouse {
  id: string;
  name: string;
}

/**
 * Number formats. SKUs are text ("@") so Excel keeps leading zeros of "000123". Quantities use
 * General: "#,##0.###" would show a dangling decimal point on whole numbers. Prices show 2 to 4
 * decimals (prices are kept with 4). VAT is a fraction shown as a percentage (0.2 → 20%).
 */
export const PRICE_LIST_FORMATS: Record<PriceListCellKind, string> = {
  text: '@',
  quantity: 'General',
  money: '#,##0.00##',
  percent: '0%',
  date: 'dd.mm.yyyy',
};

type FixedColumn = Omit<PriceListColumn, 'numFmt' | 'input' | 'warehouseId'>;

const BEFORE_STOCK: readonly FixedColumn[] = [
  { key: 'sku', header: { ru: 'Артикул', en: 'SKU' }, width: 16, kind: 'text' },
  { key: 'name', header: { ru: 'Наименование', en: 'Name' }, width: 50, kind: 'text' },
  { key: 'unit', header: { ru: 'Ед. изм.', en: 'Unit' }, width: 8, kind: 'text' },
  { key: 'packaging', header: { ru: 'Упаковка', en: 'Packaging' }, width: 16, kind: 'text' },
  { key: 'multiplicity', header: { ru: 'Кратность', en: 'Multiple of' }, width: 10, kind: 'quantity' },
  { key: 'minQuantity', header: { ru: 'Мин. заказ', en: 'Min. order' }, width: 10, kind: 'quantity' },
  { key: 'price', header: { ru: 'Ваша цена', en: 'Your price' }, width: 14, kind: 'money' },
  { key: 'vatRate', header: { ru: 'НДС', en: 'VAT' }, width: 7, kind: 'percent' },
  { key: 'stockTotal', header: { ru: 'Остаток, всего', en: 'Stock, total' }, width: 12, kind: 'quantity' },
];

const AFTER_STOCK: readonly FixedColumn[] = [
  { key: 'nextIncomingDate', header: { ru: 'Поступление', en: 'Next incoming' }, width: 13, kind: 'date' },
  { key: 'quantity', header: { ru: 'Количество', en: 'Quantity' }, width: 12, kind: 'quantity' },
];

function column(fixed: FixedColumn): PriceListColumn {
  return { ...fixed, numFmt: PRICE_LIST_FORMATS[fixed.kind], input: fixed.key === 'quantity' };
}

/**
 * The columns in order, with one stock column per warehouse (in the order given — the caller passes
 * the warehouses the buyer may order from, sorted as the storefront shows them). Quantity is last so
 * a buyer tabbing through a row ends where he types.
 */
export function priceListColumns(warehouses: readonly PriceListWarehouse[]): PriceListColumn[] {
  const stock = warehouses.map((warehouse): PriceListColumn => ({
    key: 'warehouseStock',
    header: { ru: `Остаток: ${warehouse.name}`, en: `Stock: ${warehouse.name}` },
    width: Math.min(Math.max(warehouse.name.length + 9, 12), 24),
    kind: 'quantity',
    numFmt: PRICE_LIST_FORMATS.quantity,
    warehouseId: warehouse.id,
    input: false,
  }));
  return [...BEFORE_STOCK.map(column), ...stock, ...AFTER_STOCK.map(column)];
}

/** The header row texts in the buyer's language. */
export function priceListHeaders(columns: readonly PriceListColumn[], locale: PriceListLocale): string[] {
  return columns.map((c) => c.header[locale]);
}

/** Excel column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = Math.floor(index) + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
