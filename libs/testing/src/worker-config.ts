// Types only: the worker's configuration, not the worker.
import type { WorkerConfig } from '@konzeptwerk/jobs';

/**
 * A worker for a test: the queues the test API enqueues to (REDIS_URL and QUEUE_PREFIX as the API reads
 * them), short lock and stall intervals, no mail delivery unless a test asks for it.
 */
export function testWorkerConfig(databaseUrl: string, overrides: Partial<WorkerConfig> = {}): WorkerConfig {
  return {
    databaseUrl,
    redisUrl: process.env.REDIS_URL?.trim() || null,
    queuePrefix: process.env.QUEUE_PREFIX ?? 'konzeptwerk',
    mail: { maxAttempts: 3, retryDelayMs: 100 },
    concurrency: 2,
    lockDurationMs: 5_000,
    stalledIntervalMs: 5_000,
    migrate: false,
    smtpUrl: null,
    mailFrom: 'Konzeptwerk <no-reply@konzeptwerk.example>',
    mailSweepIntervalMs: 60_000,
    ...overrides,
  };
}
