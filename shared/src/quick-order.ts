import { matchHeaderText } from './pricelist-import';
import { looksLikeNumber, parseQuantityText, quantityProblemMessage, type QuantityTextProblem } from './quantity-text';

/**
 * Quick order: lines of "SKU quantity [unit]" pasted from Excel, e-mails or 1C printouts. The
 * separator is detected per line (a paste mixes them); the rules are in docs/ordering.md. Pure and
 * total: any input gives lines and errors, never an exception.
 */

export interface QuickOrderLimits {
  maxLines: number;
  maxLineLength: number;
  maxSkuLength: number;
  maxUnitLength: number;
}

export const QUICK_ORDER_LIMITS: QuickOrderLimits = {
  maxLines: 5000,
  maxLineLength: 500,
  maxSkuLength: 100,
  maxUnitLength: 20,
};

export type QuickOrderErrorCode =
  | 'MISSING_SKU'
  | 'MISSING_QUANTITY'
  | 'BAD_QUANTITY'
  | 'BAD_UNIT'
  | 'TOO_MANY_FIELDS'
  | 'SKU_TOO_LONG'
  | 'LINE_TOO_LONG'
  | 'TOO_MANY_LINES';

export interface QuickOrderLine {
  /** 1-based line number in the pasted text. */
  line: number;
  /** As typed (trimmed); look it up by `normalizeSku(sku)`. */
  sku: string;
  /** Plain decimal ("1000.5"), positive. */
  quantity: string;
  unit: string | null;
  raw: string;
}

export interface QuickOrderError {
  line: number;
  code: QuickOrderErrorCode;
  message: string;
  /** Only for BAD_QUANTITY: what was wrong with it. */
  problem?: QuantityTextProblem;
  raw: string;
}

export interface QuickOrderParseResult {
  lines: QuickOrderLine[];
  errors: QuickOrderError[];
  /** True when the text had more than `maxLines` lines and parsing stopped (see TOO_MANY_LINES). */
  truncated: boolean;
}

