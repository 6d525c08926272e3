import type { Dec } from '../../../common/money/decimal';
import type { Exact } from '../../../common/money/exact';
import type { PreparedPricing, PreparedRule } from './prepared-types';
import { ReasonCode, StepOutcome, type PriceReason, type PriceStep } from './price-result';
import { skipReason } from './reason-text';
import { ActionKind, type PriceQuery, type PriceTypeInfo } from './rule-types';
import type { PreparedStep } from './tiers';
import type { StepRecorder } from './walk';

const CLAMPED: PriceReason = { code: ReasonCode.CLAMPED_AT_ZERO, text: 'the price would be negative; set to 0' };

/** Builds the staff trace: one step per considered rule, in evaluation order. */
export class ExplanationRecorder implements StepRecorder {
  readonly steps: PriceStep[] = [];

  constructor(
    private readonly p: PreparedPricing,
    private readonly query: PriceQuery,
  ) {}

  skipped(rule: PreparedRule, code: ReasonCode, price: Exact | null, cause: PreparedRule | null): void {
    const reason = skipReason(code, rule, this.p, this.query, cause);
    const at = this.dec(price);
    this.push(rule, StepOutcome.SKIPPED, reason, null, at, at);
  }

  switched(rule: PreparedRule, step: PreparedStep, before: Dec | null, after: Dec, from: PriceTypeInfo): void {
    const to = rule.priceType?.name;
    const reason = { code: ReasonCode.PRICE_TYPE_SWITCHED, text: `base price type "${from.name}" → "${to}"` };
    this.push(rule, StepOutcome.SWITCHED_BASE, reason, step, before, after);
  }

  applied(
    rule: PreparedRule,
    step: PreparedStep,
    before: Exact | null,
    after: Exact,
    clamped: boolean,
    poolSize: number,
  ): void {
    const reason = clamped
      ? CLAMPED
      : poolSize > 0
        ? { code: ReasonCode.BEST_PRICE_CHOSEN, text: `the lowest of ${poolSize} best-price candidate(s)` }
        : null;
    this.push(rule, StepOutcome.APPLIED, reason, step, this.dec(before), this.dec(after));
  }

  notBest(rule: PreparedRule, step: PreparedStep, before: Exact | null, candidate: Exact, best: PreparedRule): void {
    const after = this.dec(candidate)!;
    const text = `not the best price: ${after.toFixed()}; "${best.rule.name}" gives a lower one`;
    const reason = { code: ReasonCode.NOT_BEST_PRICE, text };
    this.push(rule, StepOutcome.NOT_BEST, reason, step, this.dec(before), after);
  }

  /** One step's priceAfter is the next one's priceBefore: convert each running price once. */
  private dec(value: Exact | null): Dec | null {
    if (value === null) return null;
    if (value !== this.lastExact) {
      this.lastExact = value;
      this.lastDec = value.toDec();
    }
    return this.lastDec;
  }

  private lastExact: Exact | null = null;
  private lastDec: Dec | null = null;

  private push(
    r: PreparedRule,
    outcome: StepOutcome,
    reason: PriceReason | null,
    step: PreparedStep | null,
    priceBefore: Dec | null,
    priceAfter: Dec | null,
  ): void {
    const { rule } = r;
    const hasValue = step !== null && rule.action.kind !== ActionKind.SWITCH_PRICE_TYPE;
    this.steps.push({
      ruleId: rule.id,
      ruleName: rule.name,
      publicLabel: rule.publicLabel,
      policy: rule.policy,
      actionKind: rule.action.kind,
      outcome,
      reason,
      value: hasValue ? step.value : null,
      tierFrom: step?.from ?? null,
      priceBefore,
      priceAfter,
    });
  }
}
