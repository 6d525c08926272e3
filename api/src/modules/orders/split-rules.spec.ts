import fc from 'fast-check';
import {
  formatOrderNumber,
  splitOrderLines,
  splitRuleProblems,
  subOrderNumber,
  type SplitDivision,
  type SplitLine,
  type SplitRule,
} from './split-rules';

// Categories: tools > power > drills; fasteners > bolts; paint.
const PATHS: Record<string, string[]> = {
  drills: ['tools', 'power', 'drills'],
  power: ['tools', 'power'],
  tools: ['tools'],
  bolts: ['fasteners', 'bolts'],
  paint: ['paint'],
};
const DIVISIONS: SplitDivision[] = [
  { id: 'D-TOOLS', sellerLegalEntityId: 'LE-1' },
  { id: 'D-POWER', sellerLegalEntityId: 'LE-1' },
  { id: 'D-FAST', sellerLegalEntityId: 'LE-2' },
  { id: 'D-NOLE', sellerLegalEntityId: null },
];

/** "key@warehouse:category" → a line at its position in the list. */
function lines(...specs: string[]): SplitLine[] {
  return specs.map((spec, i) => {
    const [key, rest] = spec.split('@');
    const [warehouse, category] = rest.split(':');
    return { key, position: i + 1, warehouseId: warehouse || null, categoryPath: PATHS[category] };
  });
}

const byWarehouse: SplitRule = { id: 'R-WH', kind: 'warehouse' };
const toolsToDivision: SplitRule = { id: 'R-TOOLS', kind: 'category', categoryIds: ['tools'], divisionId: 'D-TOOLS' };
const powerToDivision: SplitRule = { id: 'R-POWER', kind: 'category', categoryIds: ['power'], divisionId: 'D-POWER' };
const boltsToDivision: SplitRule = { id: 'R-FAST', kind: 'category', categoryIds: ['fasteners'], divisionId: 'D-FAST' };

type Expected = [key: string, lineKeys: string[], ruleIds: string[]];

