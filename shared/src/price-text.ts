import Decimal from 'decimal.js';

import { cellText } from './pricelist-import';
import { plainNumberText } from './quantity-text';

/**
 * Prices typed by staff (the price-entry grid, tiers, the Excel upload) read with the same number
 * rules as quantities ("1 250,50" = "1250.50"), checked against the price columns — numeric(19,4):
 * at most 15 digits before the decimal point and 4 after — and kept as plain decimal strings.
 */
export const PRICE_MAX_INTEGER_DIGITS = 15;
export const PRICE_MAX_FRACTION_DIGITS = 4;

export type PriceTextProblem = 'EMPTY' | 'NOT_A_NUMBER' | 'NEGATIVE' | 'TOO_LARGE' | 'TOO_PRECISE';
export type PriceTextResult = { ok: true; value: string } | { ok: false; problem: PriceTextProblem };

/** A price (zero allowed: a free item is a price too). Never throws. */
export function parsePriceText(text: string): PriceTextResult {
  if (text.trim() === '') return { ok: false, problem: 'EMPTY' };
  const parsed = plainNumberText(text);
  if (parsed === null) return { ok: false, problem: 'NOT_A_NUMBER' };
  const value = new Decimal(parsed.plain);
  if (parsed.negative && !value.isZero()) return { ok: false, problem: 'NEGATIVE' };
  if (value.trunc().toFixed().length > PRICE_MAX_INTEGER_DIGITS) return { ok: false, problem: 'TOO_LARGE' };
  if (value.decimalPlaces() > PRICE_MAX_FRACTION_DIGITS) return { ok: false, problem: 'TOO_PRECISE' };
  return { ok: true, value: value.toFixed() };
}

/** A price from a spreadsheet cell: a number cell is taken as its shortest decimal text. */
export function priceFromCell(value: unknown): PriceTextResult {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, problem: 'NOT_A_NUMBER' };
    return parsePriceText(new Decimal(value).toFixed());
  }
  return parsePriceText(cellText(value));
}

export interface PriceTierText {
  from: string;
  price: string;
}

export type TiersTextResult =
  | { ok: true; tiers: PriceTierText[] }
  | { ok: false; problem: 'BAD_STEP' | 'DUPLICATE_FROM' | 'FROM_NOT_POSITIVE' | PriceTextProblem; step: string };

/**
 * Quantity tiers as one line of text, as the grid and the sheet show them: "10: 950; 100: 900"
 * (from 10 units 950, from 100 units 900). Sorted by `from`; a repeated `from` is an error.
 */
export function parseTiersText(text: string): TiersTextResult {
  const tiers: PriceTierText[] = [];
  for (const raw of text.split(/[;\n]/)) {
    const step = raw.trim();
    if (!step) continue;
    const match = /^([^:=]+)[:=](.+)$/.exec(step);
    if (!match) return { ok: false, problem: 'BAD_STEP', step };
    const from = parsePriceText(match[1]);
    if (!from.ok) return { ok: false, problem: from.problem, step };
    if (new Decimal(from.value).lte(0)) return { ok: false, problem: 'FROM_NOT_POSITIVE', step };
    const price = parsePriceText(match[2]);
    if (!price.ok) return { ok: false, problem: price.problem, step };
    if (tiers.some((t) => new Decimal(t.from).eq(from.value))) return { ok: false, problem: 'DUPLICATE_FROM', step };
    tiers.push({ from: from.value, price: price.value });
  }
  tiers.sort((a, b) => new Decimal(a.from).cmp(b.from));
  return { ok: true, tiers };
}

/** The inverse of parseTiersText: "10: 950; 100: 900" with plain decimals (no trailing zeros). */
export function formatTiersText(tiers: readonly PriceTierText[]): string {
  return tiers.map((t) => `${new Decimal(t.from).toFixed()}: ${new Decimal(t.price).toFixed()}`).join('; ');
}

/** Columns of the staff price-entry sheet (export writes them, upload finds them by header). */
export const PRICE_ENTRY_SHEET_HEADERS = {
  ru: ['Артикул', 'Наименование', 'Тип цены', 'Упаковка', 'Цена', 'Ступени'],
  en: ['SKU', 'Name', 'Price type', 'Packaging', 'Price', 'Tiers'],
} as const;

export interface PriceEntrySheetRow {
  /** 1-based row number in the sheet (header is row 1). */
  row: number;
  sku: string;
  priceTypeCode: string;
  packagingCode: string;
  price: string;
  tiers: PriceTierText[];
}

export interface PriceEntrySheetError {
  row: number;
  field: 'sku' | 'priceTypeCode' | 'price' | 'tiers' | 'header';
  message: string;
}

const HEADER_KEYS: Record<string, keyof Omit<PriceEntrySheetRow, 'row'> | 'name'> = {};
for (const headers of Object.values(PRICE_ENTRY_SHEET_HEADERS)) {
  const keys = ['sku', 'name', 'priceTypeCode', 'packagingCode', 'price', 'tiers'] as const;
  headers.forEach((h, i) => (HEADER_KEYS[h.toLowerCase()] = keys[i]));
}

/**
 * Reads the sheet (the 2-D cell array SheetJS gives with `header: 1`): the first row is the header
 * (ru or en names, any order), every other non-empty row an entry. Errors name the row and field.
 */
export function readPriceEntrySheet(cells: readonly (readonly unknown[])[]): {
  rows: PriceEntrySheetRow[];
  errors: PriceEntrySheetError[];
} {
  const rows: PriceEntrySheetRow[] = [];
  const errors: PriceEntrySheetError[] = [];
  const header = (cells[0] ?? []).map((c) => HEADER_KEYS[cellText(c).toLowerCase()]);
  const col = (key: string) => header.indexOf(key as never);
  for (const key of ['sku', 'priceTypeCode', 'price'] as const) {
    if (col(key) < 0) {
      errors.push({ row: 1, field: 'header', message: `column "${key}" not found` });
    }
  }
  if (errors.length) return { rows, errors };
  const text = (line: readonly unknown[], key: string) => {
    const i = col(key);
    return i < 0 ? '' : cellText(line[i]);
  };
  cells.slice(1).forEach((line, index) => {
    const row = index + 2;
    if (line.every((c) => cellText(c) === '')) return;
    const sku = text(line, 'sku');
    if (!sku) errors.push({ row, field: 'sku', message: 'empty SKU' });
    const priceTypeCode = text(line, 'priceTypeCode');
    if (!priceTypeCode) errors.push({ row, field: 'priceTypeCode', message: 'empty price type code' });
    const price = priceFromCell(line[col('price')]);
    if (!price.ok) errors.push({ row, field: 'price', message: `price: ${price.problem}` });
    const tiers = parseTiersText(text(line, 'tiers'));
    if (!tiers.ok) errors.push({ row, field: 'tiers', message: `tiers: ${tiers.problem} in "${tiers.step}"` });
    if (sku && priceTypeCode && price.ok && tiers.ok) {
      rows.push({
        row,
        sku,
        priceTypeCode,
        packagingCode: text(line, 'packagingCode'),
        price: price.value,
        tiers: tiers.tiers,
      });
    }
  });
  return { rows, errors };
}
