import { DEFAULT_MAIL_FROM } from '@konzeptwerk/notifications';

/** What producers (the API) and the worker share. */
export interface JobsConfig {
  /** PostgreSQL with the outbox; also holds the queues (schema `bullmq`) unless `redisUrl` is set. */
  databaseUrl: string;
  /** Set: the queues live on Redis; null: on BullMQ's PostgreSQL backend. */
  redisUrl: string | null;
  /** Namespace of the queue keys on Redis, so deployments and test runs can share one server. */
  queuePrefix: string;
  mail: {
    /** Attempts per message before it is marked FAILED. */
    maxAttempts: number;
    /** First retry delay; it doubles with every further attempt. */
    retryDelayMs: number;
  };
}

export interface WorkerConfig extends JobsConfig {
  /** Jobs one worker process runs at the same time, per queue. */
  concurrency: number;
  /** How long a job stays claimed without a heartbeat before another worker may take it over. */
  lockDurationMs: number;
  /** How often workers look for jobs whose worker died. */
  stalledIntervalMs: number;
  /** Apply database migrations at start (serialised by an advisory lock). */
  migrate: boolean;
  /** Null turns mail delivery off: messages stay PENDING in the outbox. */
  smtpUrl: string | null;
  mailFrom: string;
  /** How often PENDING messages are enqueued again, in case an enqueue after commit was lost. */
  mailSweepIntervalMs: number;
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function positiveInt(env: Env, name: string, fallback: number): number {
  const value = text(env, name);
  if (value === null) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new Error(`${name} must be a positive whole number, not "${value}".`);
  return Number(value);
}

export function jobsConfigFromEnv(env: Env, databaseUrl = text(env, 'DATABASE_URL')): JobsConfig {
  if (!databaseUrl) throw new Error('DATABASE_URL is not set. Use `npm start` for the embedded set-up.');
  return {
    databaseUrl,
    redisUrl: text(env, 'REDIS_URL'),
    queuePrefix: text(env, 'QUEUE_PREFIX') ?? 'konzeptwerk',
    mail: {
      maxAttempts: positiveInt(env, 'MAIL_MAX_ATTEMPTS', 8),
      retryDelayMs: positiveInt(env, 'MAIL_RETRY_DELAY_MS', 5_000),
    },
  };
}

export function workerConfigFromEnv(env: Env): WorkerConfig {
  return {
    ...jobsConfigFromEnv(env),
    concurrency: positiveInt(env, 'JOB_CONCURRENCY', 4),
    lockDurationMs: positiveInt(env, 'JOB_LOCK_DURATION_MS', 30_000),
    stalledIntervalMs: positiveInt(env, 'JOB_STALLED_INTERVAL_MS', 30_000),
    migrate: text(env, 'MIGRATE_ON_START') !== 'false',
    smtpUrl: text(env, 'SMTP_URL'),
    mailFrom: text(env, 'MAIL_FROM') ?? DEFAULT_MAIL_FROM,
    mailSweepIntervalMs: positiveInt(env, 'MAIL_SWEEP_INTERVAL_MS', 30_000),
  };
}

/** For logs: where the queues are, without credentials. */
export function describeQueueBackend(config: JobsConfig): string {
  if (!config.redisUrl) return `PostgreSQL (schema bullmq in ${redact(config.databaseUrl)})`;
  return `Redis ${redact(config.redisUrl)} (prefix ${config.queuePrefix})`;
}

export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}
