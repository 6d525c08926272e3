import type { Dec } from '../../../common/money/decimal';
import type { QueryConditions } from './applicability';
import type { Exact } from '../../../common/money/exact';
import type { ReasonCode } from './price-result';
import type { ActionKind, PriceRule, PriceTypeInfo, PricingContract, RulePolicy, TierBasis } from './rule-types';
import type { PreparedStep } from './tiers';

/** The shapes prepareRules builds (kept apart so that the files using them import no cycle). */

/** A rule in the contract's scope with everything that does not depend on the product worked out. */
export interface PreparedRule extends QueryConditions {
  rule: PriceRule;
  /** Position in the one rule order (rule-order.ts). */
  ordinal: number;
  /** rule.action.kind and rule.policy, copied: the walk reads them for every candidate, one object is cheaper. */
  kind: ActionKind;
  policy: RulePolicy;
  /** Decided once per contract; null = the contract-level conditions hold. */
  contractFailure: ReasonCode | null;
  /** null = untiered (steps has one step with from = null). */
  basis: TierBasis | null;
  /** Ascending by `from`. */
  steps: readonly PreparedStep[];
  /** The price type of PRICE_TYPE_RELATIVE / SWITCH_PRICE_TYPE. */
  priceType: PriceTypeInfo | null;
  /**
   * The QUANTITY step last selected and for which quantity. A price list asks every product at the same
   * quantity; Dec values are immutable, so an identical Dec object means an identical answer.
   */
  memoQuantity: Dec | null;
  memoStep: PreparedStep | null;
}

/** Everything per contract, computed once before pricing any number of products. */
export interface PreparedPricing {
  contract: PricingContract;
  priceTypes: ReadonlyMap<string, PriceTypeInfo>;
  baseType: PriceTypeInfo;
  /** Every rule in scope, in order. */
  rules: readonly PreparedRule[];
  /** The same rules indexed by target, each list in order. */
  forAll: RuleList | undefined;
  byCategory: ReadonlyMap<string, RuleList>;
  byBrand: ReadonlyMap<string, RuleList>;
  byProduct: ReadonlyMap<string, RuleList>;
  /** Any SWITCH_PRICE_TYPE rule in scope (else the walk skips choosing the base). */
  hasSwitches: boolean;
  /**
   * Products with the same index lists (same brand and categories, no rules of their own) share their
   * candidate rules and compiled plan: candidates.ts fills this cache as products come.
   */
  candidateSets: CandidateNode;
}

/** A trie over index list ids: the path of a product's lists leads to its candidate set. */
export interface CandidateNode {
  next: Map<number, CandidateNode> | null;
  set: CandidateSet | null;
  /** On the root: nodes created so far (the cache stops growing at MAX_CANDIDATE_NODES). */
  size: number;
}

/** One index list: the rules of one target, in order, with a number for cache keys. */
export interface RuleList {
  id: number;
  rules: readonly PreparedRule[];
}

/**
 * The candidate rules shared by products with the same index lists, and their plan for the last query.
 * The query's fields sit on the set itself: the check runs for every product, one object is cheaper.
 */
export interface CandidateSet {
  rules: readonly PreparedRule[];
  /** The plan for planQuantity. undefined = not compiled yet; null = this set needs the full walk. */
  plan: Plan | null | undefined;
  planQuantity: Dec | null;
  /** Plans by quantity (text) for planAtMs, planWarehouseId and planOrderAmount; null = none yet. */
  plans: Map<string, Plan | null> | null;
  planAtMs: number;
  planWarehouseId: string | null;
  planOrderAmount: Dec | null;
}

/** The walk of one candidate set at one query, with everything that does not depend on the product done. */
export type Plan = readonly PlanOp[];

export type PlanOp =
  /** A price-type switch that passed the product-independent checks; the first whose type has a price wins. */
  | { op: 'SWITCH'; rule: PreparedRule; step: PreparedStep | null }
  /** Percentages in a row, multiplied together (only factors ≥ 0 are combined, so nothing clamps inside). */
  | { op: 'MUL'; factor: Exact; exclusive: boolean }
  /** A fixed price. */
  | { op: 'SET'; value: Exact; exclusive: boolean }
  /** A rule that needs the product's prices (PRICE_TYPE_RELATIVE, LINE_AMOUNT tiers): evaluated as in the walk. */
  | { op: 'RULE'; rule: PreparedRule; step: PreparedStep | null; exclusive: boolean }
  /** Best-price percentages: only the smallest factor can win. */
  | { op: 'POOL_FACTOR'; factor: Exact }
  /** Best-price fixed prices: only the smallest can win. */
  | { op: 'POOL_FIXED'; value: Exact }
  | { op: 'POOL_RULE'; rule: PreparedRule; step: PreparedStep | null };
