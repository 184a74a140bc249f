import type { EnqueueOptions, JobEnqueuer } from '@konzeptwerk/platform';
import type { JobsConfig } from './jobs.config';
import { type JobQueue, type JobsLogger, logErrors, openQueue } from './queue-backend';

/** One queue per kind of work, so a slow kind cannot hold up another. */
export const QUEUE_NAMES = ['mail', 'reminders', 'exports'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** The producer side: every queue, opened once per process. */
export class JobQueues implements JobEnqueuer {
  private readonly queues: Map<QueueName, JobQueue>;

  constructor(
    readonly config: JobsConfig,
    options: { failFast: boolean; logger: JobsLogger },
  ) {
    this.queues = new Map(
      QUEUE_NAMES.map((name) => {
        const queue = openQueue(config, name, { failFast: options.failFast });
        logErrors(queue, `queue ${name}`, options.logger);
        return [name, queue];
      }),
    );
  }

  get(name: QueueName): JobQueue {
    return this.queues.get(name)!;
  }

  /** The JobEnqueuer other contexts use: the job id makes a repeated enqueue a no-op while the job waits or runs. */
  async enqueue(queue: string, name: string, data: object, options: EnqueueOptions): Promise<void> {
    if (!(QUEUE_NAMES as readonly string[]).includes(queue)) throw new Error(`Unknown queue ${queue}.`);
    await this.get(queue as QueueName).add(name, data, {
      jobId: options.jobId,
      delay: options.delayMs,
      attempts: options.attempts ?? 3,
      backoff: { type: 'exponential', delay: 2_000 },
      removeOnComplete: true,
      removeOnFail: 100,
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}

/**
 * `failFast` is for producers that run inside requests (the API): an add
 * fails at once while Redis is away instead of waiting for it.
 */
export function createJobQueues(
  config: JobsConfig,
  options: { failFast?: boolean; logger?: JobsLogger } = {},
): JobQueues {
  return new JobQueues(config, { failFast: options.failFast ?? false, logger: options.logger ?? console });
}
