import Decimal from 'decimal.js';

/**
 * Merging quick-order (or Excel) lines after the caller resolved each SKU or barcode to a product:
 * "ABC-1 10" on line 3 and "abc-1 5" on line 40 become one cart line of 15 that remembers both lines,
 * so the report can point at every source line.
 */

// 18 digits of numeric(18,6) summed 5,000 times still fits in 40 significant digits.
const Sum = Decimal.clone({ precision: 40, toExpNeg: -30, toExpPos: 40 });

export interface ResolvedOrderLine {
  /** Source line (quick order) or row (Excel), 1-based. */
  line: number;
  productId: string;
  /**
   * The unit the quantity is in. Resolve "no unit typed" to the product's base unit first, so that
   * "ABC-1 10" and "ABC-1 5 шт" merge when шт is the base unit; different units never merge here
   * (converting packages to base units is the cart's business).
   */
  unitId: string | null;
  /** Plain decimal, positive (as parseQuickOrder gives it). */
  quantity: string;
}

export interface MergedOrderLine {
  productId: string;
  unitId: string | null;
  /** The sum, plain decimal. */
  quantity: string;
  /** Every source line, ascending. */
  lines: number[];
}

/**
 * Same product and same unit → one line with the quantities summed. The result is ordered by each
 * group's first source line, whatever the order of the input.
 */
export function mergeResolvedLines(lines: readonly ResolvedOrderLine[]): MergedOrderLine[] {
  const groups = new Map<string, { productId: string; unitId: string | null; sum: Decimal; lines: number[] }>();
  for (const l of lines) {
    // JSON keeps product and unit apart even if an id contained the separator.
    const key = JSON.stringify([l.productId, l.unitId]);
    const group = groups.get(key);
    if (group) {
      group.sum = group.sum.plus(new Sum(l.quantity));
      group.lines.push(l.line);
    } else {
      groups.set(key, { productId: l.productId, unitId: l.unitId, sum: new Sum(l.quantity), lines: [l.line] });
    }
  }
  return [...groups.values()]
    .map((g) => ({
      productId: g.productId,
      unitId: g.unitId,
      quantity: g.sum.toFixed(),
      lines: g.lines.sort((a, b) => a - b),
    }))
    .sort(
      (a, b) => a.lines[0] - b.lines[0] || compare(a.productId, b.productId) || compare(a.unitId ?? '', b.unitId ?? ''),
    );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
