import type { DataSource } from 'typeorm';
import { OutboxStatus } from '@konzeptwerk/contracts';
import { OutboxMessage } from '../outbox-message.entity';
import { isPermanentRejection, type Mailer } from './mailer';

export type DeliveryResult =
  | { outcome: 'sent' }
  /** Not PENDING (already sent or failed), unknown, or being delivered by someone else right now. */
  | { outcome: 'skipped' }
  /** The attempt failed and was counted; the message stays PENDING. */
  | { outcome: 'retry'; error: string }
  /** The last allowed attempt failed, or the recipient was refused for good. */
  | { outcome: 'failed'; error: string };

/** Delivers outbox messages; the row's status, read under its lock, decides whether one still needs sending. */
export class OutboxDelivery {
  constructor(
    private readonly db: DataSource,
    private readonly mailer: Mailer,
    private readonly maxAttempts: number,
  ) {}

  /**
   * Sends one PENDING message and marks it SENT in the transaction that holds
   * its row lock throughout the SMTP exchange. If the process dies before the
   * server's 250, the transaction rolls back, the server (having given no
   * answer) drops the message, and it is sent once after restart. Only a death
   * in the milliseconds between the 250 and the COMMIT sends it twice; its
   * fixed Message-ID lets receivers recognise that duplicate. SKIP LOCKED makes
   * a second delivery of the same message (a duplicate or recovered job) step
   * aside instead of waiting behind the lock to send it again.
   */
  async deliver(outboxMessageId: string): Promise<DeliveryResult> {
    return this.db.transaction(async (tx) => {
      const message = await tx
        .getRepository(OutboxMessage)
        .createQueryBuilder('m')
        .addSelect('m.attachments')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('m.id = :id AND m.status = :pending', { id: outboxMessageId, pending: OutboxStatus.PENDING })
        .getOne();
      if (!message) return { outcome: 'skipped' };
      const attempts = message.attempts + 1;
      try {
        await this.mailer.send(message);
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        const failed = attempts >= this.maxAttempts || isPermanentRejection(e);
        await tx.update(
          OutboxMessage,
          { id: message.id },
          { attempts, lastError: error, status: failed ? OutboxStatus.FAILED : OutboxStatus.PENDING },
        );
        return failed ? { outcome: 'failed', error } : { outcome: 'retry', error };
      }
      await tx.update(
        OutboxMessage,
        { id: message.id },
        { attempts, status: OutboxStatus.SENT, sentAt: () => 'clock_timestamp()' },
      );
      return { outcome: 'sent' };
    });
  }

  /** Every PENDING message, oldest first, for the sweep that re-enqueues what may have been missed. */
  async pendingIds(): Promise<string[]> {
    const rows = await this.db.getRepository(OutboxMessage).find({
      select: { id: true },
      where: { status: OutboxStatus.PENDING },
      order: { createdAt: 'ASC' },
    });
    return rows.map((r) => r.id);
  }
}
