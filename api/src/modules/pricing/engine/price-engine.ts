import { PRICE_SCALE, roundPrice } from '../../../common/money/decimal';
import { candidateSet } from './candidates';
import { ExplanationRecorder } from './explanation';
import type { Exact } from '../../../common/money/exact';
import { computeHints } from './hints';
import { planFor, runPlan } from './plan';
import type { PreparedPricing } from './prepared-types';
import { ReasonCode, type PriceHint, type PriceOptions, type PriceResult, type PriceStep } from './price-result';
import type { PriceQuery, PricingProduct, ProductPriceEntries } from './rule-types';
import { walk } from './walk';

const NO_STEPS: readonly PriceStep[] = Object.freeze([]);
const NO_HINTS: readonly PriceHint[] = Object.freeze([]);

/**
 * The price of one product for a prepared contract (prepareRules), with its explanation and hints.
 * Deterministic: the same inputs give the same result whatever the order of rules, tiers or entries.
 * The final price is rounded once (roundPrice, 4 places, half up); everything before is exact.
 * For price lists pass { explain: false, hints: false }: the price is the same, only cheaper to get.
 */
export function priceFor(
  p: PreparedPricing,
  product: PricingProduct,
  entries: ProductPriceEntries,
  query: PriceQuery,
  options: PriceOptions = {},
): PriceResult {
  const candidates = candidateSet(p, product);
  const recorder = options.explain === false ? null : new ExplanationRecorder(p, query);
  // Without an explanation, a plan compiled once for all products with these rules does the walk's work.
  const plan = recorder === null ? planFor(candidates, query) : null;
  const outcome =
    plan === null
      ? walk(p, candidates.rules, product, entries, query, recorder)
      : runPlan(plan, p, product, entries, query);
  const unroundedPrice = outcome.price === null ? null : outcome.price.toDec();
  const finalPrice = unroundedPrice === null ? null : roundPrice(unroundedPrice);
  const hints =
    options.hints === false ? NO_HINTS : computeHints(p, candidates, product, entries, query, outcome, finalPrice);
  const type = outcome.baseType;
  return {
    productId: product.id,
    quantity: query.quantity,
    priceTypeId: type.id,
    priceTypeName: type.name,
    currency: type.currency,
    vatIncluded: type.vatIncluded,
    vatRate: product.vatRate,
    basePrice: outcome.baseTier?.price ?? null,
    unroundedPrice,
    finalPrice,
    noPriceReason:
      finalPrice === null
        ? {
            code: ReasonCode.NO_BASE_PRICE,
            text: `no "${type.name}" price for quantity ${query.quantity.toFixed()} and no rule sets a price`,
          }
        : null,
    clampedAtZero: outcome.clamped,
    steps: recorder === null ? NO_STEPS : recorder.steps,
    hints,
  };
}

/**
 * Only the final price (rounded as in priceFor, kept exact) and whether it includes VAT, for price lists:
 * the same compiled plan as priceFor without an explanation, and no result object per product.
 */
export function finalPriceFor(
  p: PreparedPricing,
  product: PricingProduct,
  entries: ProductPriceEntries,
  query: PriceQuery,
): { price: Exact | null; vatIncluded: boolean } {
  const candidates = candidateSet(p, product);
  const plan = planFor(candidates, query);
  const outcome =
    plan === null
      ? walk(p, candidates.rules, product, entries, query, null)
      : runPlan(plan, p, product, entries, query);
  return {
    price: outcome.price === null ? null : outcome.price.rounded(PRICE_SCALE),
    vatIncluded: outcome.baseType.vatIncluded,
  };
}
