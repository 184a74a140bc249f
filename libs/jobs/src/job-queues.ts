import type { JobsConfig } from './jobs.config';
import { type JobQueue, type JobsLogger, logErrors, openQueue } from './queue-backend';

/** One queue per kind of work, so a slow kind cannot hold up another. */
export const QUEUE_NAMES = ['mail'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** The producer side: every queue, opened once per process. */
export class JobQueues {
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
