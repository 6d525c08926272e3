import { Dec } from '../../common/money/decimal';
import { splitVat, unitPriceInVatMode } from './vat';

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
