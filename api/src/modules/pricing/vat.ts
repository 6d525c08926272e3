import { Dec, roundAmount, roundPrice } from '../../common/money/decimal';

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
