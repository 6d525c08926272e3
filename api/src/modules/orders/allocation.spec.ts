import fc from 'fast-check';
import { Dec } from '../../common/money/decimal';
import {
  allocationStrategy,
  chosenWarehouse,
  preferredThenMostStock,
  type AllocationLine,
  type AllocationRequest,
  type LineAllocation,
  type ShortageReason,
  type StockLevel,
} from './allocation';

/** "W1:10" → stock of product p in warehouse W1 (code = id). */
function stock(...specs: string[]): StockLevel[] {
  return specs.map((spec) => {
    const [where, available] = spec.split(':');
    const [productId, warehouseId] = where.includes('/') ? where.split('/') : ['p', where];
    return { warehouseId, warehouseCode: warehouseId, productId, available: new Dec(available) };
  });
}

function line(quantity: string, extra: Partial<AllocationLine> = {}): AllocationLine {
  return { key: 'L1', productId: 'p', quantity: new Dec(quantity), ...extra };
}

type Outcome = [allocations: string[], unallocated: string, reason: ShortageReason | null];

function outcome(a: LineAllocation): Outcome {
  return [a.allocations.map((x) => `${x.warehouseId}:${x.quantity.toFixed()}`), a.unallocated.toFixed(), a.reason];
}

function run(strategy: typeof chosenWarehouse, request: AllocationRequest): Outcome[] {
  return strategy.allocate(request).map(outcome);
}

describe('chosenWarehouse', () => {
  it.each<[string, Omit<AllocationRequest, 'lines'>, AllocationLine[], Outcome[]]>([
    ['enough', { stock: stock('W1:10'), warehouseId: 'W1' }, [line('4')], [[['W1:4'], '0', null]]],
    ['exactly all', { stock: stock('W1:10'), warehouseId: 'W1' }, [line('10')], [[['W1:10'], '0', null]]],
    [
      'shortage',
      { stock: stock('W1:3', 'W2:100'), warehouseId: 'W1' },
      [line('5')],
      [[['W1:3'], '2', 'INSUFFICIENT_STOCK']],
    ],
    ['none there', { stock: stock('W1:0', 'W2:100'), warehouseId: 'W1' }, [line('5')], [[[], '5', 'NO_STOCK']]],
    ['no stock row at all', { stock: [], warehouseId: 'W1' }, [line('5')], [[[], '5', 'NO_STOCK']]],
    [
      'negative stock counts as none',
      { stock: stock('W1:-4'), warehouseId: 'W1' },
      [line('1')],
      [[[], '1', 'NO_STOCK']],
    ],
    ['no warehouse chosen', { stock: stock('W1:10') }, [line('1')], [[[], '1', 'NO_WAREHOUSE']]],
    [
      'the line’s warehouse wins over the order’s',
      { stock: stock('W1:10', 'W2:10'), warehouseId: 'W1' },
      [line('2', { warehouseId: 'W2' })],
      [[['W2:2'], '0', null]],
    ],
    [
      'fractional tons',
      { stock: stock('W1:2.125'), warehouseId: 'W1' },
      [line('1.5', { key: 'a' }), line('0.625', { key: 'b' }), line('0.001', { key: 'c' })],
      [
        [['W1:1.5'], '0', null],
        [['W1:0.625'], '0', null],
        [[], '0.001', 'NO_STOCK'],
      ],
    ],
    [
      'earlier lines of the same product get scarce stock first',
      { stock: stock('W1:7'), warehouseId: 'W1' },
      [line('5', { key: 'a' }), line('5', { key: 'b' })],
      [
        [['W1:5'], '0', null],
        [['W1:2'], '3', 'INSUFFICIENT_STOCK'],
      ],
    ],
    [
      'products do not share stock',
      { stock: stock('p/W1:1', 'q/W1:5'), warehouseId: 'W1' },
      [line('3', { productId: 'p' }), line('3', { productId: 'q' })],
      [
        [['W1:1'], '2', 'INSUFFICIENT_STOCK'],
        [['W1:3'], '0', null],
      ],
    ],
    [
      'duplicate stock rows add up',
      { stock: stock('W1:2', 'W1:3'), warehouseId: 'W1' },
      [line('5')],
      [[['W1:5'], '0', null]],
    ],
  ])('%s', (_name, request, lines, expected) => {
    expect(run(chosenWarehouse, { ...request, lines })).toEqual(expected);
  });
});

