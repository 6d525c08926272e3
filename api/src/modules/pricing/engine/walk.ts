import type { Dec } from '../../../common/money/decimal';
import { queryFailure } from './applicability';
import { Exact } from '../../../common/money/exact';
import { applyAction, floorAtZero, needsRunningPrice, priceOfType } from './apply-action';
import type { PreparedPricing, PreparedRule } from './prepared-types';
import { ReasonCode } from './price-result';
import {
  ActionKind,
  RulePolicy,
  TierBasis,
  type PriceQuery,
  type PriceTypeInfo,
  type PriceTier,
  type PricingProduct,
  type ProductPriceEntries,
} from './rule-types';
import { selectStep, tierAt, tierExact, type PreparedStep } from './tiers';

/** Receives every considered rule's outcome; the explanation builds steps from it. null = price only. */
export interface StepRecorder {
  skipped(rule: PreparedRule, code: ReasonCode, price: Exact | null, cause: PreparedRule | null): void;
  switched(rule: PreparedRule, step: PreparedStep, before: Dec | null, after: Dec, from: PriceTypeInfo): void;
  applied(
    rule: PreparedRule,
    step: PreparedStep,
    before: Exact | null,
    after: Exact,
    clamped: boolean,
    poolSize: number,
  ): void;
  notBest(rule: PreparedRule, step: PreparedStep, before: Exact | null, candidate: Exact, best: PreparedRule): void;
}

export interface WalkOutcome {
  baseType: PriceTypeInfo;
  /** The base type's tier the price starts from (its price unfloored); null = none. */
  baseTier: PriceTier | null;
  /** Exact, never negative; null = no price. */
  price: Exact | null;
  clamped: boolean;
}

/**
 * One run of the algorithm over a product's candidate rules (already in order): choose the base,
 * walk STACKING/EXCLUSIVE rules, resolve the BEST_PRICE pool. No rounding here. Without a recorder it
 * stops as soon as the answer is known (first switch, exclusive rule).
 */
