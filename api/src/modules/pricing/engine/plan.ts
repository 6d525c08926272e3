import type { Dec } from '../../../common/money/decimal';
import { queryFailure } from './applicability';
import { applyAction, floorAtZero, needsRunningPrice, priceOfType } from './apply-action';
import { Exact } from '../../../common/money/exact';
import type { CandidateSet, Plan, PlanOp, PreparedPricing, PreparedRule } from './prepared-types';
import {
  ActionKind,
  RulePolicy,
  TierBasis,
  type PriceQuery,
  type PricingProduct,
  type ProductPriceEntries,
} from './rule-types';
import { tierAt, tierExact, type PreparedStep } from './tiers';
import { stepFor, type WalkOutcome } from './walk';

/**
 * The walk compiled for a set of candidate rules at one query, for price lists. Which rules pass their
 * conditions and tiers does not depend on the product (except LINE_AMOUNT tiers and price-type lookups),
 * so it is decided once per set; runs of percentages become one factor; best-price percentages and
 * fixed prices collapse to their smallest. Same answer as walk() — a property test holds them together —
 * without an explanation. Switches that pass the product-independent checks go first in the plan; the run
 * takes the first whose price type has a price for the product (as the walk does). Plans are kept per
 * quantity for one instant, warehouse and order amount (the hints of a catalog row ask a few quantities).
 */
export function planFor(set: CandidateSet, query: PriceQuery): Plan | null {
  const atMs = query.at.getTime();
  if (
    set.plans === null ||
    set.planAtMs !== atMs ||
    set.planWarehouseId !== query.warehouseId ||
    !sameDec(set.planOrderAmount, query.orderAmount)
  ) {
    set.plans = new Map();
    set.plan = undefined;
    set.planQuantity = null;
    set.planAtMs = atMs;
    set.planWarehouseId = query.warehouseId;
    set.planOrderAmount = query.orderAmount;
  }
  // A price list asks every product at the same quantity object: no key to build.
  if (set.plan !== undefined && set.planQuantity === query.quantity) return set.plan;
  const key = query.quantity.toString();
  let plan = set.plans.get(key);
  if (plan === undefined) {
    plan = compilePlan(set.rules, query, atMs);
    // Hints ask a few quantities per product; a bounded map keeps a runaway caller from growing it.
    if (set.plans.size >= MAX_PLANS_PER_SET) set.plans.clear();
    set.plans.set(key, plan);
  }
  set.plan = plan;
  set.planQuantity = query.quantity;
  return plan;
}

const MAX_PLANS_PER_SET = 32;

/** Identity first (a price list passes one query); equal values from separate objects also count. */
function sameDec(a: Dec | null, b: Dec | null): boolean {
  return a === b || (a !== null && b !== null && a.eq(b));
}

export function compilePlan(rules: readonly PreparedRule[], query: PriceQuery, atMs: number): Plan | null {
  const ops: PlanOp[] = [];
  const switches: PlanOp[] = [];
  let factor: Exact | null = null; // percentages since the last flush, multiplied
  let stopped = false; // after a fixed exclusive price only switches matter: they act before the walk
  for (const r of rules) {
    if (r.contractFailure !== null || queryFailure(r, atMs, query.warehouseId, query.orderAmount) !== null) continue;
    const byAmount = r.basis === TierBasis.LINE_AMOUNT;
    const step = byAmount ? null : stepFor(r, query.quantity, null);
    if (!byAmount && step === null) continue; // below the first quantity step for every product
    if (r.kind === ActionKind.SWITCH_PRICE_TYPE) {
      switches.push({ op: 'SWITCH', rule: r, step });
      continue;
    }
    if (stopped) continue;
    const percent = needsRunningPrice(r.kind);
    const fixed = r.kind === ActionKind.FIXED_PRICE;
    const exclusive = r.policy === RulePolicy.EXCLUSIVE;
    if (r.policy === RulePolicy.BEST_PRICE) {
      if (step !== null && percent) ops.push({ op: 'POOL_FACTOR', factor: step.factor });
      else if (step !== null && fixed) ops.push({ op: 'POOL_FIXED', value: step.factor });
      else ops.push({ op: 'POOL_RULE', rule: r, step });
    } else if (step !== null && percent && !step.factor.isNegative()) {
      factor = factor === null ? step.factor : factor.times(step.factor);
      if (exclusive) {
        ops.push({ op: 'MUL', factor, exclusive });
        factor = null;
      }
    } else {
      if (factor !== null) ops.push({ op: 'MUL', factor, exclusive: false });
      factor = null;
      if (step !== null && percent) ops.push({ op: 'MUL', factor: step.factor, exclusive });
      else if (step !== null && fixed) ops.push({ op: 'SET', value: step.factor, exclusive });
      else ops.push({ op: 'RULE', rule: r, step, exclusive });
      stopped = exclusive && step !== null && fixed; // a fixed exclusive price always applies and stops
    }
  }
  if (factor !== null) ops.push({ op: 'MUL', factor, exclusive: false });
  return switches.length ? [...switches, ...ops] : ops;
}

