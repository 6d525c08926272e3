import {
  d,
  DEALER,
  discount,
  entries,
  fixed,
  markup,
  price,
  PURCHASE,
  qtyTiers,
  relative,
  rule,
  switchTo,
} from '../../../../test/pricing/engine-fixtures';
import { BuyerStepKind, genericLabel, toBuyerView } from './buyer-view';
import { RulePolicy, ScopeKind } from './rule-types';

describe('buyer view of an explanation', () => {
  const list = entries({ wholesale: [[1, '100']], dealer: [[1, '80']], purchase: [[1, '40']] });
  const rules = [
    rule({ id: 'sw-1', name: 'Internal: dealers switch', priority: 9, action: switchTo(DEALER.id) }),
    rule({
      id: 'k-1',
      name: 'Contract 17/2026 discount',
      publicLabel: '−5% by contract',
      priority: 5,
      scope: { kind: ScopeKind.CONTRACT, id: 'contract-1' },
      action: discount(5),
    }),
    rule({
      id: 'v-1',
      name: 'Volume',
      publicLabel: '−3% from 100 pcs',
      priority: 4,
      action: discount(0),
      tiers: qtyTiers([100, 3]),
    }),
    rule({ id: 'x-1', name: 'Secret promo', priority: 3, action: discount(30), conditions: { validTo: new Date(0) } }),
    rule({
      id: 'cost-1',
      name: 'Cost plus',
      priority: 2,
      policy: RulePolicy.BEST_PRICE,
      action: relative(PURCHASE.id, 400),
    }),
    rule({ id: 'bp-1', name: 'Clearance', priority: 1, policy: RulePolicy.BEST_PRICE, action: discount(1) }),
  ];

  it('keeps the base type name and the applied steps with public labels', () => {
    const result = price({ rules, entries: list, query: { quantity: d(100) } });
    const view = toBuyerView(result);
    expect(view.priceTypeName).toBe('Dealer');
    expect(view.basePrice?.toFixed()).toBe('80');
    // 80 × 0.95 × 0.97 = 73.72; pool: cost plus 40×1.2×5 = 240 vs clearance 72.9828 → clearance.
    expect(view.finalPrice?.toFixed()).toBe('72.9828');
    expect(view.steps.map((s) => s.label)).toEqual(['−5% by contract', '−3% from 100 pcs', '−1%']);
    expect(view.steps[2]).toEqual({ label: '−1%', generic: true, kind: BuyerStepKind.DISCOUNT, percent: d(1) });
  });

  it('never shows rule names or ids, skipped or losing rules, other price types or reason texts', () => {
    const text = JSON.stringify(toBuyerView(price({ rules, entries: list, query: { quantity: d(100) } })));
    for (const secret of [
      'Internal',
      'Contract 17',
      'Secret',
      'Cost plus',
      'Clearance',
      'Purchase',
      'purchase',
      '-1"',
      'sw-1',
      'k-1',
      'x-1',
      'cost-1',
      'bp-1',
      'EXPIRED',
      'stopped',
      'Wholesale',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it.each([
    [discount(5), '−5%', BuyerStepKind.DISCOUNT, '5'],
    [discount('2.5'), '−2.5%', BuyerStepKind.DISCOUNT, '2.5'],
    [discount(-3), '+3%', BuyerStepKind.MARKUP, '3'],
    [markup(4), '+4%', BuyerStepKind.MARKUP, '4'],
    [markup(-4), '−4%', BuyerStepKind.DISCOUNT, '4'],
    [fixed(70), 'Special price', BuyerStepKind.SPECIAL_PRICE, null],
    [relative(PURCHASE.id, 12), 'Special price', BuyerStepKind.SPECIAL_PRICE, null],
  ])('generic label for %o → %s', (action, label, kind, percent) => {
    const view = toBuyerView(price({ rules: [rule({ id: 'a', action })], entries: list }));
    expect(view.steps).toEqual([{ label, generic: true, kind, percent: percent === null ? null : d(percent) }]);
    expect(genericLabel(kind, percent === null ? null : d(percent))).toBe(label);
  });
});
