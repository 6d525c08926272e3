import { roundPrice } from '../../../common/money/decimal';
import { ExplanationRecorder } from './explanation';
import { computeHints } from './hints';
import type { PreparedPricing, PreparedRule } from './prepare-rules';
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
  const candidates = gatherRules(p, product);
  const recorder = options.explain === false ? null : new ExplanationRecorder(p, query);
  const outcome = walk(p, candidates, product, entries, query, recorder);
  const finalPrice = outcome.price === null ? null : roundPrice(outcome.price);
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
    basePrice: outcome.basePrice,
    unroundedPrice: outcome.price,
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
 * The product's candidate rules in the one order: those for all products, this product, its brand and
 * its categories (indexes built by prepareRules), merged by ordinal. Returns a reused buffer, valid
 * until the next call.
 */
export function gatherRules(p: PreparedPricing, product: PricingProduct): readonly PreparedRule[] {
  const out = p.scratch.candidates;
  out.length = 0;
  const epoch = ++p.scratch.epoch;
  let lists = add(out, p.forAll, epoch) + add(out, p.byProduct.get(product.id), epoch);
  if (product.brandId !== null) lists += add(out, p.byBrand.get(product.brandId), epoch);
  for (const categoryId of product.categoryIds) lists += add(out, p.byCategory.get(categoryId), epoch);
  if (lists > 1) out.sort(byOrdinal);
  return out;
}

function add(out: PreparedRule[], list: readonly PreparedRule[] | undefined, epoch: number): number {
  if (list === undefined) return 0;
  for (let i = 0; i < list.length; i++) {
    const rule = list[i];
    // A category listed twice must not bring its rules twice.
    if (rule.seen === epoch) continue;
    rule.seen = epoch;
    out.push(rule);
  }
  return 1;
}

function byOrdinal(a: PreparedRule, b: PreparedRule): number {
  return a.ordinal - b.ordinal;
}
