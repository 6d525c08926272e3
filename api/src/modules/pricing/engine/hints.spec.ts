import {
  amountTiers,
  d,
  discount,
  entries,
  fixed,
  LARGE,
  price,
  qtyTiers,
  rule,
  switchTo,
} from '../../../../test/pricing/engine-fixtures';
import { MAX_HINTS } from './hints';
import { RulePolicy } from './rule-types';

const hints = (r: ReturnType<typeof price>) =>
  r.hints.map((h) => `from ${h.fromQuantity.toFixed()}: ${h.price.toFixed()}`);

describe('quantity hints', () => {
  const tiered = entries({
    wholesale: [
      [1, '100'],
      [100, '96'],
    ],
  });
  const contractDiscount = rule({ id: 'k', priority: 2, action: discount(5) });
  const volume = rule({ id: 'v', priority: 1, action: discount(0), tiers: qtyTiers([500, 3]) });

  it.each([
    ['1', '95', ['from 100: 91.2', 'from 500: 88.464']],
    ['99', '95', ['from 100: 91.2', 'from 500: 88.464']],
    ['100', '91.2', ['from 500: 88.464']],
    ['500', '88.464', []],
  ])('at quantity %s (price %s): %j', (quantity, expected, expectedHints) => {
    const result = price({ rules: [contractDiscount, volume], entries: tiered, query: { quantity: d(quantity) } });
    expect(result.finalPrice?.toFixed()).toBe(expected);
    expect(hints(result)).toEqual(expectedHints);
  });

  it('leaves out quantities that do not lower the price', () => {
    const fixedPrice = rule({ id: 'f', priority: 9, policy: RulePolicy.EXCLUSIVE, action: fixed(50) });
    expect(hints(price({ rules: [fixedPrice, volume], entries: tiered }))).toEqual([]);
  });

  it(`shows at most ${MAX_HINTS}, the nearest first`, () => {
    const ladder = entries({
      wholesale: [
        [1, '100'],
        [10, '99'],
        [20, '98'],
        [30, '97'],
        [40, '96'],
      ],
    });
    expect(hints(price({ entries: ladder }))).toEqual(['from 10: 99', 'from 20: 98', 'from 30: 97']);
  });

  it.each([
    ['100', '10000', 'from 100: 96'], // exactly reaches the step
    ['30', '1000', 'from 34: 28.8'], // 1000 / 30 = 33.3 → 34 pcs
  ])('turns a line-amount step into a quantity: base %s, step from %s → %s', (base, from, expected) => {
    const rules = [rule({ id: 'm', action: discount(0), tiers: amountTiers([from, 4]) })];
    expect(hints(price({ rules, entries: entries({ wholesale: [[1, base]] }) }))).toEqual([expected]);
  });

  it('prices a switch of price type by quantity', () => {
    const rules = [rule({ id: 's', action: switchTo(LARGE.id), tiers: qtyTiers([100, 0]) })];
    const list = entries({ wholesale: [[1, '100']], large: [[1, '85']] });
    expect(hints(price({ rules, entries: list }))).toEqual(['from 100: 85']);
  });

  it('gives a hint when there is no price yet below the first tier', () => {
    const result = price({ entries: entries({ wholesale: [[10, '50']] }) });
    expect(result.finalPrice).toBeNull();
    expect(hints(result)).toEqual(['from 10: 50']);
  });

  it('ignores tiers of rules that would not apply anyway', () => {
    const expired = rule({
      id: 'x',
      action: discount(0),
      tiers: qtyTiers([500, 3]),
      conditions: { validTo: new Date(0) },
    });
    expect(hints(price({ rules: [expired] }))).toEqual([]);
  });

  it('is off on request', () => {
    expect(price({ rules: [volume], options: { hints: false } }).hints).toEqual([]);
  });
});