describe('splitOrderLines', () => {
  const ORDER = lines('a@W1:drills', 'b@W2:bolts', 'c@W1:paint', 'd@W2:tools', 'e@:paint');

  it.each<[string, SplitRule[], SplitLine[], Expected[]]>([
    ['no rules: one default group', [], ORDER, [['default', ['a', 'b', 'c', 'd', 'e'], []]]],
    [
      'by warehouse; a line without a warehouse goes to the default group',
      [byWarehouse],
      ORDER,
      [
        ['wh:W1', ['a', 'c'], ['R-WH']],
        ['wh:W2', ['b', 'd'], ['R-WH']],
        ['default', ['e'], []],
      ],
    ],
    [
      'by listed warehouses only',
      [{ id: 'R-W2', kind: 'warehouse', warehouseIds: ['W2'] }],
      ORDER,
      [
        ['default', ['a', 'c', 'e'], []],
        ['wh:W2', ['b', 'd'], ['R-W2']],
      ],
    ],
    [
      'by category with descendants → division and its legal entity',
      [toolsToDivision, boltsToDivision],
      ORDER,
      [
        ['le:LE-1|div:D-TOOLS', ['a', 'd'], ['R-TOOLS']],
        ['le:LE-2|div:D-FAST', ['b'], ['R-FAST']],
        ['default', ['c', 'e'], []],
      ],
    ],
    [
      'the first matching category rule wins: specific above general',
      [powerToDivision, toolsToDivision],
      ORDER,
      [
        ['le:LE-1|div:D-POWER', ['a'], ['R-POWER']],
        ['default', ['b', 'c', 'e'], []],
        ['le:LE-1|div:D-TOOLS', ['d'], ['R-TOOLS']],
      ],
    ],
    [
      'general above specific: the specific rule never applies',
      [toolsToDivision, powerToDivision],
      ORDER,
      [
        ['le:LE-1|div:D-TOOLS', ['a', 'd'], ['R-TOOLS']],
        ['default', ['b', 'c', 'e'], []],
      ],
    ],
    [
      'two categories to one division make one group',
      [
        { id: 'R-1', kind: 'category', categoryIds: ['paint'], divisionId: 'D-NOLE' },
        { id: 'R-2', kind: 'category', categoryIds: ['fasteners'], divisionId: 'D-NOLE' },
      ],
      ORDER,
      [
        ['default', ['a', 'd'], []],
        ['div:D-NOLE', ['b', 'c', 'e'], ['R-1', 'R-2']],
      ],
    ],
    [
      'by seller legal entity for a warehouse',
      [{ id: 'R-LE', kind: 'sellerLegalEntity', sellerLegalEntityId: 'LE-9', warehouseIds: ['W2'] }],
      ORDER,
      [
        ['default', ['a', 'c', 'e'], []],
        ['le:LE-9', ['b', 'd'], ['R-LE']],
      ],
    ],
    [
      'a seller rule without filters claims every line',
      [{ id: 'R-ALL', kind: 'sellerLegalEntity', sellerLegalEntityId: 'LE-1' }],
      ORDER,
      [['le:LE-1', ['a', 'b', 'c', 'd', 'e'], ['R-ALL']]],
    ],
    [
      'a seller rule overrides the division’s legal entity, filters ANDed',
      [
        toolsToDivision,
        {
          id: 'R-LE',
          kind: 'sellerLegalEntity',
          sellerLegalEntityId: 'LE-3',
          divisionIds: ['D-TOOLS'],
          warehouseIds: ['W2'],
        },
      ],
      ORDER,
      [
        ['le:LE-1|div:D-TOOLS', ['a'], ['R-TOOLS']],
        ['default', ['b', 'c', 'e'], []],
        ['le:LE-3|div:D-TOOLS', ['d'], ['R-TOOLS', 'R-LE']],
      ],
    ],
    [
      'a seller rule by category subtree',
      [{ id: 'R-LE', kind: 'sellerLegalEntity', sellerLegalEntityId: 'LE-2', categoryIds: ['fasteners', 'paint'] }],
      ORDER,
      [
        ['default', ['a', 'd'], []],
        ['le:LE-2', ['b', 'c', 'e'], ['R-LE']],
      ],
    ],
    [
      'warehouse × division × legal entity combined',
      [byWarehouse, toolsToDivision, boltsToDivision],
      lines('a@W1:drills', 'b@W2:drills', 'c@W1:bolts', 'd@W1:tools', 'e@W1:paint', 'f@:bolts'),
      [
        ['le:LE-1|div:D-TOOLS|wh:W1', ['a', 'd'], ['R-WH', 'R-TOOLS']],
        ['le:LE-1|div:D-TOOLS|wh:W2', ['b'], ['R-WH', 'R-TOOLS']],
        ['le:LE-2|div:D-FAST|wh:W1', ['c'], ['R-WH', 'R-FAST']],
        ['wh:W1', ['e'], ['R-WH']],
        ['le:LE-2|div:D-FAST', ['f'], ['R-FAST']],
      ],
    ],
    [
      'rule order across kinds does not matter',
      [boltsToDivision, toolsToDivision, byWarehouse],
      lines('a@W1:drills', 'b@W2:drills'),
      [
        ['le:LE-1|div:D-TOOLS|wh:W1', ['a'], ['R-TOOLS', 'R-WH']],
        ['le:LE-1|div:D-TOOLS|wh:W2', ['b'], ['R-TOOLS', 'R-WH']],
      ],
    ],
    [
      'a division without a legal entity',
      [{ id: 'R', kind: 'category', categoryIds: ['paint'], divisionId: 'D-NOLE' }],
      lines('a@W1:paint'),
      [['div:D-NOLE', ['a'], ['R']]],
    ],
    [
      'an unknown division still groups',
      [{ id: 'R', kind: 'category', categoryIds: ['paint'], divisionId: 'D-?' }],
      lines('a@W1:paint'),
      [['div:D-?', ['a'], ['R']]],
    ],
    ['no lines', [byWarehouse], [], []],
  ])('%s', (_name, rules, input, expected) => {
    const groups = splitOrderLines(input, rules, DIVISIONS);
    expect(groups.map((g) => [g.key, g.lines.map((l) => l.key), g.ruleIds])).toEqual(expected);
    expect(groups.map((g) => g.index)).toEqual(expected.map((_, i) => i + 1));
    for (const g of groups) expect(g.isDefault).toBe(g.key === 'default');
  });

  it('reports the aspects of each group and keeps the caller’s line data', () => {
    const input = [{ key: 'a', position: 1, warehouseId: 'W1', categoryPath: PATHS.drills, quantity: '1.5' }];
    const [group] = splitOrderLines(input, [byWarehouse, toolsToDivision], DIVISIONS);
    expect(group).toEqual({
      key: 'le:LE-1|div:D-TOOLS|wh:W1',
      index: 1,
      warehouseId: 'W1',
      divisionId: 'D-TOOLS',
      sellerLegalEntityId: 'LE-1',
      ruleIds: ['R-WH', 'R-TOOLS'],
      isDefault: false,
      lines: input,
    });
  });

  it('orders lines of a line split across warehouses by position, then key', () => {
    const input = [
      { key: '2/W2', position: 2, warehouseId: 'W2', categoryPath: [] },
      { key: '2/W1', position: 2, warehouseId: 'W1', categoryPath: [] },
      { key: '1/W1', position: 1, warehouseId: 'W1', categoryPath: [] },
    ];
    expect(splitOrderLines(input, [], DIVISIONS)[0].lines.map((l) => l.key)).toEqual(['1/W1', '2/W1', '2/W2']);
  });

  it('is a partition of the lines and does not depend on their order', () => {
    const ruleArb: fc.Arbitrary<SplitRule> = fc
      .oneof(
        fc.record({
          kind: fc.constant('warehouse' as const),
          warehouseIds: fc.option(fc.subarray(['W1', 'W2', 'W3'])),
        }),
        fc.record({
          kind: fc.constant('category' as const),
          categoryIds: fc.subarray(['tools', 'power', 'drills', 'fasteners', 'bolts', 'paint'], { minLength: 1 }),
          divisionId: fc.constantFrom(...DIVISIONS.map((d) => d.id)),
        }),
        fc.record({
          kind: fc.constant('sellerLegalEntity' as const),
          sellerLegalEntityId: fc.constantFrom('LE-1', 'LE-7'),
          warehouseIds: fc.option(fc.subarray(['W1', 'W2'])),
          categoryIds: fc.option(fc.subarray(['tools', 'paint'])),
          divisionIds: fc.option(fc.subarray(['D-TOOLS', 'D-FAST'])),
        }),
      )
      .map((r): SplitRule => ({ ...r, id: '' }));
    const lineArb = fc.record({
      warehouseId: fc.constantFrom('W1', 'W2', 'W3', null),
      categoryPath: fc.constantFrom(...Object.values(PATHS)),
      position: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(
      fc.property(
        fc.array(ruleArb, { maxLength: 5 }),
        fc.array(lineArb, { maxLength: 30 }),
        fc.infiniteStream(fc.nat()),
        (rawRules, raw, seeds) => {
          const rules = rawRules.map((r, i) => ({ ...r, id: `R${i}` }));
          const input = raw.map((l, i) => ({ ...l, key: `L${i}` }));
          const groups = splitOrderLines(input, rules, DIVISIONS);
          const placed = groups.flatMap((g) => g.lines.map((l) => l.key)).sort();
          expect(placed).toEqual(input.map((l) => l.key).sort());
          expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
          const shuffled = input
            .map((l) => [seeds.next().value as number, l] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, l]) => l);
          expect(splitOrderLines(shuffled, rules, DIVISIONS)).toEqual(groups);
        },
      ),
    );
  });
});

