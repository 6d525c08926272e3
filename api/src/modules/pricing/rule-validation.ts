import { Dec } from '../../common/money/decimal';
import {
  ActionKind,
  compareRules,
  RulePolicy,
  ScopeKind,
  TargetKind,
  type PaymentTerms,
  type PriceRule,
  type TierBasis,
} from './engine';

/** A rule as staff and integrators write it (ids resolved), before it is stored. */
export interface RuleDraft {
  name: string;
  publicLabel: string | null;
  priority: number;
  policy: RulePolicy;
  scopeKind: ScopeKind;
  scopeId: string | null;
  targetKind: TargetKind;
  targetId: string | null;
  actionKind: ActionKind;
  value: Dec | null;
  priceTypeId: string | null;
  currency: string | null;
  tierBasis: string | null;
  tiers: { from: Dec; value: Dec }[] | null;
  validFrom: Date | null;
  validTo: Date | null;
  warehouseIds: string[] | null;
  paymentTerms: string | null;
  maxDeferralDays: number | null;
  minOrderAmount: Dec | null;
  active: boolean;
}

export interface FieldProblem {
  field: string;
  message: string;
}

const MAX_PERCENT = new Dec(1000);
const HUNDRED = new Dec(100);

/**
 * Everything wrong with a rule that can be told without the database, each naming its field (relative to
 * the input object). The engine would skip such a rule with RULE_INVALID; the editor refuses to save it.
 */
export function validateRuleDraft(r: RuleDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const bad = (field: string, message: string) => problems.push({ field, message });
  if (!r.name.trim()) bad('name', 'name: required');
  if (r.name.length > 200) bad('name', 'name: at most 200 characters');
  if ((r.publicLabel?.length ?? 0) > 200) bad('publicLabel', 'publicLabel: at most 200 characters');
  if (!Number.isInteger(r.priority) || Math.abs(r.priority) > 1_000_000) {
    bad('priority', 'priority: an integer between −1 000 000 and 1 000 000');
  }
  if ((r.scopeKind === ScopeKind.EVERYONE) !== (r.scopeId === null)) {
    bad('scopeId', r.scopeKind === ScopeKind.EVERYONE ? 'scopeId: must be empty for EVERYONE' : 'scopeId: required');
  }
  if ((r.targetKind === TargetKind.ALL) !== (r.targetId === null)) {
    bad('targetId', r.targetKind === TargetKind.ALL ? 'targetId: must be empty for ALL' : 'targetId: required');
  }
  const needsType = r.actionKind === ActionKind.PRICE_TYPE_RELATIVE || r.actionKind === ActionKind.SWITCH_PRICE_TYPE;
  if (needsType && r.priceTypeId === null) bad('priceTypeId', `priceTypeId: required for ${r.actionKind}`);
  if (!needsType && r.priceTypeId !== null)
    bad('priceTypeId', `priceTypeId: only for PRICE_TYPE_RELATIVE and SWITCH_PRICE_TYPE`);
  if (r.currency !== null && (r.actionKind !== ActionKind.FIXED_PRICE || !/^[A-Z]{3}$/.test(r.currency))) {
    bad('currency', 'currency: a 3-letter code, only for FIXED_PRICE');
  }
  if (r.actionKind === ActionKind.SWITCH_PRICE_TYPE) {
    if (r.value !== null) bad('value', 'value: must be empty for SWITCH_PRICE_TYPE');
    if (r.tiers !== null) bad('tiers', 'tiers: a switch has no tiers');
  } else if (r.tiers === null) {
    if (r.value === null) bad('value', `value: required for ${r.actionKind}`);
    else checkValue(r.actionKind, r.value, 'value', bad);
  } else {
    if (r.value !== null) bad('value', 'value: leave empty when tiers give the values');
    if (r.tierBasis !== 'QUANTITY' && r.tierBasis !== 'LINE_AMOUNT')
      bad('tierBasis', 'tierBasis: QUANTITY or LINE_AMOUNT');
    if (r.tiers.length === 0) bad('tiers', 'tiers: at least one step');
    if (r.tiers.length > 50) bad('tiers', 'tiers: at most 50 steps');
    const seen = new Set<string>();
    r.tiers.forEach((s, i) => {
      if (s.from.isNegative()) bad(`tiers.${i}.from`, `tiers.${i}.from: must not be negative`);
      if (seen.has(s.from.toFixed())) bad(`tiers.${i}.from`, `tiers.${i}.from: ${s.from.toFixed()} is given twice`);
      seen.add(s.from.toFixed());
      checkValue(r.actionKind, s.value, `tiers.${i}.value`, bad);
    });
  }
  if (r.tiers === null && r.tierBasis !== null) bad('tierBasis', 'tierBasis: only with tiers');
  if (r.validFrom && r.validTo && r.validFrom.getTime() >= r.validTo.getTime()) {
    bad('validTo', 'validTo: must be after validFrom');
  }
  if (r.paymentTerms !== null && r.paymentTerms !== 'PREPAYMENT' && r.paymentTerms !== 'DEFERRAL') {
    bad('paymentTerms', 'paymentTerms: PREPAYMENT or DEFERRAL');
  }
  if (r.maxDeferralDays !== null && (!Number.isInteger(r.maxDeferralDays) || r.maxDeferralDays < 0)) {
    bad('maxDeferralDays', 'maxDeferralDays: a whole number of days ≥ 0');
  }
  if (r.minOrderAmount?.isNegative()) bad('minOrderAmount', 'minOrderAmount: must not be negative');
  if ((r.warehouseIds?.length ?? 0) > 100) bad('warehouseIds', 'warehouseIds: at most 100');
  return problems;
}

