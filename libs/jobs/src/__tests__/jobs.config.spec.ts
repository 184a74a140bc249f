import { describeQueueBackend, jobsConfigFromEnv, workerConfigFromEnv } from '../jobs.config';
import { DeliverMailJob } from '../mail/deliver-mail.job';

const DATABASE_URL = 'postgres://kw:secret@db:5432/konzeptwerk';

describe('job configuration from the environment', () => {
  test('defaults: PostgreSQL backend, mail off, production timings', () => {
    expect(workerConfigFromEnv({ DATABASE_URL })).toEqual({
      databaseUrl: DATABASE_URL,
      redisUrl: null,
      queuePrefix: 'konzeptwerk',
      mail: { maxAttempts: 8, retryDelayMs: 5_000 },
      concurrency: 4,
      lockDurationMs: 30_000,
      stalledIntervalMs: 30_000,
      migrate: true,
      smtpUrl: null,
      mailFrom: 'Konzeptwerk <no-reply@konzeptwerk.example>',
      mailSweepIntervalMs: 30_000,
    });
  });

  test('REDIS_URL switches to Redis with the configured prefix; empty values count as unset', () => {
    const config = jobsConfigFromEnv({ DATABASE_URL, REDIS_URL: 'redis://:pw@cache:6379', QUEUE_PREFIX: 'kw-a' });
    expect(config).toMatchObject({ redisUrl: 'redis://:pw@cache:6379', queuePrefix: 'kw-a' });
    expect(jobsConfigFromEnv({ DATABASE_URL, REDIS_URL: '  ', QUEUE_PREFIX: '' })).toMatchObject({
      redisUrl: null,
      queuePrefix: 'konzeptwerk',
    });
  });

  test('the API passes its own database URL', () => {
    expect(jobsConfigFromEnv({}, DATABASE_URL).databaseUrl).toBe(DATABASE_URL);
    expect(() => jobsConfigFromEnv({})).toThrow(/DATABASE_URL is not set/);
  });

  test('numbers must be positive whole numbers', () => {
    expect(workerConfigFromEnv({ DATABASE_URL, JOB_CONCURRENCY: '2' }).concurrency).toBe(2);
    for (const bad of ['0', '-1', '1.5', 'many'])
      expect(() => workerConfigFromEnv({ DATABASE_URL, JOB_CONCURRENCY: bad })).toThrow(/JOB_CONCURRENCY/);
  });

  test('logs name the backend without passwords', () => {
    expect(describeQueueBackend(jobsConfigFromEnv({ DATABASE_URL }))).toBe(
      'PostgreSQL (schema bullmq in postgres://kw:***@db:5432/konzeptwerk)',
    );
    expect(describeQueueBackend(jobsConfigFromEnv({ DATABASE_URL, REDIS_URL: 'redis://:pw@cache:6379' }))).toBe(
      'Redis redis://:***@cache:6379 (prefix konzeptwerk)',
    );
  });
});

test('a delivery job id follows from the message, and BullMQ accepts it', () => {
  const id = DeliverMailJob.jobId('3f1c2a4e-0b7d-4c55-9e1a-2d6f8b9c0a11');
  expect(id).toBe('mail-3f1c2a4e-0b7d-4c55-9e1a-2d6f8b9c0a11');
  expect(id).not.toContain(':');
});