describe('preferredThenMostStock', () => {
  const split = { allowSplit: true };
  it.each<[string, Omit<AllocationRequest, 'lines'>, AllocationLine[], Outcome[]]>([
    [
      'preferred has enough',
      { stock: stock('W1:5', 'W2:100'), warehouseId: 'W1' },
      [line('5')],
      [[['W1:5'], '0', null]],
    ],
    ['no preference: most stock', { stock: stock('W1:5', 'W2:100', 'W3:50') }, [line('5')], [[['W2:5'], '0', null]]],
    ['tie on stock: lower code', { stock: stock('W3:9', 'W2:9', 'W1:1') }, [line('5')], [[['W2:5'], '0', null]]],
    [
      'unknown preferred warehouse: most stock',
      { stock: stock('W1:5', 'W2:8'), warehouseId: 'W9' },
      [line('5')],
      [[['W2:5'], '0', null]],
    ],
    // Without splitting, a line comes whole from one warehouse.
    [
      'preferred short, another has all',
      { stock: stock('W1:3', 'W2:4', 'W3:10'), warehouseId: 'W1' },
      [line('5')],
      [[['W3:5'], '0', null]],
    ],
    [
      'nobody has all: the most from one, and say splitting would help',
      { stock: stock('W1:3', 'W2:4'), warehouseId: 'W1' },
      [line('5')],
      [[['W2:4'], '1', 'SPLIT_NOT_ALLOWED']],
    ],
    [
      'nobody has all, preferred wins a tie',
      { stock: stock('W1:3', 'W0:3'), warehouseId: 'W1' },
      [line('7')],
      [[['W1:3'], '4', 'INSUFFICIENT_STOCK']],
    ],
    ['not enough anywhere', { stock: stock('W1:1', 'W2:2') }, [line('5')], [[['W2:2'], '3', 'INSUFFICIENT_STOCK']]],
    ['nothing anywhere', { stock: stock('W1:0') }, [line('5')], [[[], '5', 'NO_STOCK']]],
    // With splitting.
    [
      'split: preferred, then most stock',
      { ...split, stock: stock('W1:3', 'W2:4', 'W3:10'), warehouseId: 'W1' },
      [line('15')],
      [[['W1:3', 'W3:10', 'W2:2'], '0', null]],
    ],
    [
      'split: preferred empty is skipped',
      { ...split, stock: stock('W1:0', 'W2:4', 'W3:4'), warehouseId: 'W1' },
      [line('6')],
      [[['W2:4', 'W3:2'], '0', null]],
    ],
    [
      'split: shortage after all warehouses',
      { ...split, stock: stock('W1:1', 'W2:2') },
      [line('5')],
      [[['W2:2', 'W1:1'], '2', 'INSUFFICIENT_STOCK']],
    ],
    [
      'split: not needed when preferred has all',
      { ...split, stock: stock('W1:5', 'W2:100'), warehouseId: 'W1' },
      [line('5')],
      [[['W1:5'], '0', null]],
    ],
    [
      'split: fractional metres',
      { ...split, stock: stock('W1:12.5', 'W2:100.25'), warehouseId: 'W1' },
      [line('112.75')],
      [[['W1:12.5', 'W2:100.25'], '0', null]],
    ],
    [
      'split: the line’s warehouse is its preference',
      { ...split, stock: stock('W1:5', 'W2:5'), warehouseId: 'W1' },
      [line('6', { warehouseId: 'W2' })],
      [[['W2:5', 'W1:1'], '0', null]],
    ],
    [
      'split: availability is re-ranked after each line',
      { ...split, stock: stock('W1:10', 'W2:8') },
      [line('5', { key: 'a' }), line('6', { key: 'b' }), line('7', { key: 'c' })],
      [
        [['W1:5'], '0', null],
        [['W2:6'], '0', null],
        [['W1:5', 'W2:2'], '0', null],
      ],
    ],
  ])('%s', (_name, request, lines, expected) => {
    expect(run(preferredThenMostStock, { ...request, lines })).toEqual(expected);
  });
});

