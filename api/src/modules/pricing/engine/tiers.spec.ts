import { d } from '../../../../test/pricing/engine-fixtures';
import { Exact } from '../../../common/money/exact';
import { selectStep, tierPrice, type PreparedStep } from './tiers';

const tiers = (...rows: [number | string, number | string][]) =>
  rows.map(([minQuantity, price]) => ({ minQuantity: d(minQuantity), price: d(price) }));

describe('price entry tiers', () => {
  const ladder = tiers([500, '90'], [1, '100'], [100, '95']); // deliberately unsorted
  it.each([
    ['0.5', '100'], // below the basic tier from 1: still the basic price
    ['0', '100'],
    ['1', '100'],
    ['99', '100'],
    ['99.9999', '100'],
    ['100', '95'],
    ['101', '95'],
    ['499', '95'],
    ['500', '90'],
    ['100000', '90'],
  ])('quantity %s → %s', (quantity, expected) => {
    expect(tierPrice(ladder, d(quantity))?.toFixed()).toBe(expected);
  });

  it.each([
    ['from 0 covers everything', tiers([0, '10'], ['0.5', '9']), '0.3', '10'],
    ['fractional tiers below 1 count', tiers([0, '10'], ['0.5', '9']), '0.7', '9'],
    ['no basic tier: nothing below the first', tiers([10, '50']), '5', null],
    ['no basic tier: from the first on', tiers([10, '50']), '10', '50'],
    ['equal minQuantity: the cheaper', tiers([1, '7'], [1, '6']), '3', '6'],
  ])('%s', (_why, list, quantity, expected) => {
    expect(tierPrice(list, d(quantity))?.toFixed() ?? null).toBe(expected);
  });

  it('has no price without entries', () => {
    expect(tierPrice(undefined, d(1))).toBeNull();
    expect(tierPrice([], d(1))).toBeNull();
  });
});

describe('rule steps', () => {
  const steps: PreparedStep[] = [
    { from: d(100), value: d(3), factor: Exact.fromDec(d('0.97')) },
    { from: d(500), value: d(5), factor: Exact.fromDec(d('0.95')) },
  ];
  it.each([
    ['99', null],
    ['100', '3'],
    ['101', '3'],
    ['499', '3'],
    ['500', '5'],
  ])('basis %s → value %s', (basis, expected) => {
    expect(selectStep(steps, d(basis))?.value.toFixed() ?? null).toBe(expected);
  });
});
