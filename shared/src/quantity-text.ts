import Decimal from 'decimal.js';

/**
 * Quantities as people type them and as spreadsheets hold them, turned into a plain decimal string
 * ("1000.5"). Shared by the quick order parser and the Excel upload so both read "1,5" the same way.
 *
 * Rules (see docs/ordering.md):
 * - a single comma or dot is the decimal point ("1,5" = "1.5"; "1,000" = 1 as 1C prints it);
 * - spaces, no-break spaces and apostrophes group thousands only in valid groups of three
 *   ("1 000", "12 345,5"); "10 00" is not a number;
 * - both a comma and a dot, or two of the same, are unambiguous: the last distinct one is the
 *   decimal point ("1,000.5", "1.000,5", "1,000,000");
 * - at most 12 integer and 6 fraction digits (numeric(18,6), the quantity column).
 */
export const QUANTITY_MAX_INTEGER_DIGITS = 12;
export const QUANTITY_MAX_FRACTION_DIGITS = 6;

export type QuantityTextProblem = 'EMPTY' | 'NOT_A_NUMBER' | 'NOT_POSITIVE' | 'TOO_LARGE' | 'TOO_PRECISE';

export type QuantityTextResult = { ok: true; value: string } | { ok: false; problem: QuantityTextProblem };

const GROUP = "[ \\u00a0\\u2007\\u202f'’]";
const PATTERNS: readonly RegExp[] = [
  /^\d+(?:[.,]\d*)?$/, // 10, 10,5, 10.5, "10." at the end of a sentence
  /^[.,]\d+$/, // ,5
  new RegExp(`^\\d{1,3}(?:${GROUP}\\d{3})+(?:[.,]\\d+)?$`, 'u'), // 1 000, 1 000,5
  /^\d{1,3}(?:,\d{3})+\.\d+$/, // 1,000.5
  /^\d{1,3}(?:,\d{3}){2,}$/, // 1,000,000
  /^\d{1,3}(?:\.\d{3})+,\d+$/, // 1.000,5
  /^\d{1,3}(?:\.\d{3}){2,}$/, // 1.000.000
];
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const MINUS = /^[-−–]/;
const NUMERIC_LOOKING = /^[+\-−–]?[\d \u00a0\u2007\u202f'’.,]*\d[\d \u00a0\u2007\u202f'’.,]*$/u;

/** True when the text is shaped like a number (even a bad one: "0", "-5", "10 00"). */
export function looksLikeNumber(text: string): boolean {
  return NUMERIC_LOOKING.test(text.replace(INVISIBLE, '').trim());
}

function toPlain(body: string): string | null {
  if (!PATTERNS.some((p) => p.test(body))) return null;
  const separators = body.replace(/[^.,]/g, '');
  const lastSep = separators.length === 0 ? '' : separators[separators.length - 1];
  // The decimal point is the last separator when it occurs once and differs from the others.
  const decimalSep = lastSep && separators.indexOf(lastSep) === separators.length - 1 ? lastSep : '';
  let digits = body.replace(new RegExp(`${GROUP}`, 'gu'), '');
  if (decimalSep) {
    const at = digits.lastIndexOf(decimalSep);
    digits = `${digits.slice(0, at).replace(/[.,]/g, '')}.${digits.slice(at + 1)}`;
  } else {
    digits = digits.replace(/[.,]/g, '');
  }
  if (digits.startsWith('.')) digits = `0${digits}`;
  if (digits.endsWith('.')) digits = digits.slice(0, -1);
  return digits;
}

/**
 * A number as a person types it ("12 345,5", "1,000.5", "-5") in plain notation ("12345.5") and its
 * sign; null for empty text or text that is not a number. The rules above; shared with amount-text.
 */
export function plainNumberText(text: string): { negative: boolean; plain: string } | null {
  const trimmed = text.replace(INVISIBLE, '').trim();
  if (trimmed === '') return null;
  const negative = MINUS.test(trimmed);
  const plain = toPlain(trimmed.replace(/^[+\-−–]/, '').trim());
  return plain === null ? null : { negative, plain };
}

/** Parses one quantity typed by a person. Never throws. */
export function parseQuantityText(text: string): QuantityTextResult {
  if (text.replace(INVISIBLE, '').trim() === '') return { ok: false, problem: 'EMPTY' };
  const parsed = plainNumberText(text);
  if (parsed === null) return { ok: false, problem: 'NOT_A_NUMBER' };
  const { negative, plain } = parsed;
  const value = new Decimal(plain);
  if (negative || value.isZero()) return { ok: false, problem: 'NOT_POSITIVE' };
  if (value.trunc().toFixed().length > QUANTITY_MAX_INTEGER_DIGITS) return { ok: false, problem: 'TOO_LARGE' };
  if (value.decimalPlaces() > QUANTITY_MAX_FRACTION_DIGITS) return { ok: false, problem: 'TOO_PRECISE' };
  return { ok: true, value: value.toFixed() };
}

/**
 * A quantity from a spreadsheet cell as SheetJS gives it: numbers (binary floats — Excel keeps 15
 * significant digits, so 0.1+0.2 stored as 0.30000000000000004 is read back as 0.3), strings
 * (typed as text, "1,5"), empty cells. Anything else (booleans, dates, objects) is not a quantity.
 */
export function quantityFromCell(value: unknown): QuantityTextResult {
  if (value === null || value === undefined) return { ok: false, problem: 'EMPTY' };
  if (typeof value === 'string') return parseQuantityText(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, problem: 'NOT_A_NUMBER' };
  const text = new Decimal(value.toPrecision(15)).toFixed();
  return parseQuantityText(text);
}

const PROBLEM_MESSAGES: Record<QuantityTextProblem, string> = {
  EMPTY: 'No quantity',
  NOT_A_NUMBER: 'is not a number',
  NOT_POSITIVE: 'Quantity must be greater than zero',
  TOO_LARGE: `Quantity is too large (at most ${QUANTITY_MAX_INTEGER_DIGITS} digits before the decimal point)`,
  TOO_PRECISE: `Quantity has more than ${QUANTITY_MAX_FRACTION_DIGITS} decimal places`,
};

/** An English message for a problem; the UI translates by the problem code. */
export function quantityProblemMessage(problem: QuantityTextProblem, text: string): string {
  return problem === 'NOT_A_NUMBER' ? `"${text}" ${PROBLEM_MESSAGES[problem]}` : PROBLEM_MESSAGES[problem];
}
