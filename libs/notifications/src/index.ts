export * from './notifications.module';
export * from './outbox';
export * from './outbox-message.entity';
export * from './outbox.resolver';
