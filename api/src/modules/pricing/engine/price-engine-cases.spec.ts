import {
  contract,
  d,
  DEALER,
  discount,
  entries,
  fixed,
  LARGE,
  markup,
  price,
  PURCHASE,
  qtyTiers,
  relative,
  rule,
  switchTo,
  trace,
  WHOLESALE,
} from '../../../../test/pricing/engine-fixtures';
import { roundPrice } from '../../../common/money/decimal';
import { ReasonCode } from './price-result';
import { PaymentTerms, RulePolicy } from './rule-types';
import { zonedTimeToInstant } from './zoned-time';

const final = (r: ReturnType<typeof price>) => r.finalPrice?.toFixed() ?? null;

describe('conditions through the engine', () => {
  // From 1 December 2026 00:00 Moscow time = 2026-11-30T21:00Z.
  const promo = rule({
    id: 'promo',
    action: discount(10),
    conditions: { validFrom: zonedTimeToInstant('2026-12-01T00:00', 'Europe/Moscow') },
  });
  it.each([
    ['2026-11-30T20:59:00Z', '100', 'SKIPPED promo NOT_YET_VALID'],
    ['2026-11-30T21:00:00Z', '90', 'APPLIED promo'],
  ])('a Moscow-midnight promotion at %s → %s', (at, expected, step) => {
    const result = price({ rules: [promo], query: { at: new Date(at) } });
    expect(final(result)).toBe(expected);
    expect(trace(result)).toEqual([step]);
  });

  it('ends a rule at validTo, exclusive', () => {
    const until = rule({ id: 'u', action: discount(10), conditions: { validTo: new Date('2026-07-01T00:00:00Z') } });
    expect(final(price({ rules: [until], query: { at: new Date('2026-06-30T23:59:59.999Z') } }))).toBe('90');
    expect(trace(price({ rules: [until], query: { at: new Date('2026-07-01T00:00:00Z') } }))).toEqual([
      'SKIPPED u EXPIRED',
    ]);
  });

  const byWarehouse = rule({ id: 'w', action: discount(10), conditions: { warehouseIds: ['w1', 'w2'] } });
  it.each([
    ['w1', '90', 'APPLIED w'],
    ['w3', '100', 'SKIPPED w WAREHOUSE_NOT_IN_LIST'],
    [null, '100', 'SKIPPED w WAREHOUSE_NOT_CHOSEN'],
  ])('warehouse condition, shipping from %s → %s', (warehouseId, expected, step) => {
    const result = price({ rules: [byWarehouse], query: { warehouseId } });
    expect(final(result)).toBe(expected);
    expect(trace(result)).toEqual([step]);
  });

  it('treats an empty warehouse list as any warehouse', () => {
    expect(final(price({ rules: [rule({ id: 'w', action: discount(10), conditions: { warehouseIds: [] } })] }))).toBe(
      '90',
    );
  });

  const prepayOnly = rule({ id: 'p', action: discount(2), conditions: { paymentTerms: PaymentTerms.PREPAYMENT } });
  const shortDeferral = rule({ id: 's', action: discount(1), conditions: { maxDeferralDays: 14 } });
  it.each([
    ['prepayment', contract({ paymentTerms: PaymentTerms.PREPAYMENT }), '97.02', ['APPLIED p', 'APPLIED s']],
    [
      '30 days deferral',
      contract({ paymentTerms: PaymentTerms.DEFERRAL, deferralDays: 30 }),
      '100',
      ['SKIPPED p PAYMENT_TERMS_DIFFER', 'SKIPPED s DEFERRAL_TOO_LONG'],
    ],
    [
      '14 days deferral',
      contract({ paymentTerms: PaymentTerms.DEFERRAL, deferralDays: 14 }),
      '99',
      ['SKIPPED p PAYMENT_TERMS_DIFFER', 'APPLIED s'],
    ],
  ])('payment terms: %s', (_why, k, expected, steps) => {
    const result = price({ rules: [prepayOnly, shortDeferral], contract: k });
    expect(final(result)).toBe(expected);
    expect(trace(result)).toEqual(steps);
  });

  const bigOrder = rule({ id: 'o', action: discount(5), conditions: { minOrderAmount: d(50000) } });
  it.each([
    [null, '100', 'SKIPPED o ORDER_AMOUNT_UNKNOWN'],
    ['49999.99', '100', 'SKIPPED o ORDER_AMOUNT_TOO_LOW'],
    ['50000', '95', 'APPLIED o'],
  ])('minimum order amount with order amount %s → %s', (orderAmount, expected, step) => {
    const result = price({ rules: [bigOrder], query: { orderAmount: orderAmount === null ? null : d(orderAmount) } });
    expect(final(result)).toBe(expected);
    expect(trace(result)).toEqual([step]);
  });

  it('explains in the catalog that the order amount is not known yet', () => {
    expect(price({ rules: [bigOrder] }).steps[0].reason?.text).toBe(
      'applies to orders from 50000; the order amount is not known here',
    );
  });
});

