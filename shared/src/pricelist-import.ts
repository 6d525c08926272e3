import { columnLetter } from './pricelist-layout';
import { quantityFromCell, type QuantityTextResult } from './quantity-text';

/**
 * Recognising an uploaded sheet: our own price list or "any sheet with recognisable SKU and quantity
 * columns". Works on the 2-D array of cell values the caller read with SheetJS (`header: 1`).
 */

export type ImportColumnKey = 'sku' | 'barcode' | 'quantity' | 'unit' | 'name';

export const HEADER_SCAN_ROWS = 20;

/** Lower case, ё → е, letters and digits only: "Кол-во, шт." → "колвошт", "Art.No" → "artno". */
export function normalizeHeaderText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

// rank: lower wins when several columns qualify ("Артикул" beats "Код" for the SKU).
const EXACT: Record<ImportColumnKey, readonly (readonly string[])[]> = {
  sku: [
    ['артикул', 'арт', 'sku', 'art', 'artno', 'artnr', 'article', 'articleno', 'articlenumber', 'vendorcode'],
    ['кодтовара', 'кодноменклатуры', 'partnumber', 'partno', 'pn', 'mpn', 'productcode', 'itemcode', 'itemno'],
    ['код', 'code'],
  ],
  barcode: [['штрихкод', 'шк', 'ean', 'ean13', 'barcode', 'gtin']],
  quantity: [
    [
      'количество',
      'колво',
      'кол',
      'заказ',
      'заказать',
      'кзаказу',
      'qty',
      'quantity',
      'order',
      'orderqty',
      'orderquantity',
    ],
  ],
  unit: [['ед', 'едизм', 'единица', 'единицаизмерения', 'unit', 'units', 'uom', 'unitofmeasure']],
  name: [
    ['наименование', 'название', 'номенклатура', 'товар', 'name', 'productname', 'itemname', 'description', 'product'],
  ],
};

// Longer headers that start with a known word ("Количество, шт", "Артикул поставщика") rank after
// exact ones, unless they name something else that merely mentions a quantity.
const PREFIXES: readonly [ImportColumnKey, string][] = [
  ['sku', 'артикул'],
  ['sku', 'sku'],
  ['barcode', 'штрихкод'],
  ['quantity', 'количество'],
  ['quantity', 'колво'],
  ['quantity', 'quantity'],
  ['quantity', 'qty'],
  ['unit', 'едизм'],
  ['name', 'наименование'],
];
const NOT_ORDER_QUANTITY = /упак|мин|остат|налич|крат|резерв|pack|min|stock|step|multipl|avail|reserv/;

const EXACT_INDEX = new Map<string, { key: ImportColumnKey; rank: number }>();
for (const [key, ranks] of Object.entries(EXACT) as [ImportColumnKey, readonly (readonly string[])[]][]) {
  ranks.forEach((words, rank) => words.forEach((word) => EXACT_INDEX.set(word, { key, rank })));
}

/** Which import column a header cell names, and how surely (0 = surest). */
export function matchHeaderText(text: string): { key: ImportColumnKey; rank: number } | null {
  const norm = normalizeHeaderText(text);
  if (!norm) return null;
  const exact = EXACT_INDEX.get(norm);
  if (exact) return exact;
  if (NOT_ORDER_QUANTITY.test(norm)) return null;
  const prefix = PREFIXES.find(([, word]) => norm.startsWith(word));
  return prefix ? { key: prefix[0], rank: 10 } : null;
}

export function cellText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

export type HeaderColumns = { quantity: number } & Partial<Record<Exclude<ImportColumnKey, 'quantity'>, number>>;

export interface HeaderWarning {
  code: 'DUPLICATE_COLUMN';
  key: ImportColumnKey;
  message: string;
}

export type HeaderRecognition =
  | { ok: true; headerRowIndex: number; columns: HeaderColumns; warnings: HeaderWarning[] }
  | {
      ok: false;
      code: 'EMPTY_SHEET' | 'NO_HEADER' | 'NO_SKU_COLUMN' | 'NO_QUANTITY_COLUMN' | 'AMBIGUOUS_QUANTITY_COLUMN';
      message: string;
    };

type Matches = Map<ImportColumnKey, { rank: number; indexes: number[] }>;

