export * from './delivery/mailer';
export * from './delivery/outbox-commits';
export * from './delivery/outbox-delivery';
export * from './notifications.module';
export * from './outbox';
export * from './outbox-message.entity';
export * from './outbox.resolver';
