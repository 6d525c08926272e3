import Decimal from 'decimal.js';

/**
 * Units and multiplicity (кратность), shared by the API and the storefront so that both round a
 * quantity the same way. Everything is Decimal: tons and metres are fractional, floats are not exact.
 */
export const Qty = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Qty = Decimal;
export type QtyValue = Decimal.Value;

export interface QuantityRules {
  /** Decimal places the base unit allows: 0 for pieces, 3 for tons (kg), 2 for metres (cm)… */
  unitScale: number;
  /** Order step (multiplicity) in base units, e.g. 200 for a box of 200, 0.5 for half a ton. */
  step: QtyValue;
  /** Minimum order quantity in base units. */
  minQuantity: QtyValue;
}

export interface Packaging {
  code: string;
  /** Base units in one package, e.g. 200 (pieces in a box) or 100 (metres in a coil). */
  factor: QtyValue;
}

export type RoundingMode = 'roundUp' | 'reject';

export type QuantityProblem = 'NOT_POSITIVE' | 'TOO_PRECISE' | 'BELOW_MINIMUM' | 'NOT_MULTIPLE' | 'UNKNOWN_PACKAGING';

export type QuantityCheck =
  | { ok: true; quantity: Qty; adjusted: boolean; problem: QuantityProblem | null; message: string | null }
  | { ok: false; problem: QuantityProblem; message: string; suggested: Qty | null };

function q(value: QtyValue): Qty {
  return new Qty(value);
}

/** The smallest valid quantity ≥ minimum: the minimum rounded up to a whole number of steps. */
export function smallestValidQuantity(rules: QuantityRules): Qty {
  const step = q(rules.step);
  const min = Qty.max(q(rules.minQuantity), step);
  return min.div(step).ceil().times(step);
}

/** The nearest valid quantity at or above `quantity` (never below the minimum). */
export function roundUpQuantity(quantity: QtyValue, rules: QuantityRules): Qty {
  const step = q(rules.step);
  const up = q(quantity).div(step).ceil().times(step);
  return Qty.max(up, smallestValidQuantity(rules));
}

function describe(value: Qty): string {
  return value.toFixed();
}

/**
 * Checks a quantity in base units against the unit's precision, the minimum and the step.
 * `roundUp` gives the nearest valid quantity above (and says why it changed); `reject` refuses
 * with the reason and the suggestion, which is what the API does for an order line.
 */
export function checkQuantity(quantity: QtyValue, rules: QuantityRules, mode: RoundingMode): QuantityCheck {
  const value = q(quantity);
  const step = q(rules.step);
  const min = q(rules.minQuantity);
  if (!step.isFinite() || step.lte(0)) throw new Error('step must be positive');
  if (value.isNaN() || value.lte(0)) {
    return { ok: false, problem: 'NOT_POSITIVE', message: 'Quantity must be greater than zero', suggested: null };
  }
  let problem: QuantityProblem | null = null;
  let message: string | null = null;
  if (value.decimalPlaces() > rules.unitScale) {
    problem = 'TOO_PRECISE';
    message =
      rules.unitScale === 0
        ? 'This unit is sold in whole numbers only'
        : `This unit allows at most ${rules.unitScale} decimal places`;
  } else if (value.lt(min)) {
    problem = 'BELOW_MINIMUM';
    message = `The minimum order quantity is ${describe(min)}`;
  } else if (!value.mod(step).isZero()) {
    problem = 'NOT_MULTIPLE';
    message = `The quantity must be a multiple of ${describe(step)}`;
  }
  if (!problem) return { ok: true, quantity: value, adjusted: false, problem: null, message: null };
  const suggested = roundUpQuantity(value, rules);
  if (mode === 'reject') {
    return {
      ok: false,
      problem,
      message: `${message}; the nearest valid quantity is ${describe(suggested)}`,
      suggested,
    };
  }
  return {
    ok: true,
    quantity: suggested,
    adjusted: true,
    problem,
    message: `${message}: rounded up to ${describe(suggested)}`,
  };
}

/** Quantity in a packaging unit → base units (2 boxes of 200 → 400 pieces). */
export function toBaseQuantity(quantity: QtyValue, packaging: Packaging | null | undefined): Qty {
  return packaging ? q(quantity).times(q(packaging.factor)) : q(quantity);
}

/** Base units → packaging units, exact (450 pieces in boxes of 200 → 2.25). */
export function fromBaseQuantity(base: QtyValue, packaging: Packaging): Qty {
  return q(base).div(q(packaging.factor));
}

/**
 * A quantity typed in any unit of the product (its base unit when `packagingCode` is empty),
 * converted to base units and checked. An unknown packaging code is refused.
 */
export function normalizeOrderQuantity(
  quantity: QtyValue,
  packagingCode: string | null | undefined,
  packagings: readonly Packaging[],
  rules: QuantityRules,
  mode: RoundingMode,
): QuantityCheck {
  let packaging: Packaging | undefined;
  if (packagingCode) {
    packaging = packagings.find((p) => p.code.toLowerCase() === packagingCode.toLowerCase());
    if (!packaging) {
      return {
        ok: false,
        problem: 'UNKNOWN_PACKAGING',
        message: `The product has no packaging "${packagingCode}"`,
        suggested: null,
      };
    }
  }
  let base: Qty;
  try {
    base = toBaseQuantity(quantity, packaging);
  } catch {
    return { ok: false, problem: 'NOT_POSITIVE', message: 'Quantity is not a number', suggested: null };
  }
  return checkQuantity(base, rules, mode);
}

/** True when the step and minimum respect the unit's precision (used when saving a product). */
export function rulesProblem(rules: QuantityRules): string | null {
  const step = q(rules.step);
  const min = q(rules.minQuantity);
  if (step.lte(0)) return 'The order step must be greater than zero';
  if (min.lt(0)) return 'The minimum order quantity must not be negative';
  if (step.decimalPlaces() > rules.unitScale)
    return `The order step has more decimals than the unit allows (${rules.unitScale})`;
  if (min.decimalPlaces() > rules.unitScale)
    return `The minimum has more decimals than the unit allows (${rules.unitScale})`;
  return null;
}
