import { Dec } from '../../../common/money/decimal';
import { contractFailure, scopeMatches } from './applicability';
import { Exact } from '../../../common/money/exact';
import { sortRules } from './rule-order';
import {
  ActionKind,
  TargetKind,
  type PriceRule,
  type PriceTypeInfo,
  type PricingContract,
  type RuleTierStep,
} from './rule-types';
import type { PreparedPricing, PreparedRule, RuleList } from './prepared-types';

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
  const lists = { next: 0, forAll: new Map<string, RuleList>() };
  const byCategory = new Map<string, RuleList>();
  const byBrand = new Map<string, RuleList>();
  const byProduct = new Map<string, RuleList>();
  for (const p of prepared) {
    const { kind, id } = p.rule.target;
    if (kind === TargetKind.ALL) push(lists, lists.forAll, '', p);
    else if (id !== null) {
      push(lists, kind === TargetKind.CATEGORY ? byCategory : kind === TargetKind.BRAND ? byBrand : byProduct, id, p);
    }
  }
  return {
    contract,
    priceTypes,
    baseType,
    rules: prepared,
    forAll: lists.forAll.get(''),
    byCategory,
    byBrand,
    byProduct,
    hasSwitches: prepared.some((r) => r.kind === ActionKind.SWITCH_PRICE_TYPE),
    candidateSets: { next: null, set: null, size: 0 },
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
    kind,
    policy: rule.policy,
    contractFailure: contractFailure(rule, contract, priceTypes, baseType),
    basis: tiers?.basis ?? null,
    steps,
    priceType: action.priceTypeId === null ? null : (priceTypes.get(action.priceTypeId) ?? null),
    validFromMs: conditions.validFrom?.getTime() ?? -Infinity,
    validToMs: conditions.validTo?.getTime() ?? Infinity,
    warehouses: warehouses === null || warehouses.length === 0 ? null : new Set(warehouses),
    minOrderAmount: conditions.minOrderAmount,
    memoQuantity: null,
    memoStep: null,
  };
}

/** The multiplier a step applies (exact: v/100 of a decimal is), so the walk does one multiplication per rule. */
export function factorOf(kind: ActionKind, value: Dec): Exact {
  switch (kind) {
    case ActionKind.PERCENT_DISCOUNT:
      return Exact.fromDec(ONE.minus(value.div(100)));
    case ActionKind.PERCENT_MARKUP:
    case ActionKind.PRICE_TYPE_RELATIVE:
      return Exact.fromDec(ONE.plus(value.div(100)));
    default:
      return Exact.fromDec(value);
  }
}

/** By `from`; equal `from` (bad data) by value, so the input order never matters. */
function compareSteps(a: RuleTierStep, b: RuleTierStep): number {
  return a.from.cmp(b.from) || a.value.cmp(b.value);
}

function push(lists: { next: number }, index: Map<string, RuleList>, id: string, rule: PreparedRule): void {
  const list = index.get(id);
  if (list === undefined) index.set(id, { id: lists.next++, rules: [rule] });
  else (list.rules as PreparedRule[]).push(rule);
}
