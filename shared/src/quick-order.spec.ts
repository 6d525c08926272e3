import fc from 'fast-check';
import { parseQuickOrder, type QuickOrderErrorCode } from './quick-order';

type Parsed = [sku: string, quantity: string, unit: string | null];

function one(text: string): Parsed | QuickOrderErrorCode {
  const result = parseQuickOrder(text);
  if (result.errors.length > 0) return result.errors[0].code;
  const [line] = result.lines;
  return [line.sku, line.quantity, line.unit];
}

describe('parseQuickOrder: one line', () => {
  it.each<[string, string, Parsed | QuickOrderErrorCode]>([
    // Separators, detected per line.
    ['spaces', 'ABC-1 10', ['ABC-1', '10', null]],
    ['spaces with a unit', 'ABC-1 10 шт', ['ABC-1', '10', 'шт']],
    ['decimal comma', 'ABC-1 1,5 м', ['ABC-1', '1.5', 'м']],
    ['decimal dot', 'ABC-1 1.5 т', ['ABC-1', '1.5', 'т']],
    ['tab from Excel', 'ABC-1\t1,5', ['ABC-1', '1.5', null]],
    ['tab with a unit', 'ABC-1\t1,5\tм', ['ABC-1', '1.5', 'м']],
    ['tab with empty cells', 'ABC-1\t\t10\t\t', ['ABC-1', '10', null]],
    ['tab keeps spaces in the SKU', 'DIN 933 M6\t100', ['DIN 933 M6', '100', null]],
    ['semicolon', 'ABC-1;1,5;м', ['ABC-1', '1.5', 'м']],
    ['semicolon with spaces', ' ABC-1 ; 10 ; шт ; ', ['ABC-1', '10', 'шт']],
    ['comma and space', 'ABC-1, 10, шт', ['ABC-1', '10', 'шт']],
    ['comma and space, decimal comma inside', 'ABC-1, 1,5, м', ['ABC-1', '1.5', 'м']],
    ['space before comma', 'ABC-1 ,10', ['ABC-1', '10', null]],
    ['comma only', 'ABC-1,10,шт', ['ABC-1', '10', 'шт']],
    ['comma only, no unit', 'ABC-1,10', ['ABC-1', '10', null]],
    ['comma only, decimal comma', 'ABC-1,1,5', ['ABC-1', '1.5', null]],
    ['comma only, decimal comma and unit', 'ABC-1,1,5,м', ['ABC-1', '1.5', 'м']],
    ['comma glued to the SKU, then a space', 'ABC-1,10 шт', ['ABC-1', '10', 'шт']],
    ['two spaces as column gap', 'DIN 933  100  шт', ['DIN 933', '100', 'шт']],
    ['a stray double space', 'ABC-1 10  шт', ['ABC-1', '10', 'шт']],
    ['trailing separators from an e-mail', 'ABC-1 10;', ['ABC-1', '10', null]],
    ['CRLF remains', 'ABC-1 10\r', ['ABC-1', '10', null]],
    // Thousands.
    ['thousands with a space', 'ABC-1 1 000', ['ABC-1', '1000', null]],
    ['thousands and a unit', 'ABC-1 1 000 шт', ['ABC-1', '1000', 'шт']],
    ['thousands and decimals', 'ABC-1 1 000,5 кг', ['ABC-1', '1000.5', 'кг']],
    ['millions', 'ABC-1 1 000 000', ['ABC-1', '1000000', null]],
    ['no-break space', 'ABC-1 1\u00a0000', ['ABC-1', '1000', null]],
    ['thousands in a cell', 'ABC-1\t1 000,5', ['ABC-1', '1000.5', null]],
    ['thousands after comma and space', 'ABC-1, 1 000, шт', ['ABC-1', '1000', 'шт']],
    ['dot thousands', 'ABC-1 1.000,5', ['ABC-1', '1000.5', null]],
    ['one comma is decimal, as 1C prints it', 'ABC-1 1,000 т', ['ABC-1', '1', 'т']],
    ['a numeric SKU then a small quantity', '123 100 шт', ['123', '100', 'шт']],
    // Quantity first.
    ['quantity first', '10 ABC-1', ['ABC-1', '10', null]],
    ['quantity first with a unit', '1,5 ABC-1 м', ['ABC-1', '1.5', 'м']],
    ['quantity first in cells', '10\tABC-1', ['ABC-1', '10', null]],
    ['two numbers: the SKU comes first', '4601234567890 10', ['4601234567890', '10', null]],
    ['numeric SKU with leading zeros', '000123;5', ['000123', '5', null]],
    // E-mail habits.
    ['unit glued to the number', 'ABC-1 10шт', ['ABC-1', '10', 'шт']],
    ['unit glued in a cell', 'ABC-1;1,5м', ['ABC-1', '1.5', 'м']],
    ['number and unit in one cell', 'ABC-1;10 шт', ['ABC-1', '10', 'шт']],
    ['unit with a dot', 'ABC-1 10 шт.', ['ABC-1', '10', 'шт.']],
    ['square metres', 'ABC-1 12,5 м2', ['ABC-1', '12.5', 'м2']],
    ['dash between', 'ABC-1 - 10 шт', ['ABC-1', '10', 'шт']],
    ['em dash between', 'ABC-1 — 10', ['ABC-1', '10', null]],
    ['times sign', 'ABC-1 x 10', ['ABC-1', '10', null]],
    ['Cyrillic х', 'ABC-1 х 10', ['ABC-1', '10', null]],
    ['colon after the SKU', 'ABC-1: 10', ['ABC-1', '10', null]],
    ['Cyrillic SKU kept as typed', 'АВС-1 10', ['АВС-1', '10', null]],
    ['invisible characters', '\ufeffABC-1\u200b 10', ['ABC-1', '10', null]],
    // Errors.
    ['SKU only', 'ABC-1', 'MISSING_QUANTITY'],
    ['SKU and empty cell', 'ABC-1\t\t', 'MISSING_QUANTITY'],
    ['number only', '10', 'MISSING_SKU'],
    ['only dashes between nothing', '- -', 'MISSING_SKU'],
    ['only a times sign', 'x', 'MISSING_QUANTITY'],
    ['zero', 'ABC-1 0', 'BAD_QUANTITY'],
    ['negative', 'ABC-1 -5', 'BAD_QUANTITY'],
    ['negative in a cell', 'ABC-1;-1,5', 'BAD_QUANTITY'],
    ['not a number', 'ABC-1 много', 'BAD_QUANTITY'],
    ['bad thousands', 'ABC-1;10 00', 'BAD_QUANTITY'],
    ['too precise', 'ABC-1 0,0000001', 'BAD_QUANTITY'],
    ['too large', 'ABC-1 9999999999999', 'BAD_QUANTITY'],
    ['a zero in the column gap is not re-read another way', 'DIN 933  0', 'BAD_QUANTITY'],
    ['quantity first, then a numeric second field: SKU first', '10 4601234567890', 'BAD_QUANTITY'],
    ['numeric unit', 'ABC-1;10;20', 'BAD_UNIT'],
    ['a name in place of the quantity', 'ABC-1\tБолт М6\t10', 'BAD_QUANTITY'],
    ['four fields', 'ABC-1;10;шт;синий', 'TOO_MANY_FIELDS'],
    ['SKU too long', `${'A'.repeat(101)} 10`, 'SKU_TOO_LONG'],
    ['line too long', `ABC-1 ${'1'.repeat(600)}`, 'LINE_TOO_LONG'],
  ])('%s: %j', (_name, text, expected) => {
    expect(one(text)).toEqual(expected);
  });
});