function checkValue(kind: ActionKind, v: Dec, field: string, bad: (field: string, message: string) => void): void {
  switch (kind) {
    case ActionKind.PERCENT_DISCOUNT:
      if (v.isNegative() || v.gt(HUNDRED)) bad(field, `${field}: a discount between 0 and 100 %`);
      break;
    case ActionKind.PERCENT_MARKUP:
      if (v.isNegative() || v.gt(MAX_PERCENT)) bad(field, `${field}: a markup between 0 and 1000 %`);
      break;
    case ActionKind.FIXED_PRICE:
      if (v.isNegative()) bad(field, `${field}: a price must not be negative`);
      if (v.decimalPlaces() > 4) bad(field, `${field}: at most 4 decimal places`);
      break;
    case ActionKind.PRICE_TYPE_RELATIVE:
      if (v.lte(-100) || v.gt(MAX_PERCENT)) bad(field, `${field}: a percentage above −100 and at most 1000`);
      break;
    default:
      break;
  }
}

export enum RuleWarningCode {
  /** Same scope and target, overlapping validity: both apply to the same buyers and products at once. */
  OVERLAPS = 'OVERLAPS',
  /** An unconditional exclusive rule before it in order covers all it covers: it can never apply. */
  SHADOWED_BY = 'SHADOWED_BY',
  /** It is an unconditional exclusive rule and covers a later rule entirely: that one never applies. */
  SHADOWS = 'SHADOWS',
}

export interface RuleWarning {
  code: RuleWarningCode;
  ruleId: string;
  ruleName: string;
  message: string;
}

/**
 * Warnings about a rule among the others (active ones; the rule itself may be among them, it is
 * skipped). Coverage is judged on what needs no data: EVERYONE covers every scope and ALL every target;
 * otherwise only the same scope or target covers (a group's companies or a category's subtree are not
 * expanded). Deterministic: ordered by code, then the other rule's order.
 */
