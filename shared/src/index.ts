export * from './inn';
