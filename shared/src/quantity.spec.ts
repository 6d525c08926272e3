import {
  checkQuantity,
  fromBaseQuantity,
  normalizeOrderQuantity,
  Qty,
  QuantityRules,
  roundUpQuantity,
  rulesProblem,
  smallestValidQuantity,
  toBaseQuantity,
} from './quantity';

const PIECES_BOX_200: QuantityRules = { unitScale: 0, step: 200, minQuantity: 200 };
const PIECES: QuantityRules = { unitScale: 0, step: 1, minQuantity: 1 };
const TONS: QuantityRules = { unitScale: 3, step: '0.5', minQuantity: 1 };
const METRES: QuantityRules = { unitScale: 2, step: '0.1', minQuantity: 5 };
const CABLE_COIL: QuantityRules = { unitScale: 2, step: 100, minQuantity: 100 };
const ODD_MIN: QuantityRules = { unitScale: 0, step: 22, minQuantity: 50 };

describe('checkQuantity', () => {
  it.each([
    // rules, quantity, mode, ok, quantity or suggestion, problem
    [PIECES, '7', 'reject', true, '7', null],
    [PIECES, '7.5', 'reject', false, '8', 'TOO_PRECISE'],
    [PIECES, '7.5', 'roundUp', true, '8', 'TOO_PRECISE'],
    [PIECES_BOX_200, '400', 'reject', true, '400', null],
    [PIECES_BOX_200, '401', 'reject', false, '600', 'NOT_MULTIPLE'],
    [PIECES_BOX_200, '401', 'roundUp', true, '600', 'NOT_MULTIPLE'],
    [PIECES_BOX_200, '150', 'roundUp', true, '200', 'BELOW_MINIMUM'],
    [TONS, '2.5', 'reject', true, '2.5', null],
    [TONS, '2.3', 'reject', false, '2.5', 'NOT_MULTIPLE'],
    [TONS, '0.5', 'roundUp', true, '1', 'BELOW_MINIMUM'],
    [TONS, '1.2345', 'reject', false, '1.5', 'TOO_PRECISE'],
    [METRES, '12.3', 'reject', true, '12.3', null],
    [METRES, '12.34', 'roundUp', true, '12.4', 'NOT_MULTIPLE'],
    [METRES, '4.9', 'roundUp', true, '5', 'BELOW_MINIMUM'],
    [CABLE_COIL, '250', 'roundUp', true, '300', 'NOT_MULTIPLE'],
    [ODD_MIN, '50', 'reject', false, '66', 'NOT_MULTIPLE'],
    [ODD_MIN, '1', 'roundUp', true, '66', 'BELOW_MINIMUM'],
    [ODD_MIN, '88', 'reject', true, '88', null],
    [PIECES, '0', 'roundUp', false, null, 'NOT_POSITIVE'],
    [PIECES, '-3', 'reject', false, null, 'NOT_POSITIVE'],
  ] as const)('%j %s (%s) → ok=%s %s %s', (rules, quantity, mode, ok, expected, problem) => {
    const result = checkQuantity(quantity, rules, mode);
    expect(result.ok).toBe(ok);
    expect(result.problem).toBe(problem);
    if (result.ok) expect(result.quantity.toFixed()).toBe(expected);
    else expect(result.suggested?.toFixed() ?? null).toBe(expected);
  });

  it('explains a rejection with the nearest valid quantity', () => {
    const result = checkQuantity('401', PIECES_BOX_200, 'reject');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toBe('The quantity must be a multiple of 200; the nearest valid quantity is 600');
  });

  it('stays exact where floats would not (0.1 + 0.2 metres)', () => {
    const rules: QuantityRules = { unitScale: 2, step: '0.1', minQuantity: '0.1' };
    expect(checkQuantity('0.3', rules, 'reject').ok).toBe(true);
    expect(roundUpQuantity('0.30000000000000004', { ...rules, unitScale: 20 }).toFixed()).toBe('0.4');
  });
});

describe('packaging units', () => {
  it.each([
    ['2', { code: 'box', factor: 200 }, '400'],
    ['1.5', { code: 'pallet', factor: 480 }, '720'],
    ['3', { code: 'coil', factor: '100' }, '300'],
    ['0.25', { code: 'truck', factor: '20' }, '5'],
  ])('%s × %j = %s base units', (quantity, packaging, base) => {
    expect(toBaseQuantity(quantity, packaging).toFixed()).toBe(base);
    expect(fromBaseQuantity(base, packaging).toFixed()).toBe(new Qty(quantity).toFixed());
  });

  it('converts, then checks against the base-unit rules', () => {
    const packagings = [
      { code: 'box', factor: 200 },
      { code: 'PALLET', factor: 9600 },
    ];
    const ok = normalizeOrderQuantity('3', 'box', packagings, PIECES_BOX_200, 'reject');
    expect(ok.ok && ok.quantity.toFixed()).toBe('600');
    const pallet = normalizeOrderQuantity('0.5', 'pallet', packagings, PIECES_BOX_200, 'reject');
    expect(pallet.ok && pallet.quantity.toFixed()).toBe('4800');
    const unknown = normalizeOrderQuantity('1', 'bag', packagings, PIECES_BOX_200, 'reject');
    expect(unknown).toMatchObject({ ok: false, problem: 'UNKNOWN_PACKAGING' });
    // Half a box of 200 is 100 pieces: below the minimum, rounded up to a whole box.
    const half = normalizeOrderQuantity('0.5', 'box', packagings, PIECES_BOX_200, 'roundUp');
    expect(half.ok && half.quantity.toFixed()).toBe('200');
    // A ton in a truck of 20 t, sold in half tons.
    const truck = normalizeOrderQuantity('0.33', 'truck', [{ code: 'truck', factor: 20 }], TONS, 'roundUp');
    expect(truck.ok && truck.quantity.toFixed()).toBe('7');
  });
});

describe('rules', () => {
  it('knows the smallest valid quantity', () => {
    expect(smallestValidQuantity(ODD_MIN).toFixed()).toBe('66');
    expect(smallestValidQuantity(TONS).toFixed()).toBe('1');
    expect(smallestValidQuantity({ unitScale: 0, step: 10, minQuantity: 0 }).toFixed()).toBe('10');
  });

  it('refuses steps finer than the unit', () => {
    expect(rulesProblem({ unitScale: 0, step: '0.5', minQuantity: 1 })).toMatch(/order step/);
    expect(rulesProblem({ unitScale: 3, step: '0.5', minQuantity: '0.0001' })).toMatch(/minimum/);
    expect(rulesProblem({ unitScale: 0, step: 0, minQuantity: 1 })).toMatch(/greater than zero/);
    expect(rulesProblem(TONS)).toBeNull();
  });
});
