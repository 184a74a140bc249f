import { Module } from '@nestjs/common';
import { OutboxResolver } from './outbox.resolver';

@Module({ providers: [OutboxResolver] })
export class NotificationsModule {}
