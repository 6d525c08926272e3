export * from './inn';
export * from './quantity-text';
export * from './sku';
export * from './quick-order';
export * from './quick-order-merge';
export * from './pricelist-layout';
export * from './pricelist-import';
export * from './ogrn';
