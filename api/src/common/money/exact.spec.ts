import { d } from '../../../test/pricing/engine-fixtures';
import { roundPrice } from './decimal';
import { Exact, REPORT_SCALE } from './exact';

const x = (v: string) => Exact.fromDec(d(v));

describe('exact arithmetic of the walk', () => {
  it.each([
    ['100', '0.9', '90'],
    ['1.0001', '0.5', '0.50005'],
    ['-2.5', '0.1', '-0.25'],
    ['0.0001', '0.0001', '0.00000001'],
    ['123456789012345.6789', '1.12', '138271603693827.160368'],
  ])('%s × %s = %s', (a, b, expected) => {
    expect(x(a).times(x(b)).toDec().toFixed()).toBe(expected);
  });

  it.each([
    ['1', '1.000', 0],
    ['1.5', '1.49999', 1],
    ['-1', '0', -1],
    ['0.1', '0.10000000000000000000001', -1],
  ])('compares %s with %s', (a, b, expected) => {
    expect(x(a).cmp(x(b))).toBe(expected);
  });

  it('stays exact over many steps and cuts only when turned into a Dec, never changing the 4-place rounding', () => {
    let value = x('123.4567');
    for (let i = 0; i < 30; i++) value = value.times(x('0.9667'));
    expect(value.s).toBeGreaterThan(100);
    const dec = value.toDec();
    expect(dec.decimalPlaces()).toBeLessThanOrEqual(REPORT_SCALE);
    // Half-up boundary: 5.00004999…9 (exact, more than 20 places) must not round up.
    const justBelow = x('5.00004999999999999999').times(x('1.00000000000000000000001'));
    expect(justBelow.cmp(x('5.00005'))).toBe(-1);
    expect(roundPrice(justBelow.toDec()).toFixed()).toBe('5');
    expect(roundPrice(x('5.00005').toDec()).toFixed()).toBe('5.0001');
  });

  it.each([
    ['5.00005', '5.0001'],
    ['5.00004999999999999999999', '5'],
    ['-2.00005', '-2.0001'],
    ['-2.00004', '-2'],
    ['12', '12'],
    ['0.1', '0.1'],
    ['99.99995', '100'],
    ['0.00004', '0'],
    ['1234.5000', '1234.5'],
    ['0.0010', '0.001'],
    ['-0.05', '-0.05'],
  ])('rounds %s half up to 4 places in one step, written as Dec writes it: %s', (value, expected) => {
    expect(x(value).rounded(4).toText()).toBe(expected);
    expect(x(value).rounded(4).toText()).toBe(roundPrice(x(value).toDec()).toFixed());
  });

  it('knows negatives and zero', () => {
    expect(x('-0.01').isNegative()).toBe(true);
    expect(x('0').isNegative()).toBe(false);
    expect(x('-0.000000000000000000000001').toDec().toFixed()).toBe('0');
  });
});
