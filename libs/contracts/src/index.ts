export * from './enums';
export * from './errors';
