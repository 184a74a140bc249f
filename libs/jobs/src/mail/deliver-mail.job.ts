import type { OutboxDelivery } from '@konzeptwerk/notifications';
import type { JobQueues } from '../job-queues';
import type { JobHandler } from '../job-workers';

export interface DeliverMailData {
  outboxMessageId: string;
}

/** `mail.deliver`: sends one outbox message over SMTP. */
export class DeliverMailJob implements JobHandler<DeliverMailData> {
  static readonly jobName = 'mail.deliver';
  readonly queue = 'mail' as const;
  readonly name = DeliverMailJob.jobName;

  /**
   * One job id per message, so the API's enqueue and any number of sweeps make
   * one job while it waits or runs. (BullMQ forbids a single ':' in custom ids.)
   */
  static jobId(outboxMessageId: string): string {
    return `mail-${outboxMessageId}`;
  }

  static async enqueue(queues: JobQueues, outboxMessageIds: string[]): Promise<void> {
    if (outboxMessageIds.length === 0) return;
    const { maxAttempts, retryDelayMs } = queues.config.mail;
    await queues.get('mail').addBulk(
      outboxMessageIds.map((outboxMessageId) => ({
        name: DeliverMailJob.jobName,
        data: { outboxMessageId } satisfies DeliverMailData,
        opts: {
          jobId: DeliverMailJob.jobId(outboxMessageId),
          attempts: maxAttempts,
          backoff: { type: 'exponential', delay: retryDelayMs },
          // The outbox row records the outcome. Freeing the id lets a sweep
          // enqueue the message again should it still be PENDING.
          removeOnComplete: true,
          removeOnFail: true,
        },
      })),
    );
  }

  constructor(private readonly delivery: OutboxDelivery) {}

  async handle(data: DeliverMailData): Promise<string> {
    const result = await this.delivery.deliver(data.outboxMessageId);
    // Throwing hands the retry and its backoff to BullMQ; the attempt is already counted on the row.
    if (result.outcome === 'retry') throw new Error(`SMTP delivery failed: ${result.error}`);
    return result.outcome;
  }
}
