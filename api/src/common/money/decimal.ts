import Decimal from 'decimal.js';

/**
 * The one Decimal for money and fractional quantities. Configured once here: 40 significant digits
 * (numeric(19,4) needs 19), banker's rounding is NOT used — commercial rounding (half up) is what
 * invoices in this market use.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = Decimal;

/**
 * A decimal already written as the Decimal scalar sends it — Dec's toFixed(): no exponent, no leading
 * zeros, no trailing zeros after the point (PostgreSQL's `trim_scale(x)::text`, Exact.toText()). Values
 * only shown (stock in the catalog table) skip the round trip through a Dec.
 */
export type DecimalText = string & { readonly __decimalText: true };

/** Whether `text` is written as DecimalText must be. */
export function isDecimalText(text: string): text is DecimalText {
  return CANONICAL.test(text) && text !== '-0';
}

const CANONICAL = /^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

/** A Dec written once as the scalar sends it, for a value kept and sent many times (a catalog row's price). */
export function decimalText(value: Dec): DecimalText {
  const text = value.toFixed();
  return (text === '-0' ? '0' : text) as DecimalText;
}

export function toDec(value: Decimal.Value): Dec {
  return new Dec(value);
}

/** Strict parse of user input: plain decimal notation only ("12.5", "-3", "0.0001"). */
const DECIMAL_PATTERN = /^-?\d{1,15}(\.\d{1,10})?$/;

export function parseDecimal(raw: string): Dec | null {
  const text = raw.trim();
  if (!DECIMAL_PATTERN.test(text)) return null;
  return new Dec(text);
}

/** Prices are kept with 4 decimals, totals with 2; this is the only place that rounds them. */
export const PRICE_SCALE = 4;
export const AMOUNT_SCALE = 2;

export function roundPrice(value: Dec): Dec {
  return value.toDecimalPlaces(PRICE_SCALE, Dec.ROUND_HALF_UP);
}

export function roundAmount(value: Dec): Dec {
  return value.toDecimalPlaces(AMOUNT_SCALE, Dec.ROUND_HALF_UP);
}
