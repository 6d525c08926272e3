import { Dec } from '../../../common/money/decimal';
import { Exact } from '../../../common/money/exact';
import { ActionKind, type PriceTypeInfo, type ProductPriceEntries } from './rule-types';
import { tierPrice, type PreparedStep } from './tiers';

const HUNDRED = new Dec(100);

/**
 * apply(rule, P) of the spec, exact (no rounding here — rounding happens once, at the end).
 * PERCENT_DISCOUNT v → P × (1 − v/100); PERCENT_MARKUP v → P × (1 + v/100); FIXED_PRICE v → v;
 * PRICE_TYPE_RELATIVE(t, v) → price(t) × (1 + v/100), ignoring P. `targetPrice` is price(t) for
 * PRICE_TYPE_RELATIVE. null = a percentage with no price to apply it to.
 */
export function applyAction(
  kind: ActionKind,
  step: PreparedStep,
  price: Exact | null,
  targetPrice: Exact | null,
): Exact | null {
  switch (kind) {
    case ActionKind.PERCENT_DISCOUNT:
    case ActionKind.PERCENT_MARKUP:
      return price === null ? null : price.times(step.factor);
    case ActionKind.FIXED_PRICE:
      return step.factor;
    case ActionKind.PRICE_TYPE_RELATIVE:
      return targetPrice === null ? null : targetPrice.times(step.factor);
    case ActionKind.SWITCH_PRICE_TYPE:
      return targetPrice;
  }
}

/** Percentages need a running price; fixed and price-type-relative prices do not. */
export function needsRunningPrice(kind: ActionKind): boolean {
  return kind === ActionKind.PERCENT_DISCOUNT || kind === ActionKind.PERCENT_MARKUP;
}

/** A price never goes below zero. */
export function floorAtZero(price: Exact): Exact {
  return price.isNegative() ? Exact.ZERO : price;
}

/**
 * The price of another price type for this product and quantity, in the VAT mode of the base type:
 * "purchase + 12 %" with a purchase price without VAT and a base price with VAT adds VAT at the
 * product's rate first, so the result is comparable with the base price. null = no price. The other way
 * round (a price with VAT into a base without) divides: the one inexact operation, at Dec's 40 digits.
 */
export function priceOfType(
  type: PriceTypeInfo,
  baseType: PriceTypeInfo,
  entries: ProductPriceEntries,
  quantity: Dec,
  vatRate: Dec,
): Exact | null {
  const price = tierPrice(entries.get(type.id), quantity);
  if (price === null) return null;
  if (type.vatIncluded === baseType.vatIncluded) return Exact.fromDec(price);
  if (baseType.vatIncluded) return Exact.fromDec(price).times(Exact.fromDec(vatRate).shift(2).plus(Exact.ONE));
  return Exact.fromDec(price.div(vatRate.plus(HUNDRED).div(HUNDRED)));
}