/** Run a plan for one product: the walk's outcome without its explanation. */
export function runPlan(
  plan: Plan,
  p: PreparedPricing,
  product: PricingProduct,
  entries: ProductPriceEntries,
  query: PriceQuery,
): WalkOutcome {
  const quantity = query.quantity;
  let baseType = p.baseType;
  let baseTier = tierAt(entries.get(baseType.id), quantity);
  const ops = plan;
  // 1. Switches (first in the plan): the first applicable whose type has a price for the product.
  let start = 0;
  if (ops.length && ops[0].op === 'SWITCH') {
    const originalBase = baseTier;
    let chosen = false;
    for (; start < ops.length; start++) {
      const o = ops[start];
      if (o.op !== 'SWITCH') break;
      if (chosen) continue;
      const step = o.step ?? stepFor(o.rule, quantity, originalBase?.price ?? null);
      if (step === null) continue;
      const target = tierAt(entries.get(o.rule.priceType!.id), quantity);
      if (target === null) continue;
      baseType = o.rule.priceType!;
      baseTier = target;
      chosen = true;
    }
  }
  const exactBase = baseTier === null ? null : tierExact(baseTier);
  let price = exactBase === null ? null : floorAtZero(exactBase);
  let clamped = price !== exactBase;
  let poolFactor: Exact | null = null;
  let poolFixed: Exact | null = null;
  let poolRules: { rule: PreparedRule; step: PreparedStep; target: Exact | null }[] | null = null;
  for (let i = start; i < ops.length; i++) {
    const o = ops[i];
    let raw: Exact | null = null;
    if (o.op === 'SWITCH') continue;
    if (o.op === 'POOL_FACTOR') {
      if (poolFactor === null || o.factor.cmp(poolFactor) < 0) poolFactor = o.factor;
    } else if (o.op === 'POOL_FIXED') {
      if (poolFixed === null || o.value.cmp(poolFixed) < 0) poolFixed = o.value;
    } else if (o.op === 'MUL') {
      if (price !== null) raw = price.times(o.factor);
    } else if (o.op === 'SET') {
      raw = o.value;
    } else {
      // RULE and POOL_RULE: the checks of the walk that need the product's prices.
      const r = o.rule;
      const step = o.step ?? stepFor(r, quantity, baseTier?.price ?? null);
      if (step === null) continue;
      let target: Exact | null = null;
      if (r.kind === ActionKind.PRICE_TYPE_RELATIVE) {
        target = priceOfType(r.priceType!, baseType, entries, quantity, product.vatRate);
        if (target === null) continue;
      }
      if (o.op === 'POOL_RULE') (poolRules ??= []).push({ rule: r, step, target });
      else raw = applyAction(r.kind, step, price, target);
    }
    if (raw === null) continue;
    price = floorAtZero(raw);
    clamped ||= price !== raw;
    if (o.op !== 'POOL_FACTOR' && o.op !== 'POOL_FIXED' && o.op !== 'POOL_RULE' && o.exclusive) break;
  }

  // The pool, as in the walk: the lowest candidate; "some candidate clamped" does not depend on which wins.
  if (poolFactor === null && poolFixed === null && poolRules === null) return { baseType, baseTier, price, clamped };
  const candidates: (Exact | null)[] = [
    poolFactor !== null && price !== null ? price.times(poolFactor) : null,
    poolFixed,
  ];
  for (const entry of poolRules ?? []) candidates.push(applyAction(entry.rule.kind, entry.step, price, entry.target));
  let best: Exact | null = null;
  let anyClamped = false;
  for (const raw of candidates) {
    if (raw === null) continue;
    const candidate = floorAtZero(raw);
    anyClamped ||= candidate !== raw;
    if (best === null || candidate.cmp(best) < 0) best = candidate;
  }
  if (best !== null) {
    price = best;
    clamped ||= anyClamped;
  }
  return { baseType, baseTier, price, clamped };
}
