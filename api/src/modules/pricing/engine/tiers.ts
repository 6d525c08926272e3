import type { Dec } from '../../../common/money/decimal';
import { Exact } from '../../../common/money/exact';
import type { PriceTier } from './rule-types';

/**
 * The unit price of a price type for a quantity: the tier with the highest minQuantity ≤ quantity.
 * A lowest tier from 0 or 1 is the basic price and also covers smaller (fractional or zero) quantities,
 * so "from 1 pc" does not leave 0.5 kg without a price. Equal minQuantity (bad data): the lower price.
 * Tiers may come in any order. null = no price for this quantity.
 */
export function tierPrice(tiers: readonly PriceTier[] | undefined, quantity: Dec): Dec | null {
  return tierAt(tiers, quantity)?.price ?? null;
}

/** The tier tierPrice takes its price from; null = none. */
export function tierAt(tiers: readonly PriceTier[] | undefined, quantity: Dec): PriceTier | null {
  if (tiers === undefined) return null;
  // Most entries are one basic price from 0: it applies to every quantity (and Dec.cmp allocates).
  if (tiers.length === 1 && tiers[0].minQuantity.isZero()) return tiers[0];
  let best: PriceTier | null = null;
  let lowest: PriceTier | null = null;
  for (let i = 0; i < tiers.length; i++) {
    const tier = tiers[i];
    if (lowest === null || isBefore(tier, lowest)) lowest = tier;
    if (tier.minQuantity.cmp(quantity) <= 0 && (best === null || isBefore(best, tier))) best = tier;
  }
  if (best !== null) return best;
  return lowest !== null && lowest.minQuantity.cmp(1) <= 0 ? lowest : null;
}

/** A tier's price as an Exact: the one the tier carries, else converted. */
export function tierExact(tier: PriceTier): Exact {
  return tier.exact ?? Exact.fromDec(tier.price);
}

/** Tier order: by minQuantity; on a tie the cheaper one counts as the later (it wins). */
function isBefore(a: PriceTier, b: PriceTier): boolean {
  const c = a.minQuantity.cmp(b.minQuantity);
  return c < 0 || (c === 0 && a.price.cmp(b.price) > 0);
}

/** A step of a rule with its value and precomputed multiplier. */
export interface PreparedStep {
  /** null for an untiered rule. */
  from: Dec | null;
  value: Dec;
  /** PERCENT_DISCOUNT: 1 − v/100; PERCENT_MARKUP and PRICE_TYPE_RELATIVE: 1 + v/100; else v (the fixed price). */
  factor: Exact;
}

/** The step with the highest `from` ≤ basis (steps sorted ascending); null = below the first step. */
export function selectStep(steps: readonly PreparedStep[], basis: Dec): PreparedStep | null {
  for (let i = steps.length - 1; i >= 0; i--) {
    const from = steps[i].from;
    if (from === null || from.cmp(basis) <= 0) return steps[i];
  }
  return null;
}
