import { Dec } from '../../common/money/decimal';
import { lineMoney, totalsOf } from './cart-totals';

const d = (v: string) => new Dec(v);

describe('cart money', () => {
  it('takes VAT out of a VAT-inclusive amount rounded once', () => {
    const m = lineMoney({ quantity: d('3'), price: d('33.3333'), vatIncluded: true, vatRate: d('22') })!;
    expect(m.amount.toFixed(2)).toBe('100.00');
    expect(m.vatAmount.toFixed(2)).toBe('18.03');
    expect(m.net.toFixed(2)).toBe('81.97');
  });

  it('adds VAT to a net price', () => {
    const m = lineMoney({ quantity: d('2.5'), price: d('10'), vatIncluded: false, vatRate: d('10') })!;
    expect([m.net.toFixed(2), m.vatAmount.toFixed(2), m.amount.toFixed(2)]).toEqual(['25.00', '2.50', '27.50']);
  });

  it('has no money for a line without a price', () => {
    expect(lineMoney({ quantity: d('1'), price: null, vatIncluded: true, vatRate: d('22') })).toBeNull();
  });

  it('breaks totals down by VAT rate and counts unpriced lines apart', () => {
    const t = totalsOf([
      { quantity: d('1'), price: d('122'), vatIncluded: true, vatRate: d('22') },
      { quantity: d('2'), price: d('61'), vatIncluded: true, vatRate: d('22') },
      { quantity: d('1'), price: d('110'), vatIncluded: true, vatRate: d('10') },
      { quantity: d('1'), price: d('50'), vatIncluded: true, vatRate: null },
      { quantity: d('1'), price: null, vatIncluded: true, vatRate: d('22') },
    ]);
    expect(t.amount.toFixed(2)).toBe('404.00');
    expect(t.vat.toFixed(2)).toBe('54.00');
    expect(t.unpricedLines).toBe(1);
    expect(t.vatBreakdown.map((r) => [r.rate?.toFixed(0) ?? null, r.net.toFixed(2), r.vat.toFixed(2)])).toEqual([
      ['22', '200.00', '44.00'],
      ['10', '100.00', '10.00'],
      [null, '50.00', '0.00'],
    ]);
  });
});
