export * from './actor';
export * from './audit';
export * from './audit.entity';
export * from './domain-error';
export * from './naming-strategy';
export * from './text';
export * from './request-context';
export * from './constraints';
