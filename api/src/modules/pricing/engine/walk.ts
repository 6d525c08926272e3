import type { Dec } from '../../../common/money/decimal';
import { queryFailure } from './applicability';
import { applyAction, floorAtZero, needsRunningPrice, priceOfType } from './apply-action';
import type { PreparedPricing, PreparedRule } from './prepare-rules';
import { ReasonCode } from './price-result';
import {
  ActionKind,
  RulePolicy,
  TierBasis,
  type PriceQuery,
  type PriceTypeInfo,
  type PricingProduct,
  type ProductPriceEntries,
} from './rule-types';
import { selectStep, tierPrice, type PreparedStep } from './tiers';

/** Receives every considered rule's outcome; the explanation builds steps from it. null = price only. */
export interface StepRecorder {
  skipped(rule: PreparedRule, code: ReasonCode, price: Dec | null, cause: PreparedRule | null): void;
  switched(rule: PreparedRule, step: PreparedStep, before: Dec | null, after: Dec, from: PriceTypeInfo): void;
  applied(
    rule: PreparedRule,
    step: PreparedStep,
    before: Dec | null,
    after: Dec,
    clamped: boolean,
    poolSize: number,
  ): void;
  notBest(rule: PreparedRule, step: PreparedStep, before: Dec | null, candidate: Dec, best: PreparedRule): void;
}

export interface WalkOutcome {
  baseType: PriceTypeInfo;
  /** Unfloored tier price of the base type; null = none. */
  basePrice: Dec | null;
  /** Full precision, never negative; null = no price. */
  price: Dec | null;
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
  let basePrice = tierPrice(entries.get(baseType.id), quantity);

  // 1. Base: the first applicable switch in order replaces the base price type.
  const originalBase = basePrice;
  let switchedBy: PreparedRule | null = null;
  for (let i = 0; i < n; i++) {
    const r = candidates[i];
    if (r.rule.action.kind !== ActionKind.SWITCH_PRICE_TYPE) continue;
    let code = r.contractFailure ?? queryFailure(r, atMs, warehouseId, orderAmount);
    const step = code === null ? stepFor(r, quantity, originalBase) : null;
    if (code === null && step === null) code = belowTierCode(r, originalBase);
    const target = code === null ? tierPrice(entries.get(r.priceType!.id), quantity) : null;
    if (code === null && target === null) code = ReasonCode.TARGET_PRICE_MISSING;
    if (code === null && switchedBy !== null) code = ReasonCode.SWITCH_ALREADY_APPLIED;
    if (code !== null) {
      rec?.skipped(r, code, basePrice, switchedBy);
      continue;
    }
    rec?.switched(r, step!, basePrice, target!, baseType);
    switchedBy = r;
    baseType = r.priceType!;
    basePrice = target;
    if (rec === null) break;
  }

  // 2. Walk: STACKING applies and goes on, EXCLUSIVE applies and stops, BEST_PRICE goes to the pool.
  let price = basePrice === null ? null : floorAtZero(basePrice);
  let clamped = basePrice !== null && price !== basePrice;
  let stoppedBy: PreparedRule | null = null;
  let pool: PoolEntry[] | null = null;
  for (let i = 0; i < n; i++) {
    const r = candidates[i];
    const kind = r.rule.action.kind;
    if (kind === ActionKind.SWITCH_PRICE_TYPE) continue;
    let code = r.contractFailure ?? queryFailure(r, atMs, warehouseId, orderAmount);
    const step = code === null ? stepFor(r, quantity, basePrice) : null;
    if (code === null && step === null) code = belowTierCode(r, basePrice);
    let target: Dec | null = null;
    if (code === null && kind === ActionKind.PRICE_TYPE_RELATIVE) {
      target = priceOfType(r.priceType!, baseType, entries, quantity, product.vatRate);
      if (target === null) code = ReasonCode.TARGET_PRICE_MISSING;
    }
    if (code === null && stoppedBy !== null) code = ReasonCode.STOPPED_BY_EXCLUSIVE;
    const pooled = r.rule.policy === RulePolicy.BEST_PRICE;
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
    if (r.rule.policy === RulePolicy.EXCLUSIVE) {
      stoppedBy = r;
      if (rec === null) break;
    }
  }

  // 3. Pool: each pooled rule gives apply(rule, P); the lowest wins, the first in order on a tie.
  if (pool !== null) {
    const candidatePrices: (Dec | null)[] = [];
    let best = -1;
    let bestClamped = false;
    for (let k = 0; k < pool.length; k++) {
      const { rule, step, target } = pool[k];
      const raw = applyAction(rule.rule.action.kind, step, price, target);
      const candidate = raw === null ? null : floorAtZero(raw);
      candidatePrices.push(candidate);
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
      clamped ||= bestClamped;
    }
  }
  return { baseType, basePrice, price, clamped };
}

interface PoolEntry {
  rule: PreparedRule;
  step: PreparedStep;
  target: Dec | null;
}

/** The tier step for the rule's basis: quantity, or line amount = base price × quantity. */
export function stepFor(r: PreparedRule, quantity: Dec, basePrice: Dec | null): PreparedStep | null {
  if (r.basis === null) return r.steps[0];
  if (r.basis === TierBasis.QUANTITY) return selectStep(r.steps, quantity);
  return basePrice === null ? null : selectStep(r.steps, basePrice.times(quantity));
}

function belowTierCode(r: PreparedRule, basePrice: Dec | null): ReasonCode {
  return r.basis === TierBasis.LINE_AMOUNT && basePrice === null
    ? ReasonCode.LINE_AMOUNT_UNKNOWN
    : ReasonCode.BELOW_FIRST_TIER;
}
