import fc from 'fast-check';
import Decimal from 'decimal.js';
import { mergeResolvedLines, type ResolvedOrderLine } from './quick-order-merge';

const r = (line: number, productId: string, unitId: string | null, quantity: string): ResolvedOrderLine => ({
  line,
  productId,
  unitId,
  quantity,
});

describe('mergeResolvedLines', () => {
  it.each<[string, ResolvedOrderLine[], [string, string | null, string, number[]][]]>([
    ['nothing', [], []],
    ['one line', [r(1, 'p1', 'pc', '10')], [['p1', 'pc', '10', [1]]]],
    [
      'same product and unit are summed, all source lines kept',
      [r(3, 'p1', 'pc', '10'), r(40, 'p1', 'pc', '5'), r(7, 'p1', 'pc', '1')],
      [['p1', 'pc', '16', [3, 7, 40]]],
    ],
    [
      'fractional tons and metres add exactly',
      [r(1, 't', 'ton', '0.1'), r(2, 't', 'ton', '0.2'), r(3, 'm', 'm', '12.345678'), r(4, 'm', 'm', '0.654322')],
      [
        ['t', 'ton', '0.3', [1, 2]],
        ['m', 'm', '13', [3, 4]],
      ],
    ],
    [
      'different units stay apart',
      [r(1, 'p1', 'pc', '10'), r(2, 'p1', 'box', '1'), r(3, 'p1', null, '2')],
      [
        ['p1', 'pc', '10', [1]],
        ['p1', 'box', '1', [2]],
        ['p1', null, '2', [3]],
      ],
    ],
    [
      'ordered by first source line, not by input order',
      [r(9, 'p2', 'pc', '1'), r(5, 'p1', 'pc', '1'), r(2, 'p2', 'pc', '1')],
      [
        ['p2', 'pc', '2', [2, 9]],
        ['p1', 'pc', '1', [5]],
      ],
    ],
    [
      'ids that contain separators do not collide',
      [r(1, 'a|b', 'c', '1'), r(2, 'a', 'b|c', '1')],
      [
        ['a|b', 'c', '1', [1]],
        ['a', 'b|c', '1', [2]],
      ],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(mergeResolvedLines(lines).map((m) => [m.productId, m.unitId, m.quantity, m.lines])).toEqual(expected);
  });

  it('keeps the total and every line, whatever the order', () => {
    const line = fc.record({
      productId: fc.constantFrom('p1', 'p2', 'p3'),
      unitId: fc.constantFrom('pc', 'box', null),
      quantity: fc.integer({ min: 1, max: 10_000_000 }).map((n) => new Decimal(n).div(1000).toFixed()),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 50 }), (raw) => {
        const lines = raw.map((l, i) => ({ ...l, line: i + 1 }));
        const merged = mergeResolvedLines(lines);
        const total = (xs: { quantity: string }[]) => xs.reduce((s, x) => s.plus(x.quantity), new Decimal(0)).toFixed();
        expect(total(merged)).toBe(total(lines));
        expect(merged.flatMap((m) => m.lines).sort((a, b) => a - b)).toEqual(lines.map((l) => l.line));
        expect(mergeResolvedLines([...lines].reverse())).toEqual(merged);
      }),
    );
  });
});
