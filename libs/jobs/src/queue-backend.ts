import {
  createPostgresBackend,
  type IQueueBackend,
  type JobProgress,
  type JobsOptions,
  type Processor,
  Queue,
  Worker,
  type WorkerOptions,
} from 'bullmq';
import type { JobsConfig } from './jobs.config';

/**
 * A BullMQ queue or worker on either backend; callers need not know which.
 * BullMQ's types are invariant in the backend and its connection options,
 * hence the casts below: every method we call is common to both backends.
 */
export type JobQueue = Queue<unknown, unknown, string, unknown, unknown, string, IQueueBackend, unknown>;
export type JobWorker = Worker<unknown, unknown, string, IQueueBackend, JobProgress, unknown>;

/** Where job infrastructure reports trouble: the console in the worker, Nest's logger in the API. */
export interface JobsLogger {
  warn(message: string): void;
}

/** BullMQ's own PostgreSQL backend lives in this schema next to the application's tables. */
const PG_SCHEMA = 'bullmq';

function postgresConnection(config: JobsConfig) {
  // Without `migrate` the backend refuses a fresh database and retries forever.
  return { connectionString: config.databaseUrl, schema: PG_SCHEMA, migrate: true, max: 4 };
}

export function openQueue(
  config: JobsConfig,
  name: string,
  options: { failFast: boolean; defaultJobOptions?: JobsOptions },
): JobQueue {
  if (config.redisUrl) {
    return new Queue(name, {
      connection: {
        url: config.redisUrl,
        // A producer inside a request must not queue commands while Redis is away; the sweep catches up.
        enableOfflineQueue: !options.failFast,
        // At close, ioredis waits this long for a socket that never connected (default 2 s, which
        // holds up the shutdown of an API whose Redis is down).
        disconnectTimeout: 200,
      },
      prefix: config.queuePrefix,
      defaultJobOptions: options.defaultJobOptions,
    }) as unknown as JobQueue;
  }
  return new Queue(
    name,
    { connection: postgresConnection(config), defaultJobOptions: options.defaultJobOptions },
    createPostgresBackend,
  ) as unknown as JobQueue;
}

export function openWorker(
  config: JobsConfig,
  name: string,
  processor: Processor,
  options: Pick<WorkerOptions, 'concurrency' | 'lockDuration' | 'stalledInterval'>,
): JobWorker {
  if (config.redisUrl) {
    return new Worker(name, processor, {
      ...options,
      connection: { url: config.redisUrl, maxRetriesPerRequest: null },
      prefix: config.queuePrefix,
    }) as unknown as JobWorker;
  }
  return new Worker(
    name,
    processor,
    { ...options, connection: postgresConnection(config) },
    createPostgresBackend,
  ) as unknown as JobWorker;
}

/**
 * Logs a connection's errors without flooding: an unreachable Redis reports
 * every reconnect attempt. Also keeps an unhandled 'error' event from
 * crashing the process.
 */
export function logErrors(
  emitter: { on(event: 'error', listener: (e: Error) => void): unknown },
  what: string,
  logger: JobsLogger,
  quietMs = 60_000,
): void {
  let lastAt = 0;
  emitter.on('error', (e) => {
    const now = Date.now();
    if (now - lastAt < quietMs) return;
    lastAt = now;
    logger.warn(`${what}: ${e.message}`);
  });
}
