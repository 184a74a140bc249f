import type { OutboxDelivery } from '@konzeptwerk/notifications';
import type { JobQueues } from '../job-queues';
import type { JobHandler } from '../job-workers';
import { DeliverMailJob } from './deliver-mail.job';

/** Messages enqueued per round trip to the queue. */
const CHUNK = 500;

/**
 * `mail.sweep`: enqueues `mail.deliver` for every PENDING message, so a
 * message is not lost when the API's enqueue after commit failed or the queue
 * was down. The deterministic delivery job id makes this a no-op for messages
 * whose job already waits or runs.
 */
export class SweepMailJob implements JobHandler<Record<string, never>> {
  static readonly jobName = 'mail.sweep';
  readonly queue = 'mail' as const;
  readonly name = SweepMailJob.jobName;

  /** Every worker upserts the same scheduler id, so there is one sweep per interval however many run. */
  static async schedule(queues: JobQueues, everyMs: number): Promise<void> {
    await queues
      .get('mail')
      .upsertJobScheduler(
        SweepMailJob.jobName,
        { every: everyMs },
        { name: SweepMailJob.jobName, data: {}, opts: { removeOnComplete: true, removeOnFail: true } },
      );
  }

  constructor(
    private readonly delivery: OutboxDelivery,
    private readonly queues: JobQueues,
  ) {}

  async handle(): Promise<number> {
    const ids = await this.delivery.pendingIds();
    for (let i = 0; i < ids.length; i += CHUNK) await DeliverMailJob.enqueue(this.queues, ids.slice(i, i + CHUNK));
    return ids.length;
  }
}