describe('both strategies', () => {
  const strategies = [chosenWarehouse, preferredThenMostStock];

  it.each(strategies)('$name refuses a non-positive quantity', (strategy) => {
    for (const q of ['0', '-1']) {
      expect(() => strategy.allocate({ lines: [line(q)], stock: [], warehouseId: 'W1' })).toThrow(RangeError);
    }
  });

  it.each(strategies)('$name echoes lines in order', (strategy) => {
    const lines = [line('1', { key: 'x' }), line('2', { key: 'y', productId: 'q' })];
    const result = strategy.allocate({ lines, stock: stock('W1:10'), warehouseId: 'W1' });
    expect(result.map((r) => [r.key, r.productId, r.requested.toFixed()])).toEqual([
      ['x', 'p', '1'],
      ['y', 'q', '2'],
    ]);
  });

  it('finds strategies by name', () => {
    expect(allocationStrategy('chosenWarehouse')).toBe(chosenWarehouse);
    expect(allocationStrategy('preferredThenMostStock')).toBe(preferredThenMostStock);
    expect(allocationStrategy('toString')).toBeNull();
    expect(allocationStrategy('nope')).toBeNull();
  });

  const qty = fc.integer({ min: 1, max: 100_000 }).map((n) => new Dec(n).div(1000));
  const requestArb = fc.record({
    lines: fc.array(
      fc.record({
        productId: fc.constantFrom('p', 'q'),
        quantity: qty,
        warehouseId: fc.constantFrom(undefined, null, 'W1', 'W2'),
      }),
      { maxLength: 12 },
    ),
    stock: fc.array(
      fc.record({
        productId: fc.constantFrom('p', 'q'),
        warehouseId: fc.constantFrom('W1', 'W2', 'W3'),
        available: fc.integer({ min: -5000, max: 60_000 }).map((n) => new Dec(n).div(1000)),
      }),
      { maxLength: 8 },
    ),
    warehouseId: fc.constantFrom(undefined, null, 'W1', 'W3'),
    allowSplit: fc.boolean(),
  });

  it.each(strategies)(
    '$name never allocates more than available nor more than requested, and is deterministic',
    (strategy) => {
      fc.assert(
        fc.property(requestArb, (raw) => {
          const request: AllocationRequest = {
            ...raw,
            lines: raw.lines.map((l, i) => ({ ...l, key: `L${i}` })),
            stock: raw.stock.map((s) => ({ ...s, warehouseCode: s.warehouseId })),
          };
          const result = strategy.allocate(request);
          const used = new Map<string, Dec>();
          result.forEach((r, i) => {
            const allocated = r.allocations.reduce((sum, a) => sum.plus(a.quantity), new Dec(0));
            expect(allocated.plus(r.unallocated).eq(request.lines[i].quantity)).toBe(true);
            expect(r.unallocated.gte(0)).toBe(true);
            expect(r.reason === null).toBe(r.unallocated.isZero());
            expect(new Set(r.allocations.map((a) => a.warehouseId)).size).toBe(r.allocations.length);
            if (!request.allowSplit || strategy === chosenWarehouse)
              expect(r.allocations.length).toBeLessThanOrEqual(1);
            for (const a of r.allocations) {
              expect(a.quantity.gt(0)).toBe(true);
              const k = `${r.productId}/${a.warehouseId}`;
              used.set(k, (used.get(k) ?? new Dec(0)).plus(a.quantity));
            }
          });
          for (const [k, quantity] of used) {
            const available = request.stock
              .filter((s) => `${s.productId}/${s.warehouseId}` === k)
              .reduce((sum, s) => sum.plus(Dec.max(s.available, 0)), new Dec(0));
            expect(quantity.lte(available)).toBe(true);
          }
          expect(strategy.allocate(request)).toEqual(result);
        }),
      );
    },
  );
});
