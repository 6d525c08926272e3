import { Dec, roundAmount } from '../../common/money/decimal';

/**
 * Money of cart and order lines, in one place. A price is per base unit and either includes VAT
 * (the usual Russian B2B price) or not; the line amount is rounded once to kopecks and the VAT is
 * taken from (or added to) that rounded amount, so lines, totals and documents agree.
 */
export interface PricedLine {
  baseQuantity: Dec;
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
  const raw = roundAmount(line.price.times(line.baseQuantity));
  const rate = line.vatRate ?? new Dec(0);
  if (line.vatIncluded) {
    const vat = roundAmount(raw.times(rate).div(rate.plus(100)));
    return { amount: raw, vatAmount: vat, net: raw.minus(vat) };
  }
  const vat = roundAmount(raw.times(rate).div(100));
  return { amount: raw.plus(vat), vatAmount: vat, net: raw };
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
