import Decimal from 'decimal.js';

import { plainNumberText } from './quantity-text';

/**
 * Money amounts typed by a person (order limits, credit limits), read with the same rules as
 * quantities ("150 000,50" = "150000.50"; see quantity-text.ts), checked against the API's amount
 * columns — numeric(19,2): at most 17 digits before the decimal point and 2 after — and kept as a
 * plain decimal string: a typed amount never becomes a JS number.
 */
export const AMOUNT_MAX_INTEGER_DIGITS = 17;
export const AMOUNT_MAX_FRACTION_DIGITS = 2;

export type AmountTextProblem = 'NOT_A_NUMBER' | 'NEGATIVE' | 'NOT_POSITIVE' | 'TOO_LARGE' | 'TOO_PRECISE';

/** `value` is null for empty text: "no amount" (e.g. no limit). */
export type AmountTextResult = { ok: true; value: string | null } | { ok: false; problem: AmountTextProblem };

export interface AmountTextOptions {
  /** Zero is a valid amount (a credit limit of 0 = no credit); otherwise it must be positive. */
  allowZero?: boolean;
}

/** Parses an amount typed into a form field. Never throws. */
export function parseAmountText(text: string, { allowZero = false }: AmountTextOptions = {}): AmountTextResult {
  if (text.trim() === '') return { ok: true, value: null };
  const parsed = plainNumberText(text);
  if (parsed === null) return { ok: false, problem: 'NOT_A_NUMBER' };
  const value = new Decimal(parsed.plain);
  if (parsed.negative && !value.isZero()) return { ok: false, problem: 'NEGATIVE' };
  if (value.isZero() && !allowZero) return { ok: false, problem: 'NOT_POSITIVE' };
  if (value.trunc().toFixed().length > AMOUNT_MAX_INTEGER_DIGITS) return { ok: false, problem: 'TOO_LARGE' };
  if (value.decimalPlaces() > AMOUNT_MAX_FRACTION_DIGITS) return { ok: false, problem: 'TOO_PRECISE' };
  return { ok: true, value: value.toFixed() };
}
