// Builders for the pricing engine's unit and property tests: plain data with readable defaults.
import { Dec } from '../../src/common/money/decimal';
import {
  ActionKind,
  PaymentTerms,
  prepareRules,
  priceFor,
  RulePolicy,
  ScopeKind,
  TargetKind,
  TierBasis,
  type PriceOptions,
  type PriceQuery,
  type PriceResult,
  type PriceRule,
  type PriceTier,
  type PriceTypeInfo,
  type PricingContract,
  type PricingProduct,
  type ProductPriceEntries,
  type RuleAction,
  type RuleConditions,
} from '../../src/modules/pricing/engine';

export const d = (value: string | number): Dec => new Dec(value);

const type = (id: string, name: string, over: Partial<PriceTypeInfo> = {}): PriceTypeInfo => ({
  id,
  code: id.toUpperCase(),
  name,
  currency: 'RUB',
  vatIncluded: true,
  ...over,
});
export const WHOLESALE = type('wholesale', 'Wholesale');
export const DEALER = type('dealer', 'Dealer');
export const LARGE = type('large', 'Large wholesale');
/** Staff only; kept without VAT like most purchase prices. */
export const PURCHASE = type('purchase', 'Purchase', { vatIncluded: false });
export const EXPORT_USD = type('export', 'Export', { currency: 'USD' });
export const PRICE_TYPES: ReadonlyMap<string, PriceTypeInfo> = new Map(
  [WHOLESALE, DEALER, LARGE, PURCHASE, EXPORT_USD].map((t) => [t.id, t]),
);

export function contract(over: Partial<PricingContract> = {}): PricingContract {
  return {
    id: 'contract-1',
    legalEntityId: 'le-1',
    companyId: 'company-1',
    groupIds: ['group-dealers'],
    currency: 'RUB',
    paymentTerms: PaymentTerms.DEFERRAL,
    deferralDays: 30,
    basePriceTypeId: WHOLESALE.id,
    ...over,
  };
}

export function product(over: Partial<PricingProduct> = {}): PricingProduct {
  return { id: 'product-1', categoryIds: ['cat-drills', 'cat-tools'], brandId: 'brand-1', vatRate: d(20), ...over };
}

/** entries({ wholesale: [[1, '100'], [100, '96']] }) */
export function entries(byType: Record<string, [number | string, number | string][]>): ProductPriceEntries {
  return new Map(
    Object.entries(byType).map(([id, tiers]) => [
      id,
      tiers.map(([minQuantity, price]): PriceTier => ({ minQuantity: d(minQuantity), price: d(price) })),
    ]),
  );
}

export const NO_CONDITIONS: RuleConditions = {
  validFrom: null,
  validTo: null,
  warehouseIds: null,
  paymentTerms: null,
  maxDeferralDays: null,
  minOrderAmount: null,
};

type RuleInput = Partial<Omit<PriceRule, 'conditions'>> & { id: string; conditions?: Partial<RuleConditions> };

export function rule({ id, conditions, ...over }: RuleInput): PriceRule {
  return {
    id,
    name: `Rule ${id}`,
    publicLabel: null,
    priority: 0,
    policy: RulePolicy.STACKING,
    scope: { kind: ScopeKind.EVERYONE, id: null },
    target: { kind: TargetKind.ALL, id: null },
    action: discount(0),
    tiers: null,
    conditions: { ...NO_CONDITIONS, ...conditions },
    active: true,
    ...over,
  };
}

const action = (kind: ActionKind, value: string | number | null, over: Partial<RuleAction> = {}): RuleAction => ({
  kind,
  value: value === null ? null : d(value),
  priceTypeId: null,
  currency: null,
  ...over,
});
export const discount = (v: string | number) => action(ActionKind.PERCENT_DISCOUNT, v);
export const markup = (v: string | number) => action(ActionKind.PERCENT_MARKUP, v);
export const fixed = (v: string | number, currency: string | null = null) =>
  action(ActionKind.FIXED_PRICE, v, { currency });
export const relative = (priceTypeId: string, v: string | number) =>
  action(ActionKind.PRICE_TYPE_RELATIVE, v, { priceTypeId });
export const switchTo = (priceTypeId: string) => action(ActionKind.SWITCH_PRICE_TYPE, null, { priceTypeId });

export const qtyTiers = (...steps: [number | string, number | string][]) => ({
  basis: TierBasis.QUANTITY,
  steps: steps.map(([from, value]) => ({ from: d(from), value: d(value) })),
});
export const amountTiers = (...steps: [number | string, number | string][]) => ({
  basis: TierBasis.LINE_AMOUNT,
  steps: steps.map(([from, value]) => ({ from: d(from), value: d(value) })),
});

export const AT = new Date('2026-06-15T12:00:00Z');

export function query(over: Partial<PriceQuery> = {}): PriceQuery {
  return { quantity: d(1), warehouseId: null, at: AT, orderAmount: null, ...over };
}

export interface Scenario {
  rules?: PriceRule[];
  contract?: PricingContract;
  product?: PricingProduct;
  entries?: ProductPriceEntries;
  query?: Partial<PriceQuery>;
  options?: PriceOptions;
}

export const BASIC_ENTRIES = entries({ wholesale: [[1, '100']] });

/** Prepare and price in one go (tests only; real callers prepare once per contract). */
export function price(s: Scenario = {}): PriceResult {
  const prepared = prepareRules(s.contract ?? contract(), s.rules ?? [], PRICE_TYPES);
  return priceFor(prepared, s.product ?? product(), s.entries ?? BASIC_ENTRIES, query(s.query), s.options);
}

/** "APPLIED a", "SKIPPED b STOPPED_BY_EXCLUSIVE" — compact traces for table assertions. */
export function trace(result: PriceResult): string[] {
  return result.steps.map((s) => [s.outcome, s.ruleId, s.reason?.code].filter(Boolean).join(' '));
}

/** A stable text form of a result for equality checks (Dec serializes as its plain decimal string). */
export function serialize(result: PriceResult): string {
  return JSON.stringify(result);
}
