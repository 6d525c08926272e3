import fc from 'fast-check';
import { priceListColumns, priceListHeaders } from './pricelist-layout';
import { matchHeaderText, normalizeHeaderText, readOrderRows, recognizePriceListHeader } from './pricelist-import';

describe('normalizeHeaderText', () => {
  it.each([
    ['Кол-во, шт.', 'колвошт'],
    ['  Ед. изм. ', 'едизм'],
    ['Art.No', 'artno'],
    ['ЗАКАЗ', 'заказ'],
    ['Счёт', 'счет'],
    ['ＳＫＵ', 'sku'],
  ])('%j → %j', (text, norm) => {
    expect(normalizeHeaderText(text)).toBe(norm);
  });
});

describe('matchHeaderText', () => {
  it.each([
    ['Артикул', 'sku', 0],
    ['арт.', 'sku', 0],
    ['SKU', 'sku', 0],
    ['Art.', 'sku', 0],
    ['Артикул поставщика', 'sku', 10],
    ['Код товара', 'sku', 1],
    ['Код', 'sku', 2],
    ['Штрихкод', 'barcode', 0],
    ['EAN-13', 'barcode', 0],
    ['Количество', 'quantity', 0],
    ['Кол-во', 'quantity', 0],
    ['Кол.', 'quantity', 0],
    ['Заказ', 'quantity', 0],
    ['Qty', 'quantity', 0],
    ['Order qty', 'quantity', 0],
    ['Quantity', 'quantity', 0],
    ['Количество, шт', 'quantity', 10],
    ['Кол-во (шт.)', 'quantity', 10],
    ['Ед.', 'unit', 0],
    ['Ед. изм.', 'unit', 0],
    ['Единица измерения', 'unit', 0],
    ['UoM', 'unit', 0],
    ['Наименование', 'name', 0],
    ['Номенклатура', 'name', 0],
    ['Наименование товара', 'name', 10],
  ])('%j → %s (rank %i)', (text, key, rank) => {
    expect(matchHeaderText(text)).toEqual({ key, rank });
  });

  it.each([
    'Мин. заказ', // our own minimum-quantity column
    'Количество в упаковке',
    'Кол-во мин.',
    'Остаток',
    'Qty in stock',
    'Кратность',
    'Цена',
    '',
    'Прайс-лист на заказ',
    '__proto__',
    'constructor',
  ])('%j is not an import column', (text) => {
    expect(matchHeaderText(text)).toBeNull();
  });
});