describe('price types', () => {
  const withPurchase = entries({ wholesale: [[1, '100']], purchase: [[1, '50']], dealer: [[1, '80']] });
  it.each([
    // Purchase is kept without VAT: 50 × 1.20 (VAT 20 %) = 60, + 12 % = 67.2, in the base type's VAT mode.
    ['purchase + 12 %', [rule({ id: 'r', action: relative(PURCHASE.id, 12) })], '67.2', ['APPLIED r']],
    ['dealer − 5 % (negative value)', [rule({ id: 'r', action: relative(DEALER.id, -5) })], '76', ['APPLIED r']],
    [
      'ignores the running price',
      [rule({ id: 'a', priority: 1, action: discount(10) }), rule({ id: 'r', action: relative(DEALER.id, 0) })],
      '80',
      ['APPLIED a', 'APPLIED r'],
    ],
    [
      'no price of that type → skipped',
      [rule({ id: 'r', action: relative(LARGE.id, 12) })],
      '100',
      ['SKIPPED r TARGET_PRICE_MISSING'],
    ],
  ])('PRICE_TYPE_RELATIVE: %s', (_why, rules, expected, steps) => {
    const result = price({ rules, entries: withPurchase });
    expect(final(result)).toBe(expected);
    expect(trace(result)).toEqual(steps);
  });

  const all = entries({ wholesale: [[1, '100']], dealer: [[1, '80']], large: [[1, '85']] });
  it.each([
    [
      'the first switch in order wins',
      [
        rule({ id: 's2', priority: 1, action: switchTo(LARGE.id) }),
        rule({ id: 's1', priority: 2, action: switchTo(DEALER.id) }),
      ],
      all,
      DEALER.id,
      '80',
      ['SWITCHED_BASE s1 PRICE_TYPE_SWITCHED', 'SKIPPED s2 SWITCH_ALREADY_APPLIED'],
    ],
    [
      'a switch to a type without a price is skipped; the next one applies',
      [
        rule({ id: 's2', priority: 1, action: switchTo(LARGE.id) }),
        rule({ id: 's1', priority: 2, action: switchTo(DEALER.id) }),
      ],
      entries({ wholesale: [[1, '100']], large: [[1, '85']] }),
      LARGE.id,
      '85',
      ['SKIPPED s1 TARGET_PRICE_MISSING', 'SWITCHED_BASE s2 PRICE_TYPE_SWITCHED'],
    ],
    [
      'the switch chooses the base before any other rule, even an earlier exclusive one',
      [
        rule({ id: 'x', priority: 5, policy: RulePolicy.EXCLUSIVE, action: discount(10) }),
        rule({ id: 's', priority: 1, action: switchTo(DEALER.id) }),
      ],
      all,
      DEALER.id,
      '72',
      ['SWITCHED_BASE s PRICE_TYPE_SWITCHED', 'APPLIED x'],
    ],
  ])('SWITCH_PRICE_TYPE: %s', (_why, rules, list, typeId, expected, steps) => {
    const result = price({ rules, entries: list });
    expect(result.priceTypeId).toBe(typeId);
    expect(result.basePrice).toEqual(list.get(typeId)![0].price);
    expect(final(result)).toBe(expected);
    expect(trace(result)).toEqual(steps);
  });

  it('switches by quantity: large wholesale from 100 pcs', () => {
    const rules = [rule({ id: 's', action: switchTo(LARGE.id), tiers: qtyTiers([100, 0]) })];
    expect(price({ rules, entries: all, query: { quantity: d(99) } }).priceTypeId).toBe(WHOLESALE.id);
    expect(price({ rules, entries: all, query: { quantity: d(100) } }).priceTypeName).toBe('Large wholesale');
  });

  it('skips a fixed price in another currency', () => {
    const result = price({ rules: [rule({ id: 'f', action: fixed(1, 'USD') })] });
    expect(final(result)).toBe('100');
    expect(result.steps[0].reason).toEqual({
      code: ReasonCode.CURRENCY_MISMATCH,
      text: 'fixed price in USD; the base price is in RUB',
    });
    expect(result.currency).toBe('RUB');
  });
});

