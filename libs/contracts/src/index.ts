export * from './enums';
export * from './errors';
export * from './recommendations';
export * from './conferences';
export * from './concept';
export * from './surveys';