describe('recognizePriceListHeader', () => {
  it.each(['ru', 'en'] as const)('recognises our own %s export below its title rows', (locale) => {
    const headers = priceListHeaders(priceListColumns([{ id: 'w1', name: 'Москва' }]), locale);
    const rows = [['Прайс-лист ООО «Ромашка»'], ['на 12.03.2026'], [], headers, ['A-1', 'Болт', 'шт']];
    expect(recognizePriceListHeader(rows)).toEqual({
      ok: true,
      headerRowIndex: 3,
      columns: { sku: 0, name: 1, unit: 2, quantity: headers.length - 1 },
      warnings: [],
    });
  });

  it.each<[string, unknown[][], object]>([
    ['a plain sheet', [['SKU', 'Qty']], { ok: true, headerRowIndex: 0, columns: { sku: 0, quantity: 1 } }],
    [
      'odd spelling and spacing',
      [[null, ' арт. ', 'КОЛ-ВО,  ШТ', 'ед']],
      { ok: true, columns: { sku: 1, quantity: 2, unit: 3 } },
    ],
    ['barcode instead of SKU', [['Штрихкод', 'Заказ']], { ok: true, columns: { barcode: 0, quantity: 1 } }],
    [
      'Артикул beats Код',
      [['Код', 'Артикул', 'Количество']],
      { ok: true, columns: { sku: 1, quantity: 2 }, warnings: [] },
    ],
    [
      'exact "Количество" beats "Количество, шт"',
      [['Артикул', 'Количество, шт', 'Количество']],
      { ok: true, columns: { sku: 0, quantity: 2 } },
    ],
    [
      'minimum and stock columns are not the order quantity',
      [['Артикул', 'Мин. заказ', 'Остаток', 'Кол-во в упаковке', 'Заказ']],
      { ok: true, columns: { sku: 0, quantity: 4 } },
    ],
    [
      'numbers and dates in the header row are ignored',
      [[1, new Date(), 'SKU', true, 'Qty']],
      { ok: true, columns: { sku: 2, quantity: 4 } },
    ],
    [
      'a sparse row from SheetJS',
      // eslint-disable-next-line no-sparse-arrays
      [[, , 'Артикул', , 'Количество']],
      { ok: true, columns: { sku: 2, quantity: 4 } },
    ],
  ])('%s', (_name, rows, expected) => {
    expect(recognizePriceListHeader(rows)).toMatchObject(expected);
  });

  it('uses the leftmost of duplicate SKU columns and warns', () => {
    const result = recognizePriceListHeader([['Артикул', 'Наименование', 'Артикул', 'Кол-во']]);
    expect(result).toEqual({
      ok: true,
      headerRowIndex: 0,
      columns: { sku: 0, name: 1, quantity: 3 },
      warnings: [
        { code: 'DUPLICATE_COLUMN', key: 'sku', message: 'Columns A, C all look like "sku"; column A is used' },
      ],
    });
  });

  it.each<[string, unknown[][], string, string]>([
    ['an empty sheet', [], 'EMPTY_SHEET', 'The sheet is empty'],
    ['a sheet of empty rows', [[], [null, ''], ['  ']], 'EMPTY_SHEET', 'The sheet is empty'],
    [
      'two quantity columns',
      [['title'], ['Артикул', 'Количество', 'Цена', 'Количество']],
      'AMBIGUOUS_QUANTITY_COLUMN',
      'Row 2 has several quantity columns (B, D); keep one of them',
    ],
    [
      'no quantity column',
      [['title'], ['Артикул', 'Наименование', 'Цена']],
      'NO_QUANTITY_COLUMN',
      'Found the SKU column in row 2 but no quantity column in the first 20 rows; name it "Количество" or "Quantity"',
    ],
    [
      'no SKU column',
      [['Наименование', 'Количество']],
      'NO_SKU_COLUMN',
      'Found the quantity column in row 1 but no SKU column in the first 20 rows; name it "Артикул" or "SKU"',
    ],
    [
      'nothing recognisable',
      [
        ['a', 'b'],
        [1, 2],
      ],
      'NO_HEADER',
      'No header row with SKU and quantity columns in the first 20 rows; name them "Артикул" and "Количество" (or "SKU" and "Quantity")',
    ],
    [
      'the header below row 20',
      [...Array.from({ length: 20 }, () => ['x']), ['SKU', 'Qty']],
      'NO_HEADER',
      'No header row with SKU and quantity columns in the first 20 rows; name them "Артикул" and "Количество" (or "SKU" and "Quantity")',
    ],
  ])('refuses %s', (_name, rows, code, message) => {
    expect(recognizePriceListHeader(rows)).toEqual({ ok: false, code, message });
  });

  it('never throws on arbitrary cells', () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.date(), fc.object());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }), (rows) => {
        const header = recognizePriceListHeader(rows);
        if (header.ok) readOrderRows(rows, header);
      }),
    );
  });
});

describe('readOrderRows', () => {
  const rows: unknown[][] = [
    ['Прайс-лист'],
    ['Артикул', 'Наименование', 'Ед. изм.', 'Количество'],
    ['A-1', 'Болт', 'шт', 10],
    ['A-2', 'Гайка', 'шт', null], // not ordered
    ['A-3', 'Шайба', 'шт', '  '], // not ordered
    ['A-4', 'Кабель', 'м', '12,5'],
    [null, 'Без артикула', '', 3],
    ['A-5', 'Лист', 'т', 0.1 + 0.2],
    ['A-6', 'Винт', 'шт', 'много'],
    ['A-7', 'Винт', 'шт', -1],
    [],
    ['A-8', 'Проволока', 'кг', '1 000,5'],
  ];
  const header = recognizePriceListHeader(rows);

  it('takes the rows with a quantity, numbered as in Excel', () => {
    if (!header.ok) throw new Error(header.message);
    expect(readOrderRows(rows, header).map((r) => [r.rowNumber, r.sku, r.unit, r.quantity])).toEqual([
      [3, 'A-1', 'шт', { ok: true, value: '10' }],
      [6, 'A-4', 'м', { ok: true, value: '12.5' }],
      [7, null, null, { ok: true, value: '3' }],
      [8, 'A-5', 'т', { ok: true, value: '0.3' }],
      [9, 'A-6', 'шт', { ok: false, problem: 'NOT_A_NUMBER' }],
      [10, 'A-7', 'шт', { ok: false, problem: 'NOT_POSITIVE' }],
      [12, 'A-8', 'кг', { ok: true, value: '1000.5' }],
    ]);
  });

  it('reads numeric SKUs as text', () => {
    const sheet = [
      ['SKU', 'Qty'],
      [123456, 2],
    ];
    const h = recognizePriceListHeader(sheet);
    if (!h.ok) throw new Error(h.message);
    expect(readOrderRows(sheet, h)[0]).toMatchObject({ sku: '123456', barcode: null, name: null });
  });
});
