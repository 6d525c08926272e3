import fc from 'fast-check';
import { looksLikeNumber, parseQuantityText, quantityFromCell, type QuantityTextResult } from './quantity-text';

const ok = (value: string): QuantityTextResult => ({ ok: true, value });
const bad = (problem: Extract<QuantityTextResult, { ok: false }>['problem']): QuantityTextResult => ({
  ok: false,
  problem,
});

describe('parseQuantityText', () => {
  it.each<[string, QuantityTextResult]>([
    ['10', ok('10')],
    ['  10  ', ok('10')],
    ['010', ok('10')],
    ['+10', ok('10')],
    ['1,5', ok('1.5')],
    ['1.5', ok('1.5')],
    [',5', ok('0.5')],
    ['10.', ok('10')], // end of a sentence in an e-mail
    ['1,000', ok('1')], // a single comma is always decimal: 1C prints "1,000" for one
    ['1.000', ok('1')],
    ['2,500000', ok('2.5')], // trailing zeros do not count as precision
    ['1 000', ok('1000')],
    ['1\u00a0000', ok('1000')], // Excel/1C format with a no-break space
    ['1\u202f000,5', ok('1000.5')],
    ["1'000", ok('1000')],
    ['12 345 678,125', ok('12345678.125')],
    ['1,000.5', ok('1000.5')],
    ['1.000,5', ok('1000.5')],
    ['1,000,000', ok('1000000')],
    ['1.000.000', ok('1000000')],
    ['0,001', ok('0.001')], // a kilogram in tons
    ['999999999999', ok('999999999999')],
    ['0.000001', ok('0.000001')],
    ['\u200b5', ok('5')],
    ['', bad('EMPTY')],
    ['   ', bad('EMPTY')],
    ['0', bad('NOT_POSITIVE')],
    ['0,000', bad('NOT_POSITIVE')],
    ['-5', bad('NOT_POSITIVE')],
    ['−5', bad('NOT_POSITIVE')],
    ['-0', bad('NOT_POSITIVE')],
    ['1000000000000', bad('TOO_LARGE')],
    ['0.0000001', bad('TOO_PRECISE')],
    ['abc', bad('NOT_A_NUMBER')],
    ['10 00', bad('NOT_A_NUMBER')], // not a valid group of three
    ['1 0000', bad('NOT_A_NUMBER')],
    ['1,5,5', bad('NOT_A_NUMBER')],
    ['1,00,000', bad('NOT_A_NUMBER')],
    ['1.000.5', bad('NOT_A_NUMBER')],
    ['1e3', bad('NOT_A_NUMBER')],
    ['0x10', bad('NOT_A_NUMBER')],
    ['NaN', bad('NOT_A_NUMBER')],
    ['Infinity', bad('NOT_A_NUMBER')],
    ['--5', bad('NOT_A_NUMBER')],
    ['10шт', bad('NOT_A_NUMBER')],
    ['.', bad('NOT_A_NUMBER')],
  ])('%j → %j', (text, expected) => {
    expect(parseQuantityText(text)).toEqual(expected);
  });

  it('never throws and gives a positive plain decimal when it accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789 .,-+\u00a0'e".split('')) }), (text) => {
        const result = parseQuantityText(text);
        if (result.ok) expect(result.value).toMatch(/^(0|[1-9]\d*)(\.\d*[1-9])?$/);
      }),
    );
    fc.assert(fc.property(fc.string(), (text) => void parseQuantityText(text)));
  });
});

describe('quantityFromCell', () => {
  it.each<[unknown, QuantityTextResult]>([
    [10, ok('10')],
    [1.5, ok('1.5')],
    [0.1 + 0.2, ok('0.3')], // the binary float Excel hands over
    [1234.5678, ok('1234.5678')],
    ['1,5', ok('1.5')],
    [' 1 000 ', ok('1000')],
    [null, bad('EMPTY')],
    [undefined, bad('EMPTY')],
    ['', bad('EMPTY')],
    [0, bad('NOT_POSITIVE')],
    [-3, bad('NOT_POSITIVE')],
    [1e21, bad('TOO_LARGE')],
    [1e-9, bad('TOO_PRECISE')],
    [Number.NaN, bad('NOT_A_NUMBER')],
    [Number.POSITIVE_INFINITY, bad('NOT_A_NUMBER')],
    [true, bad('NOT_A_NUMBER')],
    [new Date(2026, 0, 1), bad('NOT_A_NUMBER')],
    [{ toString: () => '5' }, bad('NOT_A_NUMBER')],
  ])('%p → %j', (cell, expected) => {
    expect(quantityFromCell(cell)).toEqual(expected);
  });
});

describe('looksLikeNumber', () => {
  it.each([
    ['10', true],
    ['-5', true],
    ['1 000,5', true],
    ['0', true],
    ['10 00', true], // shaped like a number, even if not a valid one
    ['ABC-1', false],
    ['10шт', false],
    ['', false],
    ['-', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeNumber(text)).toBe(expected);
  });
});
