import { type Job, UnrecoverableError } from 'bullmq';
import type { QueueName } from './job-queues';
import type { WorkerConfig } from './jobs.config';
import { type JobsLogger, type JobWorker, logErrors, openWorker } from './queue-backend';

/**
 * One class per job name. Handlers must be idempotent: a job can run twice
 * (a retry, a worker that died after the effect, the same job enqueued by the
 * API and by a sweep), and running it again must not repeat the effect.
 */
export interface JobHandler<Data = unknown> {
  readonly queue: QueueName;
  readonly name: string;
  handle(data: Data): Promise<unknown>;
}

/** One BullMQ worker for each queue that has handlers, dispatching by job name. */
export function createWorkers(config: WorkerConfig, handlers: JobHandler[], logger: JobsLogger): JobWorker[] {
  const byQueue = new Map<QueueName, Map<string, JobHandler>>();
  for (const handler of handlers) {
    const named = byQueue.get(handler.queue) ?? new Map<string, JobHandler>();
    if (named.has(handler.name)) throw new Error(`Two handlers for job ${handler.name}.`);
    named.set(handler.name, handler);
    byQueue.set(handler.queue, named);
  }
  return [...byQueue].map(([queue, named]) => {
    const worker = openWorker(
      config,
      queue,
      async (job: Job) => {
        const handler = named.get(job.name);
        if (!handler) throw new UnrecoverableError(`No handler for job ${job.name} on queue ${queue}.`);
        return handler.handle(job.data);
      },
      {
        concurrency: config.concurrency,
        lockDuration: config.lockDurationMs,
        stalledInterval: config.stalledIntervalMs,
      },
    );
    logErrors(worker, `worker ${queue}`, logger);
    worker.on('failed', (job, error) => {
      if (job) logger.warn(`job ${job.name} ${job.id} failed (attempt ${job.attemptsMade}): ${error.message}`);
    });
    return worker;
  });
}
