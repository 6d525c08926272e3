import {
  amountTiers,
  d,
  discount,
  entries,
  fixed,
  markup,
  price,
  product,
  qtyTiers,
  rule,
  serialize,
  trace,
} from '../../../../test/pricing/engine-fixtures';
import { RulePolicy, ScopeKind, TargetKind, type PriceRule } from './rule-types';

const { EXCLUSIVE, BEST_PRICE } = RulePolicy;
const final = (r: ReturnType<typeof price>) => r.finalPrice?.toFixed() ?? null;

describe('combination policies', () => {
  const cases: [string, PriceRule[], string, string[]][] = [
    [
      'STACKING chains in order',
      [
        rule({ id: 'c', priority: 1, action: markup(2) }),
        rule({ id: 'a', priority: 3, action: discount(10) }),
        rule({ id: 'b', priority: 2, action: discount(5) }),
      ],
      '87.21', // 100 × 0.9 × 0.95 × 1.02
      ['APPLIED a', 'APPLIED b', 'APPLIED c'],
    ],
    [
      'EXCLUSIVE applies and stops; later applicable rules are skipped as stopped, inapplicable ones keep their reason',
      [
        rule({ id: 'a', priority: 3, action: discount(10) }),
        rule({ id: 'b', priority: 2, policy: EXCLUSIVE, action: discount(20) }),
        rule({ id: 'c', priority: 1, action: discount(5) }),
        rule({ id: 'd', priority: 1, policy: BEST_PRICE, action: discount(50) }),
        rule({ id: 'e', priority: 0, action: discount(5), conditions: { validTo: new Date('2026-01-01') } }),
      ],
      '72',
      [
        'APPLIED a',
        'APPLIED b',
        'SKIPPED c STOPPED_BY_EXCLUSIVE',
        'SKIPPED d STOPPED_BY_EXCLUSIVE',
        'SKIPPED e EXPIRED',
      ],
    ],
    [
      'BEST_PRICE: the pool picks the lowest candidate computed from the walked price',
      [
        rule({ id: 'a', priority: 3, action: discount(10) }),
        rule({ id: 'b', priority: 2, policy: BEST_PRICE, action: discount(5) }), // 85.5
        rule({ id: 'c', priority: 1, policy: BEST_PRICE, action: fixed(80) }), // 80
        rule({ id: 'd', priority: 0, policy: BEST_PRICE, action: discount(15) }), // 76.5
      ],
      '76.5',
      ['APPLIED a', 'NOT_BEST b NOT_BEST_PRICE', 'NOT_BEST c NOT_BEST_PRICE', 'APPLIED d BEST_PRICE_CHOSEN'],
    ],
    [
      'BEST_PRICE tie: the earlier in order wins',
      [
        rule({ id: 'c', priority: 1, policy: BEST_PRICE, action: fixed(90) }),
        rule({ id: 'b', priority: 2, policy: BEST_PRICE, action: discount(10) }),
      ],
      '90',
      ['APPLIED b BEST_PRICE_CHOSEN', 'NOT_BEST c NOT_BEST_PRICE'],
    ],
    [
      'pooled rules before an EXCLUSIVE one still compete on its result',
      [
        rule({ id: 'b', priority: 3, policy: BEST_PRICE, action: discount(5) }),
        rule({ id: 'e', priority: 2, policy: EXCLUSIVE, action: discount(10) }),
        rule({ id: 'f', priority: 1, policy: BEST_PRICE, action: discount(50) }),
      ],
      '85.5',
      ['APPLIED e', 'SKIPPED f STOPPED_BY_EXCLUSIVE', 'APPLIED b BEST_PRICE_CHOSEN'],
    ],
    [
      'the pool result is the lowest candidate even when it is above the walked price (spec: min of candidates)',
      [rule({ id: 'a', policy: BEST_PRICE, action: fixed(120) })],
      '120',
      ['APPLIED a BEST_PRICE_CHOSEN'],
    ],
    [
      'same priority: the product rule before the catch-all one',
      [
        rule({ id: 'a', priority: 1, policy: EXCLUSIVE, action: fixed(80) }),
        rule({
          id: 'z',
          priority: 1,
          policy: EXCLUSIVE,
          action: fixed(70),
          target: { kind: TargetKind.PRODUCT, id: 'product-1' },
        }),
      ],
      '70',
      ['APPLIED z', 'SKIPPED a STOPPED_BY_EXCLUSIVE'],
    ],
    [
      'same priority and target: the contract rule before the everyone rule',
      [
        rule({ id: 'a', priority: 1, policy: EXCLUSIVE, action: fixed(50) }),
        rule({
          id: 'z',
          priority: 1,
          policy: EXCLUSIVE,
          action: fixed(60),
          scope: { kind: ScopeKind.CONTRACT, id: 'contract-1' },
        }),
      ],
      '60',
      ['APPLIED z', 'SKIPPED a STOPPED_BY_EXCLUSIVE'],
    ],
    [
      'a higher priority beats specificity',
      [
        rule({ id: 'a', priority: 2, policy: EXCLUSIVE, action: fixed(80) }),
        rule({
          id: 'z',
          priority: 1,
          policy: EXCLUSIVE,
          action: fixed(70),
          target: { kind: TargetKind.PRODUCT, id: 'product-1' },
        }),
      ],
      '80',
      ['APPLIED a', 'SKIPPED z STOPPED_BY_EXCLUSIVE'],
    ],
  ];

  it.each(cases)('%s', (_why, rules, expected, steps) => {
    const result = price({ rules });
    expect(final(result)).toBe(expected);
    expect(trace(result)).toEqual(steps);
    // Whatever order the rules came in.
    expect(serialize(price({ rules: [...rules].reverse() }))).toBe(serialize(result));
  });

  it('names the exclusive rule that stopped a later one and chains prices through the steps', () => {
    const result = price({
      rules: [
        rule({ id: 'a', priority: 2, policy: EXCLUSIVE, action: discount(20), name: 'Dealer contract' }),
        rule({ id: 'b', priority: 1, action: discount(5) }),
      ],
    });
    expect(result.steps[1].reason?.text).toBe('stopped by exclusive rule "Dealer contract"');
    expect(result.steps.map((s) => [s.priceBefore?.toFixed(), s.priceAfter?.toFixed()])).toEqual([
      ['100', '80'],
      ['80', '80'],
    ]);
  });
});

