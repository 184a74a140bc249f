export * from './counting-logger';
export * from './fixtures';
export * from './test-api';
export * from './test-database';
export * from './read-pdf';
export * from './images';
export * from './worker-config';
export * from './gql-helpers';
