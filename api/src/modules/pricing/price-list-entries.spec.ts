import { entryRowsFromList, listEntry } from './entry-list';

describe('listEntry (a price type’s entry in a product’s price_entry_list)', () => {
  const list = '1 100.0000 10:95.5|100:90;3 7;12 0.5';

  it('cuts out the price as written, with tiers when there are any', () => {
    expect(listEntry(list, 1)).toEqual({
      price: '100.0000',
      tiers: [
        { from: '10', price: '95.5' },
        { from: '100', price: '90' },
      ],
    });
    expect(listEntry(list, 3)).toEqual({ price: '7', tiers: null });
    expect(listEntry(list, 12)).toEqual({ price: '0.5', tiers: null });
  });

  it('matches whole keys at the start of an entry only', () => {
    expect(listEntry(list, 2)).toBeNull(); // "12 " and "2|" hold a 2, neither starts an entry
    expect(listEntry('5 12 ;2 3', 2)).toEqual({ price: '3', tiers: null });
    expect(listEntry('', 1)).toBeNull();
  });
});

describe('entryRowsFromList (a catalog row’s entries of the contract’s price types)', () => {
  const list = '1 100.0000 10:95.5|100:90;3 7;12 0.5';

  it('gives the asked types’ base-unit entries as a statement on price_entry would', () => {
    expect(
      entryRowsFromList(list, [
        ['type-a', 1],
        ['type-b', 12],
        ['type-c', 2],
      ]),
    ).toEqual([
      {
        t: 'type-a',
        k: '',
        p: '100.0000',
        tiers: [
          { from: '10', price: '95.5' },
          { from: '100', price: '90' },
        ],
      },
      { t: 'type-b', k: '', p: '0.5', tiers: null },
    ]);
  });

  it('has none for a product without a list or without entries of these types', () => {
    expect(entryRowsFromList(null, [['type-a', 1]])).toBeNull();
    expect(entryRowsFromList(list, [['type-c', 2]])).toBeNull();
  });
});