describe('which rules are considered', () => {
  it('leaves out inactive rules and rules for other contracts, companies, groups, products, brands and categories', () => {
    const rules = [
      rule({ id: 'inactive', active: false, action: discount(50) }),
      rule({ id: 'other-company', scope: { kind: ScopeKind.COMPANY, id: 'company-2' }, action: discount(50) }),
      rule({ id: 'other-group', scope: { kind: ScopeKind.GROUP, id: 'group-x' }, action: discount(50) }),
      rule({ id: 'other-product', target: { kind: TargetKind.PRODUCT, id: 'product-2' }, action: discount(50) }),
      rule({ id: 'other-brand', target: { kind: TargetKind.BRAND, id: 'brand-2' }, action: discount(50) }),
      rule({ id: 'other-category', target: { kind: TargetKind.CATEGORY, id: 'cat-x' }, action: discount(50) }),
      rule({ id: 'parent-category', target: { kind: TargetKind.CATEGORY, id: 'cat-tools' }, action: discount(10) }),
      rule({ id: 'my-group', scope: { kind: ScopeKind.GROUP, id: 'group-dealers' }, action: discount(10) }),
    ];
    const result = price({ rules });
    // Category (target specificity 2) comes before a group rule for all products (1).
    expect(trace(result)).toEqual(['APPLIED parent-category', 'APPLIED my-group']);
    expect(final(result)).toBe('81');
  });

  it('applies a category rule once even if the category is listed twice', () => {
    const rules = [rule({ id: 'c', target: { kind: TargetKind.CATEGORY, id: 'cat-1' }, action: discount(10) })];
    expect(final(price({ rules, product: product({ categoryIds: ['cat-1', 'cat-1'] }) }))).toBe('90');
  });
});

describe('quantity tiers', () => {
  const tiered = entries({
    wholesale: [
      [1, '100'],
      [100, '96'],
    ],
  });
  it.each([
    ['99', '100'],
    ['100', '96'],
    ['101', '96'],
  ])('price entry from 100: quantity %s → %s', (quantity, expected) => {
    const result = price({ entries: tiered, query: { quantity: d(quantity) } });
    expect(result.basePrice?.toFixed()).toBe(expected);
    expect(final(result)).toBe(expected);
  });

  const volume = rule({ id: 'v', action: discount(0), tiers: qtyTiers([100, 3], [500, 5]) });
  it.each([
    ['99', '100', 'SKIPPED v BELOW_FIRST_TIER'],
    ['100', '97', 'APPLIED v'],
    ['101', '97', 'APPLIED v'],
    ['499', '97', 'APPLIED v'],
    ['500', '95', 'APPLIED v'],
  ])('rule tiers by quantity from 100/500: quantity %s → %s', (quantity, expected, step) => {
    const result = price({ rules: [volume], query: { quantity: d(quantity) } });
    expect(final(result)).toBe(expected);
    expect(trace(result)).toEqual([step]);
  });

  it('says where a quantity tier starts', () => {
    const result = price({ rules: [volume], query: { quantity: d(99) } });
    expect(result.steps[0].reason?.text).toBe('applies from quantity 100; the quantity is 99');
    expect(price({ rules: [volume], query: { quantity: d(100) } }).steps[0]).toMatchObject({
      value: d(3),
      tierFrom: d(100),
    });
  });

  const byAmount = rule({ id: 'm', action: discount(0), tiers: amountTiers([10000, 4]) });
  it.each([
    ['99', '100', 'SKIPPED m BELOW_FIRST_TIER'], // line 9 900
    ['100', '96', 'APPLIED m'], // line 10 000
    ['101', '96', 'APPLIED m'],
  ])('rule tiers by line amount from 10 000: quantity %s → %s', (quantity, expected, step) => {
    const result = price({ rules: [byAmount], query: { quantity: d(quantity) } });
    expect(final(result)).toBe(expected);
    expect(trace(result)).toEqual([step]);
  });

  it('cannot tier by line amount without a base price', () => {
    const rules = [rule({ id: 'f', priority: 1, action: fixed(50) }), byAmount];
    const result = price({ rules, entries: entries({}), query: { quantity: d(1000) } });
    expect(trace(result)).toEqual(['APPLIED f', 'SKIPPED m LINE_AMOUNT_UNKNOWN']);
  });
});
