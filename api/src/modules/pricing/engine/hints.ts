import { roundPrice, type Dec } from '../../../common/money/decimal';
import { queryFailure } from './applicability';
import { planFor, runPlan } from './plan';
import type { CandidateSet, PreparedPricing, PreparedRule } from './prepared-types';
import type { PriceHint } from './price-result';
import { TierBasis, type PriceQuery, type PricingProduct, type ProductPriceEntries } from './rule-types';
import { walk, type WalkOutcome } from './walk';

/** A catalog row has room for a few hints; each costs one more run of the engine. */
export const MAX_HINTS = 3;
export const MAX_HINT_RUNS = 6;

const NO_HINTS: readonly PriceHint[] = Object.freeze([]);

/**
 * "From 100 pcs: 91.20": the quantities above the current one where the price may drop — the base
 * price type's quantity tiers and the higher steps of tiered rules whose other conditions hold (also
 * rules skipped only for being below their first step) — each priced by re-running the engine there.
 * A LINE_AMOUNT step becomes the whole quantity whose line reaches it at the current base price.
 * Kept: ascending by quantity, each strictly cheaper than the current price and the previous hint.
 * `set` is the product's candidate set (candidateSet): hints run its compiled plans.
 */
export function computeHints(
  p: PreparedPricing,
  set: CandidateSet,
  product: PricingProduct,
  entries: ProductPriceEntries,
  query: PriceQuery,
  current: WalkOutcome,
  currentPrice: Dec | null,
): readonly PriceHint[] {
  const quantities = hintQuantities(set.rules, entries, query, current);
  if (quantities.length === 0) return NO_HINTS;
  const hints: PriceHint[] = [];
  let bound = currentPrice;
  for (let i = 0, runs = 0; i < quantities.length && runs < MAX_HINT_RUNS && hints.length < MAX_HINTS; i++) {
    const fromQuantity = quantities[i];
    if (i > 0 && fromQuantity.eq(quantities[i - 1])) continue;
    runs++;
    // The price only: the compiled plan of this quantity (shared by every product of the set).
    const at = { ...query, quantity: fromQuantity };
    const plan = planFor(set, at);
    const outcome =
      plan === null ? walk(p, set.rules, product, entries, at, null) : runPlan(plan, p, product, entries, at);
    if (outcome.price === null) continue;
    const price = roundPrice(outcome.price.toDec());
    if (bound === null || price.cmp(bound) < 0) {
      hints.push({ fromQuantity, price });
      bound = price;
    }
  }
  return hints;
}

/** Candidate quantities above the current one, ascending (duplicates left for the caller to skip). */
function hintQuantities(
  candidates: readonly PreparedRule[],
  entries: ProductPriceEntries,
  query: PriceQuery,
  current: WalkOutcome,
): Dec[] {
  const q = query.quantity;
  const out: Dec[] = [];
  for (const tier of entries.get(current.baseType.id) ?? []) {
    if (tier.minQuantity.cmp(q) > 0) out.push(tier.minQuantity);
  }
  const atMs = query.at.getTime();
  const base = current.baseTier?.price ?? null;
  for (const r of candidates) {
    if (r.basis === null || r.contractFailure !== null) continue;
    if (queryFailure(r, atMs, query.warehouseId, query.orderAmount) !== null) continue;
    if (r.basis === TierBasis.QUANTITY) {
      for (const step of r.steps) if (step.from!.cmp(q) > 0) out.push(step.from!);
    } else if (base !== null && base.isPositive() && !base.isZero()) {
      const line = base.times(q);
      for (const step of r.steps) {
        if (step.from!.cmp(line) > 0) out.push(step.from!.div(base).ceil());
      }
    }
  }
  return out.length > 1 ? out.sort((a, b) => a.cmp(b)) : out;
}
