import { Module } from '@nestjs/common';
import { NotificationResolver } from './notification.resolver';
import { OutboxResolver } from './outbox.resolver';

@Module({ providers: [OutboxResolver, NotificationResolver] })
export class NotificationsModule {}
