import type { Dec } from '../../../common/money/decimal';
import type { ActionKind, RulePolicy } from './rule-types';

/**
 * Machine codes of the explanation. Skip reasons say why a considered rule was not applied; the last
 * group are notes on applied steps or on the whole result. The UI translates codes; `text` is English.
 */
export enum ReasonCode {
  NOT_YET_VALID = 'NOT_YET_VALID',
  EXPIRED = 'EXPIRED',
  WAREHOUSE_NOT_CHOSEN = 'WAREHOUSE_NOT_CHOSEN',
  WAREHOUSE_NOT_IN_LIST = 'WAREHOUSE_NOT_IN_LIST',
  PAYMENT_TERMS_DIFFER = 'PAYMENT_TERMS_DIFFER',
  DEFERRAL_TOO_LONG = 'DEFERRAL_TOO_LONG',
  ORDER_AMOUNT_UNKNOWN = 'ORDER_AMOUNT_UNKNOWN',
  ORDER_AMOUNT_TOO_LOW = 'ORDER_AMOUNT_TOO_LOW',
  BELOW_FIRST_TIER = 'BELOW_FIRST_TIER',
  /** A LINE_AMOUNT tier needs the base price, and there is none. */
  LINE_AMOUNT_UNKNOWN = 'LINE_AMOUNT_UNKNOWN',
  CURRENCY_MISMATCH = 'CURRENCY_MISMATCH',
  PRICE_TYPE_UNKNOWN = 'PRICE_TYPE_UNKNOWN',
  /** The price type of a PRICE_TYPE_RELATIVE / SWITCH rule has no price for the product at this quantity. */
  TARGET_PRICE_MISSING = 'TARGET_PRICE_MISSING',
  /** The rule lacks a value or price type its action needs (the editor should not let it be saved). */
  RULE_INVALID = 'RULE_INVALID',
  /** A percentage with no price to apply it to (no base price and no fixed price before it). */
  NO_PRICE_TO_ADJUST = 'NO_PRICE_TO_ADJUST',
  SWITCH_ALREADY_APPLIED = 'SWITCH_ALREADY_APPLIED',
  STOPPED_BY_EXCLUSIVE = 'STOPPED_BY_EXCLUSIVE',
  NOT_BEST_PRICE = 'NOT_BEST_PRICE',
  // Notes
  PRICE_TYPE_SWITCHED = 'PRICE_TYPE_SWITCHED',
  BEST_PRICE_CHOSEN = 'BEST_PRICE_CHOSEN',
  CLAMPED_AT_ZERO = 'CLAMPED_AT_ZERO',
  /** The whole result: no base price and nothing that sets a price. */
  NO_BASE_PRICE = 'NO_BASE_PRICE',
}

export interface PriceReason {
  code: ReasonCode;
  /** English; the UI shows its own translation of `code` and may fall back to this. */
  text: string;
}

export enum StepOutcome {
  APPLIED = 'APPLIED',
  SKIPPED = 'SKIPPED',
  NOT_BEST = 'NOT_BEST',
  SWITCHED_BASE = 'SWITCHED_BASE',
}

/** One considered rule in evaluation order (switches, then the walk, then the best-price pool). */
export interface PriceStep {
  ruleId: string;
  /** Internal, staff only. */
  ruleName: string;
  publicLabel: string | null;
  policy: RulePolicy;
  actionKind: ActionKind;
  outcome: StepOutcome;
  /** Why it was skipped / not the best, or a note on an applied step; null for a plain application. */
  reason: PriceReason | null;
  /** The effective action value (after tier selection); null when not reached or not applicable. */
  value: Dec | null;
  /** The rule tier step used (its `from`), if the rule is tiered and a step was selected. */
  tierFrom: Dec | null;
  /** Running price before and after (exact, cut to 20 places like unroundedPrice); null while there is no price yet. */
  priceBefore: Dec | null;
  /** For NOT_BEST: the candidate this rule would have given. */
  priceAfter: Dec | null;
}

/** "From 100 pcs: 91.20" — what the buyer would pay per unit from a higher quantity. */
export interface PriceHint {
  fromQuantity: Dec;
  /** Rounded like finalPrice. */
  price: Dec;
}

export interface PriceResult {
  productId: string;
  quantity: Dec;
  /** The base price type used (after a switch). */
  priceTypeId: string;
  priceTypeName: string;
  currency: string;
  vatIncluded: boolean;
  vatRate: Dec;
  /** Tier price of the base type at this quantity; null if the product has none. */
  basePrice: Dec | null;
  /** Exact, floored at zero, cut (not rounded) to 20 decimal places; null = no price. */
  unroundedPrice: Dec | null;
  /** roundPrice(unroundedPrice); null = the product has no price for this contract. */
  finalPrice: Dec | null;
  /** Set when finalPrice is null. */
  noPriceReason: PriceReason | null;
  /** Some step would have gone below zero and was clamped. */
  clampedAtZero: boolean;
  /** Empty unless options.explain. */
  steps: readonly PriceStep[];
  /** Ascending by quantity, each strictly cheaper than the one before; empty unless options.hints. */
  hints: readonly PriceHint[];
}

export interface PriceOptions {
  /** Build the step-by-step explanation (default true). Price lists pass false. */
  explain?: boolean;
  /** Compute quantity hints by re-running the engine at higher quantities (default true). */
  hints?: boolean;
}
