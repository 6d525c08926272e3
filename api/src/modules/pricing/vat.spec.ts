import { Dec } from '../../common/money/decimal';
import { Exact } from '../../common/money/exact';
import { splitVat, unitPriceInVatMode, unitPriceTextInVatMode, vatFactor } from './vat';

const d = (v: string) => new Dec(v);

describe('splitVat', () => {
  it.each`
    amount      | rate    | included | net         | vat       | gross
    ${'122.00'} | ${'22'} | ${true}  | ${'100'}    | ${'22'}   | ${'122'}
    ${'100.00'} | ${'22'} | ${false} | ${'100'}    | ${'22'}   | ${'122'}
    ${'10.00'}  | ${'20'} | ${true}  | ${'8.33'}   | ${'1.67'} | ${'10'}
    ${'0.05'}   | ${'10'} | ${false} | ${'0.05'}   | ${'0.01'} | ${'0.06'}
    ${'999.99'} | ${'0'}  | ${true}  | ${'999.99'} | ${'0'}    | ${'999.99'}
  `('$amount at $rate% (included: $included) → net $net, VAT $vat', ({ amount, rate, included, net, vat, gross }) => {
    const s = splitVat(d(amount as string), d(rate as string), included as boolean);
    expect([s.net.toFixed(), s.vat.toFixed(), s.gross.toFixed()]).toEqual([
      d(net as string).toFixed(),
      d(vat as string).toFixed(),
      d(gross as string).toFixed(),
    ]);
  });

  it('treats a product without VAT as zero VAT', () => {
    const s = splitVat(d('50'), null, false);
    expect(s.vat.isZero()).toBe(true);
    expect(s.gross.toFixed()).toBe('50');
  });
});

describe('unitPriceInVatMode', () => {
  it('removes and adds VAT at the product rate, rounding to 4 places', () => {
    expect(unitPriceInVatMode(d('122'), d('22'), true, false).toFixed()).toBe('100');
    expect(unitPriceInVatMode(d('10'), d('22'), true, false).toFixed()).toBe('8.1967');
    expect(unitPriceInVatMode(d('8.1967'), d('22'), false, true).toFixed()).toBe('10');
    expect(unitPriceInVatMode(d('10'), null, true, false).toFixed()).toBe('10');
    expect(unitPriceInVatMode(d('10'), d('22'), true, true).toFixed()).toBe('10');
  });
});

describe('unitPriceTextInVatMode (price lists: exact, no decimal.js object when VAT is added)', () => {
  it.each`
    price          | rate     | from     | to
    ${'100'}       | ${'20'}  | ${false} | ${true}
    ${'0.0001'}    | ${'20'}  | ${false} | ${true}
    ${'83.3375'}   | ${'20'}  | ${false} | ${true}
    ${'10.4167'}   | ${'10'}  | ${false} | ${true}
    ${'1234.5678'} | ${'7.5'} | ${false} | ${true}
    ${'99.9999'}   | ${'22'}  | ${false} | ${true}
    ${'120'}       | ${'20'}  | ${true}  | ${false}
    ${'0.0001'}    | ${'20'}  | ${true}  | ${false}
    ${'55.55'}     | ${'0'}   | ${false} | ${true}
    ${'55.5500'}   | ${'20'}  | ${true}  | ${true}
    ${'55.55'}     | ${null}  | ${false} | ${true}
  `('$price at $rate% ($from → $to) is written as unitPriceInVatMode gives it', ({ price, rate, from, to }) => {
    const r = rate === null ? null : d(rate as string);
    const expected = unitPriceInVatMode(d(price as string), r, from as boolean, to as boolean).toFixed();
    const text = unitPriceTextInVatMode(
      Exact.fromText(price as string),
      r,
      r && vatFactor(r),
      from as boolean,
      to as boolean,
    );
    expect(text).toBe(expected);
  });

  it('rounds the added VAT half up once (0.0125 × 1.1 = 0.01375 → 0.0138); a zero rate changes nothing', () => {
    expect(unitPriceTextInVatMode(Exact.fromText('83.3375'), d('20'), vatFactor(d('20')), false, true)).toBe('100.005');
    expect(unitPriceTextInVatMode(Exact.fromText('0.00125'), d('0'), null, false, true)).toBe('0.00125');
    expect(unitPriceTextInVatMode(Exact.fromText('0.0125'), d('10'), vatFactor(d('10')), false, true)).toBe('0.0138');
  });
});
