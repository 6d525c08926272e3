import type { Dec } from '../../../common/money/decimal';
import type { Exact } from '../../../common/money/exact';

/**
 * Input shapes of the pricing engine: plain data, no entities. The database/GraphQL layer maps its rows
 * to these and the engine never reaches back. Enum values are the varchar values stored in the database.
 */

export enum PaymentTerms {
  PREPAYMENT = 'PREPAYMENT',
  DEFERRAL = 'DEFERRAL',
}

/** How a rule combines with the others (docs/pricing.md §Walk). */
export enum RulePolicy {
  /** Applied in order, then nothing after it is applied. */
  EXCLUSIVE = 'EXCLUSIVE',
  /** Applied in order on top of the running price. */
  STACKING = 'STACKING',
  /** Collected into a pool; after the walk the lowest candidate wins. */
  BEST_PRICE = 'BEST_PRICE',
}

export enum ScopeKind {
  EVERYONE = 'EVERYONE',
  GROUP = 'GROUP',
  COMPANY = 'COMPANY',
  LEGAL_ENTITY = 'LEGAL_ENTITY',
  CONTRACT = 'CONTRACT',
}

export enum TargetKind {
  ALL = 'ALL',
  /** The category and all its descendants (the caller passes the product's category with its ancestors). */
  CATEGORY = 'CATEGORY',
  BRAND = 'BRAND',
  PRODUCT = 'PRODUCT',
}

export enum ActionKind {
  PERCENT_DISCOUNT = 'PERCENT_DISCOUNT',
  PERCENT_MARKUP = 'PERCENT_MARKUP',
  FIXED_PRICE = 'FIXED_PRICE',
  /** price(priceTypeId, quantity) × (1 + value/100); ignores the running price. */
  PRICE_TYPE_RELATIVE = 'PRICE_TYPE_RELATIVE',
  /** Replaces the contract's base price type; the first applicable switch wins. */
  SWITCH_PRICE_TYPE = 'SWITCH_PRICE_TYPE',
}

export enum TierBasis {
  QUANTITY = 'QUANTITY',
  /** Base price × quantity. */
  LINE_AMOUNT = 'LINE_AMOUNT',
}

export interface PricingContract {
  id: string;
  legalEntityId: string;
  companyId: string;
  /** Contractor groups of the company. */
  groupIds: readonly string[];
  currency: string;
  paymentTerms: PaymentTerms;
  deferralDays: number;
  basePriceTypeId: string;
}

export interface PricingProduct {
  id: string;
  /** The product's category and all its ancestors. */
  categoryIds: readonly string[];
  brandId: string | null;
  /** VAT rate in percent (20 = 20 %). */
  vatRate: Dec;
}

export interface PriceTypeInfo {
  id: string;
  code: string;
  name: string;
  currency: string;
  vatIncluded: boolean;
}

/** One quantity tier of a price entry: from `minQuantity` base units the unit price is `price`. */
export interface PriceTier {
  minQuantity: Dec;
  price: Dec;
  /**
   * The price as an Exact when the reader has it (price lists parse it from text and make the Dec only
   * if asked): the walk computes with it and needs no Dec.
   */
  readonly exact?: Exact;
}

/**
 * The product's price entries: price type id → its tiers (any order). The engine only looks types up,
 * so a Map does, and so does a reader that converts a type's tiers when first asked (price lists).
 */
export interface ProductPriceEntries {
  get(priceTypeId: string): readonly PriceTier[] | undefined;
}

export interface RuleScope {
  kind: ScopeKind;
  /** Group, company, legal entity or contract id; null for EVERYONE. */
  id: string | null;
}

export interface RuleTarget {
  kind: TargetKind;
  /** Category, brand or product id; null for ALL. */
  id: string | null;
}

export interface RuleAction {
  kind: ActionKind;
  /** Percent for PERCENT_* and PRICE_TYPE_RELATIVE (may be negative there), the price for FIXED_PRICE. */
  value: Dec | null;
  /** For PRICE_TYPE_RELATIVE and SWITCH_PRICE_TYPE. */
  priceTypeId: string | null;
  /** Currency of a FIXED_PRICE; null = the base price's currency. */
  currency: string | null;
}

export interface RuleTierStep {
  from: Dec;
  /** Replaces action.value from this step on. */
  value: Dec;
}

export interface RuleTiers {
  basis: TierBasis;
  steps: readonly RuleTierStep[];
}

export interface RuleConditions {
  /** Inclusive instant. Local dates are converted to instants by the caller (see zoned-time.ts). */
  validFrom: Date | null;
  /** Exclusive instant. */
  validTo: Date | null;
  /** null or empty = any warehouse. */
  warehouseIds: readonly string[] | null;
  paymentTerms: PaymentTerms | null;
  maxDeferralDays: number | null;
  minOrderAmount: Dec | null;
}

export interface PriceRule {
  id: string;
  /** Internal name, staff only. */
  name: string;
  /** What a buyer may see ("−5% by contract"); null = a generic label. */
  publicLabel: string | null;
  /** Higher first. */
  priority: number;
  policy: RulePolicy;
  scope: RuleScope;
  target: RuleTarget;
  action: RuleAction;
  tiers: RuleTiers | null;
  conditions: RuleConditions;
  active: boolean;
}

/** What is priced: the per-product situation that varies between calls with one prepared contract. */
export interface PriceQuery {
  /** In the product's base unit (the caller converts packaging units). */
  quantity: Dec;
  warehouseId: string | null;
  at: Date;
  /** Cart/order total when known; null in catalog context. */
  orderAmount: Dec | null;
}
