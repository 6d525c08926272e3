export * from './inn';
export * from './quantity';
export * from './search-text';
