export * from './inn';
export * from './ogrn';