export function walk(
  p: PreparedPricing,
  candidates: readonly PreparedRule[],
  product: PricingProduct,
  entries: ProductPriceEntries,
  query: PriceQuery,
  rec: StepRecorder | null,
): WalkOutcome {
  const { quantity, warehouseId, orderAmount } = query;
  const atMs = query.at.getTime();
  const n = candidates.length;
  let baseType = p.baseType;
  let baseTier = tierAt(entries.get(baseType.id), quantity);
  let basePrice = baseTier?.price ?? null;

  // 1. Base: the first applicable switch in order replaces the base price type.
  const originalBase = basePrice;
  let switchedBy: PreparedRule | null = null;
  for (let i = 0; p.hasSwitches && i < n; i++) {
    const r = candidates[i];
    if (r.kind !== ActionKind.SWITCH_PRICE_TYPE) continue;
    let code = r.contractFailure ?? queryFailure(r, atMs, warehouseId, orderAmount);
    const step = code === null ? stepFor(r, quantity, originalBase) : null;
    if (code === null && step === null) code = belowTierCode(r, originalBase);
    const targetTier = code === null ? tierAt(entries.get(r.priceType!.id), quantity) : null;
    const target = targetTier?.price ?? null;
    if (code === null && target === null) code = ReasonCode.TARGET_PRICE_MISSING;
    if (code === null && switchedBy !== null) code = ReasonCode.SWITCH_ALREADY_APPLIED;
    if (code !== null) {
      rec?.skipped(r, code, basePrice === null ? null : Exact.fromDec(basePrice), switchedBy);
      continue;
    }
    rec?.switched(r, step!, basePrice, target!, baseType);
    switchedBy = r;
    baseType = r.priceType!;
    basePrice = target;
    baseTier = targetTier;
    if (rec === null) break;
  }

  // 2. Walk: STACKING applies and goes on, EXCLUSIVE applies and stops, BEST_PRICE goes to the pool.
  const exactBase = baseTier === null ? null : tierExact(baseTier);
  let price = exactBase === null ? null : floorAtZero(exactBase);
  let clamped = price !== exactBase;
  let stoppedBy: PreparedRule | null = null;
  let pool: PoolEntry[] | null = null;
  for (let i = 0; i < n; i++) {
    const r = candidates[i];
    const kind = r.kind;
    if (kind === ActionKind.SWITCH_PRICE_TYPE) continue;
    let code = r.contractFailure ?? queryFailure(r, atMs, warehouseId, orderAmount);
    const step = code === null ? stepFor(r, quantity, basePrice) : null;
    if (code === null && step === null) code = belowTierCode(r, basePrice);
    let target: Exact | null = null;
    if (code === null && kind === ActionKind.PRICE_TYPE_RELATIVE) {
      target = priceOfType(r.priceType!, baseType, entries, quantity, product.vatRate);
      if (target === null) code = ReasonCode.TARGET_PRICE_MISSING;
    }
    if (code === null && stoppedBy !== null) code = ReasonCode.STOPPED_BY_EXCLUSIVE;
    const pooled = r.policy === RulePolicy.BEST_PRICE;
    if (code === null && !pooled && price === null && needsRunningPrice(kind)) code = ReasonCode.NO_PRICE_TO_ADJUST;
    if (code !== null) {
      rec?.skipped(r, code, price, stoppedBy);
      continue;
    }
    if (pooled) {
      (pool ??= []).push({ rule: r, step: step!, target });
      continue;
    }
    const raw = applyAction(kind, step!, price, target)!;
    const next = floorAtZero(raw);
    rec?.applied(r, step!, price, next, next !== raw, 0);
    clamped ||= next !== raw;
    price = next;
    if (r.policy === RulePolicy.EXCLUSIVE) {
      stoppedBy = r;
      if (rec === null) break;
    }
  }

  // 3. Pool: each pooled rule gives apply(rule, P); the lowest wins, the first in order on a tie.
  if (pool !== null) {
    const candidatePrices: (Exact | null)[] = [];
    let best = -1;
    let bestClamped = false;
    // A candidate clamped to 0 is the lowest whichever rule wins the tie, so "some candidate was
    // clamped" does not depend on the order — the compiled plan (plan.ts) relies on that.
    let anyClamped = false;
    for (let k = 0; k < pool.length; k++) {
      const { rule, step, target } = pool[k];
      const raw = applyAction(rule.kind, step, price, target);
      const candidate = raw === null ? null : floorAtZero(raw);
      candidatePrices.push(candidate);
      anyClamped ||= candidate !== raw && candidate !== null;
      if (candidate !== null && (best < 0 || candidate.cmp(candidatePrices[best]!) < 0)) {
        best = k;
        bestClamped = candidate !== raw;
      }
    }
    if (rec !== null) {
      for (let k = 0; k < pool.length; k++) {
        const { rule, step } = pool[k];
        const candidate = candidatePrices[k];
        if (k === best) rec.applied(rule, step, price, candidate!, bestClamped, pool.length);
        else if (candidate === null) rec.skipped(rule, ReasonCode.NO_PRICE_TO_ADJUST, price, null);
        else rec.notBest(rule, step, price, candidate, pool[best].rule);
      }
    }
    if (best >= 0) {
      price = candidatePrices[best];
      clamped ||= anyClamped;
    }
  }
  return { baseType, baseTier, price, clamped };
}

interface PoolEntry {
  rule: PreparedRule;
  step: PreparedStep;
  target: Exact | null;
}

/** The tier step for the rule's basis: quantity, or line amount = base price × quantity. */
export function stepFor(r: PreparedRule, quantity: Dec, basePrice: Dec | null): PreparedStep | null {
  if (r.basis === null) return r.steps[0];
  if (r.basis === TierBasis.QUANTITY) {
    if (r.memoQuantity !== quantity) {
      r.memoStep = selectStep(r.steps, quantity);
      r.memoQuantity = quantity;
    }
    return r.memoStep;
  }
  return basePrice === null ? null : selectStep(r.steps, basePrice.times(quantity));
}

function belowTierCode(r: PreparedRule, basePrice: Dec | null): ReasonCode {
  return r.basis === TierBasis.LINE_AMOUNT && basePrice === null
    ? ReasonCode.LINE_AMOUNT_UNKNOWN
    : ReasonCode.BELOW_FIRST_TIER;
}
