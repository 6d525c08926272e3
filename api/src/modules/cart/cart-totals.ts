import { Dec, roundAmount } from '../../common/money/decimal';
import { splitVat } from '../pricing/vat';

/**
 * Money of cart and order lines. A price is per line unit (a package, or the base unit) and either
 * includes VAT (the usual Russian B2B price) or not; the line amount is rounded once to kopecks and the
 * VAT split off it by the pricing module's splitVat (the one place VAT is computed), so lines, totals
 * and documents agree with the price quote.
 */
export interface PricedLine {
  /** In the line's unit. */
  quantity: Dec;
  price: Dec | null;
  vatIncluded: boolean;
  /** Percent (22 = 22 %); null = not subject to VAT. */
  vatRate: Dec | null;
}

export interface LineMoney {
  /** What the buyer pays for the line, VAT included. */
  amount: Dec;
  vatAmount: Dec;
  net: Dec;
}

export function lineMoney(line: PricedLine): LineMoney | null {
  if (!line.price) return null;
  const split = splitVat(roundAmount(line.price.times(line.quantity)), line.vatRate, line.vatIncluded);
  return { amount: split.gross, vatAmount: split.vat, net: split.net };
}

export interface VatBreakdownRow {
  /** null: without VAT. */
  rate: Dec | null;
  net: Dec;
  vat: Dec;
  amount: Dec;
}

export interface Totals {
  amount: Dec;
  vat: Dec;
  net: Dec;
  /** Lines without a price are not in the totals. */
  unpricedLines: number;
  vatBreakdown: VatBreakdownRow[];
}

export function totalsOf(lines: readonly PricedLine[]): Totals {
  const byRate = new Map<string, VatBreakdownRow>();
  let unpriced = 0;
  for (const line of lines) {
    const money = lineMoney(line);
    if (!money) {
      unpriced += 1;
      continue;
    }
    const key = line.vatRate ? line.vatRate.toFixed(2) : 'none';
    const row = byRate.get(key) ?? { rate: line.vatRate, net: new Dec(0), vat: new Dec(0), amount: new Dec(0) };
    row.net = row.net.plus(money.net);
    row.vat = row.vat.plus(money.vatAmount);
    row.amount = row.amount.plus(money.amount);
    byRate.set(key, row);
  }
  const vatBreakdown = [...byRate.values()].sort((a, b) => (b.rate?.toNumber() ?? -1) - (a.rate?.toNumber() ?? -1));
  const sum = (f: (r: VatBreakdownRow) => Dec) => vatBreakdown.reduce((s, r) => s.plus(f(r)), new Dec(0));
  return {
    amount: sum((r) => r.amount),
    vat: sum((r) => r.vat),
    net: sum((r) => r.net),
    unpricedLines: unpriced,
    vatBreakdown,
  };
}
