import { d, discount, entries, price, qtyTiers, rule, switchTo } from '../../../../test/pricing/engine-fixtures';
import { RulePolicy } from './rule-types';

/**
 * Price lists run compiled plans (explain: false); rule sets with price-type switches are compiled too.
 * Each case: the plan's price equals the explained walk's, and is the one expected.
 */
describe('compiled plans with price-type switches', () => {
  const both = (s: Parameters<typeof price>[0]) => {
    const walked = price({ ...s, options: { explain: true, hints: false } });
    const planned = price({ ...s, options: { explain: false, hints: false } });
    expect(planned.finalPrice?.toFixed() ?? null).toBe(walked.finalPrice?.toFixed() ?? null);
    expect(planned.priceTypeId).toBe(walked.priceTypeId);
    return planned;
  };
  const prices = entries({
    wholesale: [[1, '100']],
    dealer: [
      [1, '90'],
      [100, '80'],
    ],
    large: [[1, '85']],
  });

  it.each`
    name                                              | rules                                                                                                                                 | quantity | type           | expected
    ${'switch, then a discount on the new base'}      | ${[rule({ id: 's', priority: 9, action: switchTo('dealer') }), rule({ id: 'd', action: discount(10) })]}                              | ${1}     | ${'dealer'}    | ${'81'}
    ${'switch uses the new type’s quantity tier'}     | ${[rule({ id: 's', action: switchTo('dealer') })]}                                                                                    | ${150}   | ${'dealer'}    | ${'80'}
    ${'the first switch in order wins'}               | ${[rule({ id: 'a', priority: 5, action: switchTo('large') }), rule({ id: 'b', priority: 9, action: switchTo('dealer') })]}            | ${1}     | ${'dealer'}    | ${'90'}
    ${'a switch to a type without a price is passed'} | ${[rule({ id: 'a', priority: 9, action: switchTo('purchase') }), rule({ id: 'b', action: switchTo('large') })]}                       | ${1}     | ${'large'}     | ${'85'}
    ${'a tiered switch below its step does not act'}  | ${[rule({ id: 's', action: switchTo('dealer'), tiers: qtyTiers([100, 0]) })]}                                                         | ${10}    | ${'wholesale'} | ${'100'}
    ${'a switch acts before an earlier exclusive'}    | ${[rule({ id: 'x', priority: 9, policy: RulePolicy.EXCLUSIVE, action: discount(50) }), rule({ id: 's', action: switchTo('large') })]} | ${1}     | ${'large'}     | ${'42.5'}
  `('$name', ({ rules, quantity, type, expected }) => {
    const r = both({ rules, entries: prices, query: { quantity: d(quantity as number) } });
    expect([r.priceTypeId, r.finalPrice?.toFixed()]).toEqual([type, expected]);
  });
});
