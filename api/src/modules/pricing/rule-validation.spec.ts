import { Dec } from '../../common/money/decimal';
import { ActionKind, RulePolicy, ScopeKind, TargetKind } from './engine';
import { draftAsRule, ruleWarnings, RuleWarningCode, validateRuleDraft, type RuleDraft } from './rule-validation';

const d = (v: string | number) => new Dec(v);

function draft(over: Partial<RuleDraft> = {}): RuleDraft {
  return {
    name: 'Rule',
    publicLabel: null,
    priority: 0,
    policy: RulePolicy.STACKING,
    scopeKind: ScopeKind.EVERYONE,
    scopeId: null,
    targetKind: TargetKind.ALL,
    targetId: null,
    actionKind: ActionKind.PERCENT_DISCOUNT,
    value: d(5),
    priceTypeId: null,
    currency: null,
    tierBasis: null,
    tiers: null,
    validFrom: null,
    validTo: null,
    warehouseIds: null,
    paymentTerms: null,
    maxDeferralDays: null,
    minOrderAmount: null,
    active: true,
    ...over,
  };
}

const fields = (r: RuleDraft) => validateRuleDraft(r).map((p) => p.field);

describe('validateRuleDraft', () => {
  it('accepts a plain discount', () => {
    expect(validateRuleDraft(draft())).toEqual([]);
  });

  it.each<[string, Partial<RuleDraft>, string[]]>([
    ['empty name', { name: ' ' }, ['name']],
    ['scope id missing', { scopeKind: ScopeKind.COMPANY }, ['scopeId']],
    ['scope id for everyone', { scopeId: 'x' }, ['scopeId']],
    ['target id missing', { targetKind: TargetKind.BRAND }, ['targetId']],
    ['discount above 100', { value: d(101) }, ['value']],
    ['negative discount', { value: d(-1) }, ['value']],
    ['no value', { value: null }, ['value']],
    ['fixed price with 5 places', { actionKind: ActionKind.FIXED_PRICE, value: d('1.00001') }, ['value']],
    ['relative without type', { actionKind: ActionKind.PRICE_TYPE_RELATIVE, value: d(12) }, ['priceTypeId']],
    ['relative at −100 %', { actionKind: ActionKind.PRICE_TYPE_RELATIVE, value: d(-100), priceTypeId: 't' }, ['value']],
    ['switch with a value', { actionKind: ActionKind.SWITCH_PRICE_TYPE, priceTypeId: 't' }, ['value']],
    ['type on a discount', { priceTypeId: 't' }, ['priceTypeId']],
    ['currency on a discount', { currency: 'USD' }, ['currency']],
    [
      'tiers with a value and duplicate steps',
      {
        tierBasis: 'QUANTITY',
        tiers: [
          { from: d(10), value: d(3) },
          { from: d(10), value: d(5) },
        ],
      },
      ['value', 'tiers.1.from'],
    ],
    ['tiers without basis', { value: null, tiers: [{ from: d(10), value: d(3) }] }, ['tierBasis']],
    ['empty tiers', { value: null, tierBasis: 'QUANTITY', tiers: [] }, ['tiers']],
    ['validity backwards', { validFrom: new Date('2026-12-01'), validTo: new Date('2026-11-01') }, ['validTo']],
    ['validity of zero length', { validFrom: new Date('2026-12-01'), validTo: new Date('2026-12-01') }, ['validTo']],
    ['negative min order', { minOrderAmount: d(-1) }, ['minOrderAmount']],
    ['negative deferral', { maxDeferralDays: -1 }, ['maxDeferralDays']],
  ])('refuses %s', (_name, over, expected) => {
    expect(fields(draft(over))).toEqual(expected);
  });
});

describe('ruleWarnings', () => {
  const rule = (id: string, over: Partial<RuleDraft>) => draftAsRule(id, draft({ name: id, ...over }));

  it('warns about a rule that shares scope, target and time', () => {
    const a = rule('a', { scopeKind: ScopeKind.COMPANY, scopeId: 'c1' });
    const b = rule('b', { scopeKind: ScopeKind.COMPANY, scopeId: 'c1', value: d(7) });
    expect(ruleWarnings(a, [a, b]).map((w) => [w.code, w.ruleId])).toEqual([[RuleWarningCode.OVERLAPS, 'b']]);
  });

  it('does not warn when the validity periods do not meet (half-open)', () => {
    const a = rule('a', { validTo: new Date('2026-12-01') });
    const b = rule('b', { validFrom: new Date('2026-12-01') });
    expect(ruleWarnings(a, [b])).toEqual([]);
  });

  it('finds a rule shadowed by an unconditional exclusive rule before it, and the other way round', () => {
    const boss = rule('boss', { priority: 10, policy: RulePolicy.EXCLUSIVE });
    const victim = rule('victim', { priority: 1, targetKind: TargetKind.BRAND, targetId: 'bosch' });
    expect(ruleWarnings(victim, [boss]).map((w) => w.code)).toEqual([RuleWarningCode.SHADOWED_BY]);
    expect(ruleWarnings(boss, [victim]).map((w) => w.code)).toEqual([RuleWarningCode.SHADOWS]);
  });

  it('does not call a rule shadowed when the exclusive one has conditions or a shorter validity', () => {
    const tiered = rule('boss', {
      priority: 10,
      policy: RulePolicy.EXCLUSIVE,
      value: null,
      tierBasis: 'QUANTITY',
      tiers: [{ from: d(100), value: d(5) }],
    });
    const short = rule('short', { priority: 10, policy: RulePolicy.EXCLUSIVE, validTo: new Date('2026-12-01') });
    const victim = rule('victim', { priority: 1, scopeKind: ScopeKind.CONTRACT, scopeId: 'k' });
    expect(ruleWarnings(victim, [tiered, short])).toEqual([]);
  });

  it('ignores inactive rules', () => {
    const a = rule('a', {});
    expect(ruleWarnings(a, [rule('b', { active: false })])).toEqual([]);
  });
});
