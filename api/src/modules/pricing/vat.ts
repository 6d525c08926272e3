import { Dec, roundAmount } from '../../common/money/decimal';

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
