/**
 * The pricing engine: pure functions from plain data to a price with its explanation (docs/pricing.md).
 *
 *   const prepared = prepareRules(contract, rules, priceTypes);      // once per contract
 *   const result = priceFor(prepared, product, entries, query);      // per product (and quantity)
 *   const view = toBuyerView(result);                                // what the shop API may show
 *
 * Price lists: finalPriceFor(...) gives priceFor's finalPrice alone, faster.
 * No database, no Nest: the pricing services load rows, map them to these types and call in here.
 */
export * from './rule-types';
export { ReasonCode, StepOutcome } from './price-result';
export type { PriceHint, PriceOptions, PriceReason, PriceResult, PriceStep } from './price-result';
export { prepareRules } from './prepare-rules';
export type { PreparedPricing } from './prepared-types';
export { finalPriceFor, priceFor } from './price-engine';
export { toBuyerView, genericLabel, BuyerStepKind } from './buyer-view';
export type { BuyerPriceStep, BuyerPriceView } from './buyer-view';
export { compareRules, sortRules, SCOPE_SPECIFICITY, TARGET_SPECIFICITY } from './rule-order';
export { scopeMatches, targetMatches } from './applicability';
export { tierPrice } from './tiers';
export { zonedTimeToInstant } from './zoned-time';
export { MAX_HINTS } from './hints';
