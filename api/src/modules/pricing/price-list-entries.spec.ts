import { entryTuples } from './price-list.service';

describe('entryTuples (the price list statement’s entries per product)', () => {
  const types = ['type-a', 'type-b'];

  it('reads types by position, prices as written and tiers when there are any', () => {
    expect(entryTuples(null, types)).toBeNull();
    expect(entryTuples('2 10.5000', types)).toEqual([['type-b', '10.5000', null]]);
    expect(
      entryTuples('1 100.0000 [{"from": "10", "price": "95.50"}, {"from": "100", "price": "90"}];2 7', types),
    ).toEqual([
      [
        'type-a',
        '100.0000',
        [
          { from: '10', price: '95.50' },
          { from: '100', price: '90' },
        ],
      ],
      ['type-b', '7', null],
    ]);
  });
});