describe('rounding, floor, no price', () => {
  it('rounds once at the end: 1.0001 −50 % +100 % stays 1.0001 (rounding each step would give 1.0002)', () => {
    const rules = [
      rule({ id: 'a', priority: 2, action: discount(50) }),
      rule({ id: 'b', priority: 1, action: markup(100) }),
    ];
    const result = price({ rules, entries: entries({ wholesale: [[1, '1.0001']] }) });
    expect(result.steps[0].priceAfter?.toFixed()).toBe('0.50005');
    expect(final(result)).toBe('1.0001');
  });

  it.each([
    ['10.0001', '5.0001'], // 5.00005: half up (banker's rounding would give 5.0000)
    ['10.0003', '5.0002'], // 5.00015
    ['0.0001', '0.0001'], // 0.00005
    ['10.0002', '5.0001'],
  ])('rounds half up at the 4th place: %s −50 %% → %s', (base, expected) => {
    const result = price({
      rules: [rule({ id: 'a', action: discount(50) })],
      entries: entries({ wholesale: [[1, base]] }),
    });
    expect(final(result)).toBe(expected);
  });

  it('keeps full precision through many steps', () => {
    const rules = Array.from({ length: 7 }, (_, i) => rule({ id: `r${i}`, action: discount('3.33') }));
    const result = price({ rules, entries: entries({ wholesale: [[1, '123.4567']] }) });
    // Exactly 97.39949255452430746406565451945741 (32 places), reported cut to 20.
    expect(result.unroundedPrice?.toFixed()).toBe('97.39949255452430746406');
    expect(final(result)).toBe('97.3995');
    expect(result.finalPrice).toEqual(roundPrice(result.unroundedPrice!));
  });

  it.each([
    [
      'a discount over 100 %',
      [rule({ id: 'a', priority: 1, action: discount(150) }), rule({ id: 'b', action: markup(10) })],
    ],
    ['a negative price-type-relative', [rule({ id: 'a', action: relative(WHOLESALE.id, -150) })]],
  ])('floors at zero: %s', (_why, rules) => {
    const result = price({ rules });
    expect(final(result)).toBe('0');
    expect(result.clampedAtZero).toBe(true);
    expect(result.steps[0].reason?.code).toBe(ReasonCode.CLAMPED_AT_ZERO);
  });

  it('has no price without a base price and without a rule that sets one', () => {
    const result = price({
      rules: [rule({ id: 'a', action: discount(10) })],
      entries: entries({ dealer: [[1, '80']] }),
    });
    expect(result.finalPrice).toBeNull();
    expect(result.unroundedPrice).toBeNull();
    expect(result.noPriceReason?.code).toBe(ReasonCode.NO_BASE_PRICE);
    expect(result.noPriceReason?.text).toBe('no "Wholesale" price for quantity 1 and no rule sets a price');
    expect(trace(result)).toEqual(['SKIPPED a NO_PRICE_TO_ADJUST']);
  });

  it.each([
    ['a fixed price gives one, and later percentages apply to it', 2, 1, '63', ['APPLIED f', 'APPLIED a']],
    [
      'a percentage before the fixed price has nothing to apply to',
      1,
      2,
      '70',
      ['SKIPPED a NO_PRICE_TO_ADJUST', 'APPLIED f'],
    ],
  ])('without a base price: %s', (_why, fixedPriority, discountPriority, expected, steps) => {
    const rules = [
      rule({ id: 'f', priority: fixedPriority, action: fixed(70) }),
      rule({ id: 'a', priority: discountPriority, action: discount(10) }),
    ];
    const result = price({ rules, entries: entries({}) });
    expect(result.basePrice).toBeNull();
    expect(final(result)).toBe(expected);
    expect(result.noPriceReason).toBeNull();
    expect(trace(result)).toEqual(steps);
  });

  it('gives the same price without the explanation', () => {
    const rules = [
      rule({ id: 'a', action: discount(7) }),
      rule({ id: 'b', policy: RulePolicy.BEST_PRICE, action: fixed(90) }),
    ];
    const full = price({ rules });
    const quick = price({ rules, options: { explain: false, hints: false } });
    expect(quick.finalPrice).toEqual(full.finalPrice);
    expect(quick.steps).toEqual([]);
    expect(quick.hints).toEqual([]);
  });
});