describe('parseQuickOrder: a paste', () => {
  it('numbers lines from 1, skips empty and comment lines, keeps the raw text', () => {
    const text = '# from the e-mail of 12.03\n\nABC-1 10\n// second\n   \n;;\n\t\t\nABC-2;1,5;м\nbad\n';
    const result = parseQuickOrder(text);
    expect(result.lines).toEqual([
      { line: 3, sku: 'ABC-1', quantity: '10', unit: null, raw: 'ABC-1 10' },
      { line: 8, sku: 'ABC-2', quantity: '1.5', unit: 'м', raw: 'ABC-2;1,5;м' },
    ]);
    expect(result.errors).toEqual([
      { line: 9, code: 'MISSING_QUANTITY', message: 'No quantity after "bad"', raw: 'bad' },
    ]);
    expect(result.truncated).toBe(false);
  });

  it('reads mixed separators and line endings in one paste', () => {
    const result = parseQuickOrder('A-1\t1,5\r\nA-2;2\rA-3, 3, шт\nA-4 4');
    expect(result.lines.map((l) => [l.line, l.sku, l.quantity])).toEqual([
      [1, 'A-1', '1.5'],
      [2, 'A-2', '2'],
      [3, 'A-3', '3'],
      [4, 'A-4', '4'],
    ]);
  });

  it('skips a header copied with the table, but only as the first line', () => {
    expect(parseQuickOrder('Артикул\tКол-во\tЕд.\nA-1\t5\tшт').errors).toEqual([]);
    expect(parseQuickOrder('SKU Qty\nA-1 5').lines).toHaveLength(1);
    expect(parseQuickOrder('A-1 5\nАртикул Количество').errors.map((e) => e.code)).toEqual(['BAD_QUANTITY']);
  });

  it('explains bad quantities', () => {
    const messages = parseQuickOrder('A-1 0\nA-1 abc\nA-1 1,0000001').errors.map((e) => [e.problem, e.message]);
    expect(messages).toEqual([
      ['NOT_POSITIVE', 'Quantity must be greater than zero'],
      ['NOT_A_NUMBER', '"abc" is not a number'],
      ['TOO_PRECISE', 'Quantity has more than 6 decimal places'],
    ]);
  });

  it('stops at the line limit and says so', () => {
    const text = ['', 'A-1 1', '# comment', 'A-2 2', 'bad', 'A-4 4', 'A-5 5'].join('\n');
    const result = parseQuickOrder(text, { maxLines: 3 });
    expect(result.truncated).toBe(true);
    expect(result.lines.map((l) => l.sku)).toEqual(['A-1', 'A-2']);
    expect(result.errors.map((e) => [e.line, e.code])).toEqual([
      [5, 'MISSING_QUANTITY'],
      [6, 'TOO_MANY_LINES'],
    ]);
    expect(result.errors[1].message).toBe('More than 3 lines: split the list or upload an Excel file');
  });

  it('accepts 5,000 lines by default and refuses the 5,001st', () => {
    const lines = Array.from({ length: 5001 }, (_, i) => `SKU-${i} ${i + 1}`);
    const result = parseQuickOrder(lines.join('\n'));
    expect(result.lines).toHaveLength(5000);
    expect(result.errors).toEqual([expect.objectContaining({ line: 5001, code: 'TOO_MANY_LINES' })]);
  });

  it('shortens the raw text of an overlong line', () => {
    const [error] = parseQuickOrder('x'.repeat(10_000)).errors;
    expect(error.code).toBe('LINE_TOO_LONG');
    expect(error.raw.length).toBe(501);
  });

  it('never throws; every line it returns is well-formed and every reported line exists', () => {
    const alphabet = fc.constantFrom(...'AB-1 0,.;\t\n\r#/шт\u00a0х-5'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 200 })), (text) => {
        const result = parseQuickOrder(text, { maxLines: 20 });
        const physical = text.split(/\r\n|\r|\n|\u2028|\u2029/).length;
        for (const l of result.lines) {
          expect(l.quantity).toMatch(/^(0|[1-9]\d*)(\.\d*[1-9])?$/);
          expect(l.quantity).not.toBe('0');
          expect(l.sku.trim()).toBe(l.sku);
          expect(l.sku).not.toBe('');
          expect(l.line).toBeGreaterThanOrEqual(1);
          expect(l.line).toBeLessThanOrEqual(physical);
        }
        for (const e of result.errors) expect(e.line).toBeLessThanOrEqual(physical);
        const numbers = [...result.lines, ...result.errors].map((x) => x.line);
        expect(new Set(numbers).size).toBe(numbers.length);
      }),
    );
  });
});
