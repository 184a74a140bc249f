export * from './create-live-bus';
export * from './live-bus-base';
export * from './live-subscription';
export * from './live.module';
export * from './postgres-live-bus';
export * from './redis-live-bus';
