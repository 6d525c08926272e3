import { Dec, PRICE_SCALE, roundAmount, roundPrice } from '../../common/money/decimal';
import { Exact } from '../../common/money/exact';

export interface VatSplit {
  /** Line amount without VAT. */
  net: Dec;
  /** VAT in the line amount. */
  vat: Dec;
  /** Line amount with VAT. */
  gross: Dec;
}

/**
 * Splits a line amount (already rounded to 2 places) into net, VAT and gross, in the price type's VAT
 * mode: included → VAT = amount × rate / (100 + rate); excluded → VAT = amount × rate / 100. The one
 * place VAT of a line is computed; VAT rounds half up to kopecks, and net + vat = gross exactly.
 * A null rate (not subject to VAT) gives zero VAT.
 */
export function splitVat(amount: Dec, rate: Dec | null, vatIncluded: boolean): VatSplit {
  const r = rate ?? new Dec(0);
  if (vatIncluded) {
    const vat = roundAmount(amount.times(r).div(r.plus(100)));
    return { net: amount.minus(vat), vat, gross: amount };
  }
  const vat = roundAmount(amount.times(r).div(100));
  return { net: amount, vat, gross: amount.plus(vat) };
}

/**
 * A unit price in the other VAT mode: with VAT → without (÷ (1 + rate/100)) or back (×), rounded like
 * prices (4 places, half up). Same mode or no rate: unchanged.
 */
export function unitPriceInVatMode(price: Dec, rate: Dec | null, fromIncluded: boolean, toIncluded: boolean): Dec {
  if (fromIncluded === toIncluded || rate === null || rate.isZero()) return price;
  const factor = rate.div(100).plus(1);
  return roundPrice(toIncluded ? price.times(factor) : price.div(factor));
}

/**
 * unitPriceInVatMode for a price already rounded to PRICE_SCALE, written as text (as Dec's toFixed()):
 * adding VAT is an exact product rounded once, the same number unitPriceInVatMode gives; taking VAT out
 * divides, and goes through it. `addVat` is 1 + rate/100 as an Exact (vatFactor), null for no rate.
 * Price lists write 200 000 prices: no decimal.js object for the common case.
 */
export function unitPriceTextInVatMode(
  price: Exact,
  rate: Dec | null,
  addVat: Exact | null,
  fromIncluded: boolean,
  toIncluded: boolean,
): string {
  if (fromIncluded === toIncluded || rate === null || rate.isZero()) return price.toText();
  if (toIncluded && addVat !== null) return price.times(addVat).rounded(PRICE_SCALE).toText();
  return unitPriceInVatMode(price.toDec(), rate, fromIncluded, toIncluded).toFixed();
}

/** 1 + rate/100 exactly, for unitPriceTextInVatMode. */
export function vatFactor(rate: Dec): Exact {
  return Exact.fromDec(rate).shift(2).plus(Exact.ONE);
}