function matchRow(row: readonly unknown[]): Matches {
  const matches: Matches = new Map();
  for (let i = 0; i < row.length; i++) {
    const m = matchHeaderText(cellText(row[i]));
    if (!m) continue;
    const best = matches.get(m.key);
    if (!best || m.rank < best.rank) matches.set(m.key, { rank: m.rank, indexes: [i] });
    else if (m.rank === best.rank) best.indexes.push(i);
  }
  return matches;
}

const letters = (indexes: readonly number[]) => indexes.map(columnLetter).join(', ');

/**
 * Finds the header row among the first `scanRows` rows: the first row naming an SKU (or barcode)
 * column and a quantity column. Title rows above it (company, date) are skipped. Row indexes are
 * 0-based positions in `rows`; messages speak Excel (row 3, column C).
 */
export function recognizePriceListHeader(
  rows: readonly (readonly unknown[])[],
  scanRows = HEADER_SCAN_ROWS,
): HeaderRecognition {
  const limit = Math.min(rows.length, scanRows);
  let skuRow = -1;
  let quantityRow = -1;
  let anyCell = false;
  for (let r = 0; r < limit; r++) {
    const row = rows[r] ?? [];
    if (!anyCell) anyCell = Array.from(row, cellText).some((t) => t !== '');
    const matches = matchRow(row);
    const skuKey = matches.has('sku') ? 'sku' : matches.has('barcode') ? 'barcode' : null;
    const qty = matches.get('quantity');
    if (skuKey && skuRow < 0) skuRow = r;
    if (qty && quantityRow < 0) quantityRow = r;
    if (!skuKey || !qty) continue;
    if (qty.indexes.length > 1) {
      return {
        ok: false,
        code: 'AMBIGUOUS_QUANTITY_COLUMN',
        message: `Row ${r + 1} has several quantity columns (${letters(qty.indexes)}); keep one of them`,
      };
    }
    const columns: HeaderColumns = { quantity: qty.indexes[0] };
    const warnings: HeaderWarning[] = [];
    for (const key of ['sku', 'barcode', 'unit', 'name'] as const) {
      const m = matches.get(key);
      if (!m) continue;
      columns[key] = m.indexes[0];
      if (m.indexes.length > 1) {
        const message = `Columns ${letters(m.indexes)} all look like "${key}"; column ${columnLetter(m.indexes[0])} is used`;
        warnings.push({ code: 'DUPLICATE_COLUMN', key, message });
      }
    }
    return { ok: true, headerRowIndex: r, columns, warnings };
  }
  if (!anyCell) return { ok: false, code: 'EMPTY_SHEET', message: 'The sheet is empty' };
  const where = `in the first ${scanRows} rows`;
  if (skuRow >= 0 && quantityRow < 0) {
    return {
      ok: false,
      code: 'NO_QUANTITY_COLUMN',
      message: `Found the SKU column in row ${skuRow + 1} but no quantity column ${where}; name it "Количество" or "Quantity"`,
    };
  }
  if (quantityRow >= 0 && skuRow < 0) {
    return {
      ok: false,
      code: 'NO_SKU_COLUMN',
      message: `Found the quantity column in row ${quantityRow + 1} but no SKU column ${where}; name it "Артикул" or "SKU"`,
    };
  }
  return {
    ok: false,
    code: 'NO_HEADER',
    message: `No header row with SKU and quantity columns ${where}; name them "Артикул" and "Количество" (or "SKU" and "Quantity")`,
  };
}

export interface PriceListOrderRow {
  /** Excel row number (1-based), for the row-by-row report. */
  rowNumber: number;
  sku: string | null;
  barcode: string | null;
  unit: string | null;
  name: string | null;
  quantity: QuantityTextResult;
}

/**
 * The rows below the header that the buyer filled in: a row with an empty quantity cell is simply not
 * ordered (the price list has the whole catalog); a row with a quantity but no SKU is reported.
 */
export function readOrderRows(
  rows: readonly (readonly unknown[])[],
  header: Extract<HeaderRecognition, { ok: true }>,
): PriceListOrderRow[] {
  const { columns } = header;
  const text = (row: readonly unknown[], index: number | undefined) =>
    index === undefined ? null : cellText(row[index]) || null;
  const result: PriceListOrderRow[] = [];
  for (let r = header.headerRowIndex + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const raw = row[columns.quantity];
    if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) continue;
    result.push({
      rowNumber: r + 1,
      sku: text(row, columns.sku),
      barcode: text(row, columns.barcode),
      unit: text(row, columns.unit),
      name: text(row, columns.name),
      quantity: quantityFromCell(raw),
    });
  }
  return result;
}