type Fields =
  | { ok: true; sku: string; quantity: string; unit: string | null }
  | (Omit<QuickOrderError, 'line' | 'raw'> & { ok: false });

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
// Words people put between an SKU and its quantity in e-mails: "ABC-1 - 10", "ABC-1 x 10", "ABC-1: 10".
const FILLER = /^[-–—:=×*xх]$/iu;
const DIGITS = /^\d+$/;
const GLUED = /^([+\-−–]?[\d \u00a0\u2007\u202f'’.,]*\d)\s*(\p{L}[\p{L}\p{N}.²³]*)$/u;

const cells = (parts: readonly string[]) => parts.map((p) => p.trim()).filter((p) => p !== '');

/**
 * Words of a line separated by single spaces. The SKU is the first word (or the second when the line
 * starts with a quantity); after it, "1 000" or "1 000 000,5" are joined into one quantity.
 */
function tokens(line: string): string[] {
  const words = line
    .split(/\s+/u)
    .filter((w) => w !== '' && !FILLER.test(w))
    .map((w) => (w.length > 1 ? w.replace(/:$/, '') : w)); // "ABC-1: 10"
  const quantityFirst = words.length >= 2 && looksLikeNumber(words[0]) && !looksLikeNumber(words[1]);
  if (!quantityFirst && words.length > 2 && /^\d{1,3}$/.test(words[1])) {
    let end = 2;
    while (end < words.length && /^\d{3}$/.test(words[end])) end++;
    if (end < words.length && /^\d{3}[.,]\d+$/.test(words[end])) end++;
    if (end > 2) words.splice(1, end - 1, words.slice(1, end).join(' '));
  }
  return words;
}

/** "ABC-1,1,5" (no spaces): a unit is never a number, so two numbers after the SKU are one decimal. */
function commaCells(line: string): string[] {
  const parts = cells(line.split(','));
  if (parts.length >= 3 && DIGITS.test(parts[1]) && DIGITS.test(parts[2])) {
    parts.splice(1, 2, `${parts[1]},${parts[2]}`);
  }
  return parts;
}

/** The ways to split a line into fields, most specific first. */
function candidates(line: string): string[][] {
  if (line.includes('\t')) return [cells(line.split('\t'))];
  if (line.includes(';')) return [cells(line.split(';'))];
  if (!/\s/u.test(line)) return [line.includes(',') ? commaCells(line) : [line]];
  const result: string[][] = [];
  if (/\s,|,\s/u.test(line)) result.push(cells(line.split(/\s*,\s+|\s+,\s*/u)));
  if (/\s{2,}/u.test(line)) result.push(cells(line.split(/\s{2,}/u)));
  result.push(tokens(line));
  // "ABC-1,10 шт": the comma is glued to the SKU. Not for "ABC-1 1,5", where it is a decimal comma.
  if (/^[^\s,]+,/u.test(line)) result.push(commaCells(line));
  return result;
}

function interpret(fields: readonly string[], limits: QuickOrderLimits): Fields {
  // "- -": nothing left once the words between an SKU and its quantity are taken out.
  if (fields.length === 0) return { ok: false, code: 'MISSING_SKU', message: 'No SKU and no quantity' };
  if (fields.length === 1) {
    return looksLikeNumber(fields[0])
      ? { ok: false, code: 'MISSING_SKU', message: 'No SKU before the quantity' }
      : { ok: false, code: 'MISSING_QUANTITY', message: `No quantity after "${fields[0]}"` };
  }
  // Quantity first ("10 ABC-1") only when the second field is not a number too: numeric SKUs are common.
  const quantityFirst = looksLikeNumber(fields[0]) && !looksLikeNumber(fields[1]);
  const [sku, quantityText] = quantityFirst ? [fields[1], fields[0]] : [fields[0], fields[1]];
  let unit: string | null = fields[2] ?? null;
  if (fields.length > 3) {
    return {
      ok: false,
      code: 'TOO_MANY_FIELDS',
      message: 'Expected SKU, quantity and an optional unit; for wider tables upload an Excel file',
    };
  }
  if (sku.length > limits.maxSkuLength) {
    return { ok: false, code: 'SKU_TOO_LONG', message: `SKU is longer than ${limits.maxSkuLength} characters` };
  }
  let quantity = parseQuantityText(quantityText);
  const glued = GLUED.exec(quantityText);
  if (!quantity.ok && quantity.problem === 'NOT_A_NUMBER' && glued && unit === null) {
    quantity = parseQuantityText(glued[1]); // "10шт", "1,5 м"
    unit = glued[2];
  }
  if (!quantity.ok) {
    const message = quantityProblemMessage(quantity.problem, quantityText);
    return { ok: false, code: 'BAD_QUANTITY', message, problem: quantity.problem };
  }
  if (unit !== null && (looksLikeNumber(unit) || unit.length > limits.maxUnitLength)) {
    return { ok: false, code: 'BAD_UNIT', message: `"${unit.slice(0, limits.maxUnitLength)}" is not a unit` };
  }
  return { ok: true, sku, quantity: quantity.value, unit };
}

/**
 * The first split that reads as an order line wins. A number where the quantity belongs that is not
 * a valid quantity (zero, too precise…) ends the search: another split would only misread it.
 */
function parseLine(line: string, limits: QuickOrderLimits): Fields {
  let first: Fields | null = null;
  for (const fields of candidates(line)) {
    const attempt = interpret(fields, limits);
    if (attempt.ok) return attempt;
    if (attempt.code === 'BAD_QUANTITY' && attempt.problem !== 'NOT_A_NUMBER') return attempt;
    first ??= attempt;
  }
  return first as Fields;
}

/** A first line like "Артикул  Количество" copied with the table is not an order line. */
function isHeader(line: string): boolean {
  const keys = candidates(line)[0].map((f) => matchHeaderText(f)?.key);
  return (keys.includes('sku') || keys.includes('barcode')) && keys.includes('quantity');
}

export function parseQuickOrder(text: string, limits: Partial<QuickOrderLimits> = {}): QuickOrderParseResult {
  const lim: QuickOrderLimits = { ...QUICK_ORDER_LIMITS, ...limits };
  const result: QuickOrderParseResult = { lines: [], errors: [], truncated: false };
  const physical = text.split(/\r\n|\r|\n|\u2028|\u2029/);
  let counted = 0;
  for (let i = 0; i < physical.length; i++) {
    const line = i + 1;
    const raw = physical[i];
    if (raw.length > lim.maxLineLength && raw.trim() !== '') {
      if (++counted > lim.maxLines) return stop(result, line, raw, lim);
      const message = `Line is longer than ${lim.maxLineLength} characters`;
      result.errors.push({ line, code: 'LINE_TOO_LONG', message, raw: `${raw.slice(0, lim.maxLineLength)}…` });
      continue;
    }
    // Trailing separators come from e-mails ("ABC-1 10;") and from empty Excel cells.
    const clean = raw.replace(INVISIBLE, '').replace(/^[\s,;]+|[\s,;]+$/gu, '');
    if (clean === '' || clean.startsWith('#') || clean.startsWith('//')) continue;
    if (++counted > lim.maxLines) return stop(result, line, raw, lim);
    const parsed = parseLine(clean, lim);
    if (parsed.ok) {
      result.lines.push({ line, sku: parsed.sku, quantity: parsed.quantity, unit: parsed.unit, raw });
    } else if (counted === 1 && isHeader(clean)) {
      counted--;
    } else {
      const { ok: _ok, ...error } = parsed;
      result.errors.push({ line, ...error, raw });
    }
  }
  return result;
}

function stop(result: QuickOrderParseResult, line: number, raw: string, lim: QuickOrderLimits): QuickOrderParseResult {
  const message = `More than ${lim.maxLines} lines: split the list or upload an Excel file`;
  result.errors.push({ line, code: 'TOO_MANY_LINES', message, raw: raw.slice(0, lim.maxLineLength) });
  return { ...result, truncated: true };
}