export function ruleWarnings(rule: PriceRule, others: readonly PriceRule[]): RuleWarning[] {
  const warnings: RuleWarning[] = [];
  const sorted = [...others].filter((o) => o.id !== rule.id && o.active).sort(compareRules);
  if (!rule.active) return [];
  for (const o of sorted) {
    const sameScope = o.scope.kind === rule.scope.kind && o.scope.id === rule.scope.id;
    const sameTarget = o.target.kind === rule.target.kind && o.target.id === rule.target.id;
    if (!overlapsInTime(rule, o)) continue;
    const before = compareRules(o, rule) < 0;
    const switches =
      rule.action.kind === ActionKind.SWITCH_PRICE_TYPE || o.action.kind === ActionKind.SWITCH_PRICE_TYPE;
    if (
      !switches &&
      before &&
      o.policy === RulePolicy.EXCLUSIVE &&
      unconditional(o) &&
      covers(o, rule) &&
      coversTime(o, rule)
    ) {
      warnings.push({
        code: RuleWarningCode.SHADOWED_BY,
        ruleId: o.id,
        ruleName: o.name,
        message: `"${o.name}" is exclusive, comes first and covers every case of this rule: this rule never applies`,
      });
    } else if (
      !switches &&
      !before &&
      rule.policy === RulePolicy.EXCLUSIVE &&
      unconditional(rule) &&
      covers(rule, o) &&
      coversTime(rule, o)
    ) {
      warnings.push({
        code: RuleWarningCode.SHADOWS,
        ruleId: o.id,
        ruleName: o.name,
        message: `this exclusive rule comes first and covers every case of "${o.name}": that rule never applies`,
      });
    } else if (sameScope && sameTarget) {
      warnings.push({
        code: RuleWarningCode.OVERLAPS,
        ruleId: o.id,
        ruleName: o.name,
        message: `"${o.name}" applies to the same clients and products at the same time`,
      });
    }
  }
  const rank = { SHADOWED_BY: 0, SHADOWS: 1, OVERLAPS: 2 };
  return warnings.sort((a, b) => rank[a.code] - rank[b.code]);
}

function unconditional(r: PriceRule): boolean {
  const c = r.conditions;
  return (
    r.tiers === null &&
    (c.warehouseIds === null || c.warehouseIds.length === 0) &&
    c.paymentTerms === null &&
    c.maxDeferralDays === null &&
    c.minOrderAmount === null &&
    r.action.kind !== ActionKind.SWITCH_PRICE_TYPE &&
    r.action.kind !== ActionKind.PRICE_TYPE_RELATIVE
  );
}

function covers(a: PriceRule, b: PriceRule): boolean {
  const scope = a.scope.kind === ScopeKind.EVERYONE || (a.scope.kind === b.scope.kind && a.scope.id === b.scope.id);
  const target = a.target.kind === TargetKind.ALL || (a.target.kind === b.target.kind && a.target.id === b.target.id);
  return scope && target;
}

const start = (r: PriceRule) => r.conditions.validFrom?.getTime() ?? -Infinity;
const end = (r: PriceRule) => r.conditions.validTo?.getTime() ?? Infinity;

function overlapsInTime(a: PriceRule, b: PriceRule): boolean {
  return start(a) < end(b) && start(b) < end(a);
}

function coversTime(a: PriceRule, b: PriceRule): boolean {
  return start(a) <= start(b) && end(a) >= end(b);
}

/** The engine's view of a draft (to compare it with stored rules). */
export function draftAsRule(id: string, r: RuleDraft): PriceRule {
  return {
    id,
    name: r.name,
    publicLabel: r.publicLabel,
    priority: r.priority,
    policy: r.policy,
    scope: { kind: r.scopeKind, id: r.scopeId },
    target: { kind: r.targetKind, id: r.targetId },
    action: { kind: r.actionKind, value: r.value, priceTypeId: r.priceTypeId, currency: r.currency },
    tiers:
      r.tiers === null
        ? null
        : { basis: r.tierBasis as TierBasis, steps: r.tiers.map((s) => ({ from: s.from, value: s.value })) },
    conditions: {
      validFrom: r.validFrom,
      validTo: r.validTo,
      warehouseIds: r.warehouseIds,
      paymentTerms: r.paymentTerms as PaymentTerms | null,
      maxDeferralDays: r.maxDeferralDays,
      minOrderAmount: r.minOrderAmount,
    },
    active: r.active,
  };
}
