import { rule } from '../../../../test/pricing/engine-fixtures';
import { compareRules, sortRules } from './rule-order';
import { ScopeKind, TargetKind, type PriceRule } from './rule-types';

const scope = (kind: ScopeKind) => ({ kind, id: kind === ScopeKind.EVERYONE ? null : 'x' });
const target = (kind: TargetKind) => ({ kind, id: kind === TargetKind.ALL ? null : 'x' });

describe('rule order', () => {
  // Each row: the rule that must come first, the one after it, and why.
  const cases: [string, PriceRule, PriceRule][] = [
    ['higher priority first', rule({ id: 'z', priority: 2 }), rule({ id: 'a', priority: 1 })],
    ['negative priorities too', rule({ id: 'z', priority: -1 }), rule({ id: 'a', priority: -5 })],
    [
      'priority beats specificity',
      rule({ id: 'z', priority: 1, target: target(TargetKind.ALL) }),
      rule({ id: 'a', priority: 0, target: target(TargetKind.PRODUCT) }),
    ],
    [
      'product before brand',
      rule({ id: 'z', target: target(TargetKind.PRODUCT) }),
      rule({ id: 'a', target: target(TargetKind.BRAND) }),
    ],
    [
      'brand before category',
      rule({ id: 'z', target: target(TargetKind.BRAND) }),
      rule({ id: 'a', target: target(TargetKind.CATEGORY) }),
    ],
    [
      'category before all',
      rule({ id: 'z', target: target(TargetKind.CATEGORY) }),
      rule({ id: 'a', target: target(TargetKind.ALL) }),
    ],
    [
      'target beats scope',
      rule({ id: 'z', target: target(TargetKind.BRAND), scope: scope(ScopeKind.EVERYONE) }),
      rule({ id: 'a', target: target(TargetKind.CATEGORY), scope: scope(ScopeKind.CONTRACT) }),
    ],
    [
      'contract before legal entity',
      rule({ id: 'z', scope: scope(ScopeKind.CONTRACT) }),
      rule({ id: 'a', scope: scope(ScopeKind.LEGAL_ENTITY) }),
    ],
    [
      'legal entity before company',
      rule({ id: 'z', scope: scope(ScopeKind.LEGAL_ENTITY) }),
      rule({ id: 'a', scope: scope(ScopeKind.COMPANY) }),
    ],
    [
      'company before group',
      rule({ id: 'z', scope: scope(ScopeKind.COMPANY) }),
      rule({ id: 'a', scope: scope(ScopeKind.GROUP) }),
    ],
    [
      'group before everyone',
      rule({ id: 'z', scope: scope(ScopeKind.GROUP) }),
      rule({ id: 'a', scope: scope(ScopeKind.EVERYONE) }),
    ],
    ['then id ascending', rule({ id: 'a' }), rule({ id: 'b' })],
    ['ids by code unit, not locale', rule({ id: 'B' }), rule({ id: 'a' })],
  ];

  it.each(cases)('%s', (_why, first, second) => {
    expect(compareRules(first, second)).toBeLessThan(0);
    expect(compareRules(second, first)).toBeGreaterThan(0);
    expect(sortRules([second, first]).map((r) => r.id)).toEqual([first.id, second.id]);
  });

  it('refuses duplicate ids, which would make the order depend on the input', () => {
    expect(() => sortRules([rule({ id: 'a', priority: 1 }), rule({ id: 'a', priority: 2 })])).toThrow(/Duplicate/);
  });
});
