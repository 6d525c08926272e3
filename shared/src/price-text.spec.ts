import { formatTiersText, parsePriceText, parseTiersText, priceFromCell, readPriceEntrySheet } from './price-text';

describe('price text', () => {
  it.each([
    ['1250', { ok: true, value: '1250' }],
    ['1 250,50', { ok: true, value: '1250.5' }],
    ['0', { ok: true, value: '0' }],
    ['12.3456', { ok: true, value: '12.3456' }],
    ['12.34567', { ok: false, problem: 'TOO_PRECISE' }],
    ['-5', { ok: false, problem: 'NEGATIVE' }],
    ['abc', { ok: false, problem: 'NOT_A_NUMBER' }],
    ['', { ok: false, problem: 'EMPTY' }],
    ['1234567890123456', { ok: false, problem: 'TOO_LARGE' }],
  ])('%s', (text, expected) => expect(parsePriceText(text)).toEqual(expected));

  it('reads number cells exactly', () => {
    expect(priceFromCell(1070.1)).toEqual({ ok: true, value: '1070.1' });
    expect(priceFromCell(null)).toEqual({ ok: false, problem: 'EMPTY' });
  });
});

describe('tiers text', () => {
  it('parses, sorts and formats back', () => {
    const parsed = parseTiersText('100: 900; 10=950,5');
    expect(parsed).toEqual({
      ok: true,
      tiers: [
        { from: '10', price: '950.5' },
        { from: '100', price: '900' },
      ],
    });
    expect(parsed.ok && formatTiersText(parsed.tiers)).toBe('10: 950.5; 100: 900');
    expect(parseTiersText('  ')).toEqual({ ok: true, tiers: [] });
  });

  it('names the wrong step', () => {
    expect(parseTiersText('10: 950; 10: 900')).toEqual({ ok: false, problem: 'DUPLICATE_FROM', step: '10: 900' });
    expect(parseTiersText('10 950')).toEqual({ ok: false, problem: 'BAD_STEP', step: '10 950' });
    expect(parseTiersText('0: 950')).toEqual({ ok: false, problem: 'FROM_NOT_POSITIVE', step: '0: 950' });
    expect(parseTiersText('5: -1')).toEqual({ ok: false, problem: 'NEGATIVE', step: '5: -1' });
  });
});

describe('price entry sheet', () => {
  it('reads rows by header (ru or en, any order) and reports bad rows with their numbers', () => {
    const result = readPriceEntrySheet([
      ['Тип цены', 'Артикул', 'Цена', 'Ступени'],
      ['WHOLESALE', 'HD-1', 1000, '5: 950'],
      [null, null, null, null],
      ['WHOLESALE', '', 'x', ''],
      ['DEALER', 'HD-2', '900,5', '5 950'],
    ]);
    expect(result.rows).toEqual([
      {
        row: 2,
        sku: 'HD-1',
        priceTypeCode: 'WHOLESALE',
        packagingCode: '',
        price: '1000',
        tiers: [{ from: '5', price: '950' }],
      },
    ]);
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([
      [4, 'sku'],
      [4, 'price'],
      [5, 'tiers'],
    ]);
  });

  it('refuses a sheet without the needed columns', () => {
    expect(readPriceEntrySheet([['SKU', 'Name']]).errors.map((e) => e.message)).toEqual([
      'column "priceTypeCode" not found',
      'column "price" not found',
    ]);
  });
});
