import { columnLetter, priceListColumns, priceListHeaders } from './pricelist-layout';

describe('priceListColumns', () => {
  const columns = priceListColumns([
    { id: 'w1', name: 'Москва' },
    { id: 'w2', name: 'Санкт-Петербург, Шушары' },
  ]);

  it('puts the fixed columns, one stock column per warehouse, then the quantity last', () => {
    expect(columns.map((c) => c.warehouseId ?? c.key)).toEqual([
      'sku',
      'name',
      'unit',
      'packaging',
      'multiplicity',
      'minQuantity',
      'price',
      'vatRate',
      'stockTotal',
      'w1',
      'w2',
      'nextIncomingDate',
      'quantity',
    ]);
  });

  it('has headers in both languages', () => {
    expect(priceListHeaders(columns, 'ru')).toEqual([
      'Артикул',
      'Наименование',
      'Ед. изм.',
      'Упаковка',
      'Кратность',
      'Мин. заказ',
      'Ваша цена',
      'НДС',
      'Остаток, всего',
      'Остаток: Москва',
      'Остаток: Санкт-Петербург, Шушары',
      'Поступление',
      'Количество',
    ]);
    expect(priceListHeaders(columns, 'en').slice(-4)).toEqual([
      'Stock: Москва',
      'Stock: Санкт-Петербург, Шушары',
      'Next incoming',
      'Quantity',
    ]);
  });

  it.each([
    ['sku', '@'], // text: Excel must not turn 000123 into 123
    ['multiplicity', 'General'],
    ['price', '#,##0.00##'],
    ['vatRate', '0%'],
    ['nextIncomingDate', 'dd.mm.yyyy'],
    ['quantity', 'General'],
  ])('formats %s as %s', (key, numFmt) => {
    expect(columns.find((c) => c.key === key)?.numFmt).toBe(numFmt);
  });

  it('marks only the quantity as the buyer’s input and gives every column a sane width', () => {
    expect(columns.filter((c) => c.input).map((c) => c.key)).toEqual(['quantity']);
    for (const c of columns) expect(c.width).toBeGreaterThanOrEqual(7);
    for (const c of columns) expect(c.width).toBeLessThanOrEqual(50);
  });

  it('works without warehouses', () => {
    expect(priceListColumns([]).map((c) => c.key)).not.toContain('warehouseStock');
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'], // the last Excel column
  ])('%i → %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });
});