describe('numbers', () => {
  it.each<[number, number, string]>([
    [2026, 123, '2026-000123'],
    [2026, 1, '2026-000001'],
    [2027, 1234567, '2027-1234567'],
  ])('order %i/%i → %s', (year, seq, number) => {
    expect(formatOrderNumber(year, seq)).toBe(number);
  });

  it.each<[number, string]>([
    [1, '2026-000123-1'],
    [2, '2026-000123-2'],
    [12, '2026-000123-12'],
  ])('sub-order %i → %s', (index, number) => {
    expect(subOrderNumber('2026-000123', index)).toBe(number);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses sub-order index %p', (index) => {
    expect(() => subOrderNumber('2026-000123', index)).toThrow(RangeError);
  });
});

describe('splitRuleProblems', () => {
  it('accepts a sensible set', () => {
    expect(splitRuleProblems([powerToDivision, toolsToDivision, byWarehouse], DIVISIONS)).toEqual([]);
  });

  it.each<[string, SplitRule[], string[]]>([
    [
      'duplicate ids',
      [byWarehouse, { ...byWarehouse, warehouseIds: ['W1'] }],
      ['Rule 2: the id R-WH is used twice', 'Rule 2 never applies: rule 1 above it matches every line'],
    ],
    [
      'no categories',
      [{ id: 'R', kind: 'category', categoryIds: [], divisionId: 'D-TOOLS' }],
      ['Rule 1: choose at least one category'],
    ],
    [
      'unknown division',
      [{ id: 'R', kind: 'category', categoryIds: ['paint'], divisionId: 'D-?' }],
      ['Rule 1: unknown division D-?'],
    ],
    [
      'unknown division in a seller rule',
      [{ id: 'R', kind: 'sellerLegalEntity', sellerLegalEntityId: 'LE-1', divisionIds: ['D-?', 'D-TOOLS'] }],
      ['Rule 1: unknown division D-?'],
    ],
    [
      'a seller rule under a catch-all',
      [
        { id: 'A', kind: 'sellerLegalEntity', sellerLegalEntityId: 'LE-1' },
        { id: 'B', kind: 'sellerLegalEntity', sellerLegalEntityId: 'LE-2', warehouseIds: ['W1'] },
      ],
      ['Rule 2 never applies: rule 1 above it matches every line'],
    ],
  ])('%s', (_name, rules, problems) => {
    expect(splitRuleProblems(rules, DIVISIONS)).toEqual(problems);
  });
});
