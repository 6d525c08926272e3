import { Dec } from '../../../common/money/decimal';
import { contractFailure, scopeMatches, type QueryConditions } from './applicability';
import type { ReasonCode } from './price-result';
import { sortRules } from './rule-order';
import {
  ActionKind,
  TargetKind,
  type PriceRule,
  type PriceTypeInfo,
  type PricingContract,
  type RuleTierStep,
  type TierBasis,
} from './rule-types';
import type { PreparedStep } from './tiers';

/** A rule in the contract's scope with everything that does not depend on the product worked out. */
export interface PreparedRule extends QueryConditions {
  rule: PriceRule;
  /** Position in the one rule order (rule-order.ts). */
  ordinal: number;
  /** Decided once per contract; null = the contract-level conditions hold. */
  contractFailure: ReasonCode | null;
  /** null = untiered (steps has one step with from = null). */
  basis: TierBasis | null;
  /** Ascending by `from`. */
  steps: readonly PreparedStep[];
  /** The price type of PRICE_TYPE_RELATIVE / SWITCH_PRICE_TYPE. */
  priceType: PriceTypeInfo | null;
  /** Scratch mark used to skip duplicates while gathering a product's rules. */
  seen: number;
}

/** Everything per contract, computed once before pricing any number of products. */
export interface PreparedPricing {
  contract: PricingContract;
  priceTypes: ReadonlyMap<string, PriceTypeInfo>;
  baseType: PriceTypeInfo;
  /** Every rule in scope, in order. */
  rules: readonly PreparedRule[];
  /** The same rules indexed by target, each list in order. */
  forAll: readonly PreparedRule[];
  byCategory: ReadonlyMap<string, readonly PreparedRule[]>;
  byBrand: ReadonlyMap<string, readonly PreparedRule[]>;
  byProduct: ReadonlyMap<string, readonly PreparedRule[]>;
  /** Reused buffers: pricing is synchronous, so one call at a time uses them. */
  scratch: { epoch: number; candidates: PreparedRule[] };
}

const ONE = new Dec(1);
const ZERO = new Dec(0);

/**
 * Prepare a contract's rules: keep the active ones whose scope matches the contract, sort them in the
 * one order, precompute contract-level conditions, instants, warehouse sets and tier multipliers, and
 * index them by target. `rules` may be in any order and may include rules of other scopes (dropped).
 * Throws if the contract's base price type is not in `priceTypes` or two rules share an id — both are
 * bugs of the caller, not business outcomes.
 */
export function prepareRules(
  contract: PricingContract,
  rules: readonly PriceRule[],
  priceTypes: ReadonlyMap<string, PriceTypeInfo>,
): PreparedPricing {
  const baseType = priceTypes.get(contract.basePriceTypeId);
  if (baseType === undefined) throw new Error(`Base price type ${contract.basePriceTypeId} is not among priceTypes`);
  const inScope = sortRules(rules.filter((r) => r.active && scopeMatches(r.scope, contract)));
  const prepared = inScope.map((rule, ordinal) => prepareRule(rule, ordinal, contract, priceTypes, baseType));
  const forAll: PreparedRule[] = [];
  const byCategory = new Map<string, PreparedRule[]>();
  const byBrand = new Map<string, PreparedRule[]>();
  const byProduct = new Map<string, PreparedRule[]>();
  for (const p of prepared) {
    const { kind, id } = p.rule.target;
    if (kind === TargetKind.ALL) forAll.push(p);
    else if (id !== null)
      push(kind === TargetKind.CATEGORY ? byCategory : kind === TargetKind.BRAND ? byBrand : byProduct, id, p);
  }
  return {
    contract,
    priceTypes,
    baseType,
    rules: prepared,
    forAll,
    byCategory,
    byBrand,
    byProduct,
    scratch: { epoch: 0, candidates: [] },
  };
}

function prepareRule(
  rule: PriceRule,
  ordinal: number,
  contract: PricingContract,
  priceTypes: ReadonlyMap<string, PriceTypeInfo>,
  baseType: PriceTypeInfo,
): PreparedRule {
  const { action, conditions, tiers } = rule;
  const kind = action.kind;
  const steps =
    tiers === null
      ? [{ from: null, value: action.value ?? ZERO, factor: factorOf(kind, action.value ?? ZERO) }]
      : [...tiers.steps]
          .sort(compareSteps)
          .map((s) => ({ from: s.from, value: s.value, factor: factorOf(kind, s.value) }));
  const warehouses = conditions.warehouseIds;
  return {
    rule,
    ordinal,
    contractFailure: contractFailure(rule, contract, priceTypes, baseType),
    basis: tiers?.basis ?? null,
    steps,
    priceType: action.priceTypeId === null ? null : (priceTypes.get(action.priceTypeId) ?? null),
    validFromMs: conditions.validFrom?.getTime() ?? -Infinity,
    validToMs: conditions.validTo?.getTime() ?? Infinity,
    warehouses: warehouses === null || warehouses.length === 0 ? null : new Set(warehouses),
    minOrderAmount: conditions.minOrderAmount,
    seen: 0,
  };
}

/** The multiplier a step applies, so the walk does one multiplication per rule. */
export function factorOf(kind: ActionKind, value: Dec): Dec {
  switch (kind) {
    case ActionKind.PERCENT_DISCOUNT:
      return ONE.minus(value.div(100));
    case ActionKind.PERCENT_MARKUP:
    case ActionKind.PRICE_TYPE_RELATIVE:
      return ONE.plus(value.div(100));
    default:
      return value;
  }
}

/** By `from`; equal `from` (bad data) by value, so the input order never matters. */
function compareSteps(a: RuleTierStep, b: RuleTierStep): number {
  return a.from.cmp(b.from) || a.value.cmp(b.value);
}

function push(index: Map<string, PreparedRule[]>, id: string, rule: PreparedRule): void {
  const list = index.get(id);
  if (list === undefined) index.set(id, [rule]);
  else list.push(rule);
}
