import { Dec } from '../../common/money/decimal';
import type { ProductFacts } from './cart-products.repository';
import { checkLine, lineWarning } from './cart-lines';

const product = (over: Partial<ProductFacts> = {}): ProductFacts => ({
  id: 'p1',
  sku: 'ABC-1',
  name: 'Screw',
  active: true,
  unitCode: 'pcs',
  unitShortName: 'pcs',
  unitScale: 0,
  step: '10',
  minQuantity: '20',
  vatRate: '22',
  categoryId: null,
  categoryPath: [],
  brandId: null,
  packagings: [{ code: 'box', name: 'Box', factor: '100' }],
  stock: [
    { warehouseId: 'w1', warehouseCode: 'A', available: '150' },
    { warehouseId: 'w2', warehouseCode: 'B', available: '0' },
  ],
  ...over,
});
const wh = new Set(['w1', 'w2']);

describe('checkLine', () => {
  it('rounds up to the multiplicity and minimum, and says so', () => {
    const r = checkLine({ productId: 'p1', quantity: '15' }, product(), wh, 'roundUp');
    expect(r.ok && [r.baseQuantity.toFixed(), r.adjustment]).toEqual([
      '20',
      'ABC-1: The minimum order quantity is 20: rounded up to 20',
    ]);
    const r2 = checkLine({ productId: 'p1', quantity: '25' }, product(), wh, 'roundUp');
    expect(r2.ok && r2.baseQuantity.toFixed()).toBe('30');
  });

  it('rejects with the suggestion when the buyer asks so', () => {
    const r = checkLine({ productId: 'p1', quantity: '25' }, product(), wh, 'reject');
    expect(r).toMatchObject({ ok: false, field: 'quantity', errorCode: 'NOT_MULTIPLE' });
    expect(!r.ok && r.suggested?.toFixed()).toBe('30');
  });

  it('converts packages to base units and keeps the package unit', () => {
    const r = checkLine({ productId: 'p1', quantity: '2', packagingCode: 'BOX' }, product(), wh, 'reject');
    expect(r.ok && [r.quantity.toFixed(), r.baseQuantity.toFixed(), r.packagingCode]).toEqual(['2', '200', 'box']);
  });

  it('refuses unknown products, packagings and warehouses, and discontinued products', () => {
    expect(checkLine({ productId: 'x', quantity: '1' }, undefined, wh, 'roundUp')).toMatchObject({
      errorCode: 'NOT_FOUND',
    });
    expect(
      checkLine({ productId: 'p1', quantity: '1', packagingCode: 'pallet' }, product(), wh, 'roundUp'),
    ).toMatchObject({ field: 'packagingCode', errorCode: 'UNKNOWN_PACKAGING' });
    expect(checkLine({ productId: 'p1', quantity: '20', warehouseId: 'w9' }, product(), wh, 'roundUp')).toMatchObject({
      field: 'warehouseId',
    });
    expect(checkLine({ productId: 'p1', quantity: '20' }, product({ active: false }), wh, 'roundUp')).toMatchObject({
      errorCode: 'DISCONTINUED',
    });
  });
});

describe('lineWarning', () => {
  it('warns about shortage at the chosen warehouse or overall', () => {
    expect(lineWarning(product(), new Dec(100), null, true)).toBeNull();
    expect(lineWarning(product(), new Dec(200), null, true)?.code).toBe('INSUFFICIENT_STOCK');
    expect(lineWarning(product(), new Dec(10), 'w2', true)?.code).toBe('NO_STOCK');
    expect(lineWarning(product(), new Dec(10), null, false)?.code).toBe('NO_PRICE');
    expect(lineWarning(product({ active: false }), new Dec(10), null, true)?.code).toBe('DISCONTINUED');
  });
});
