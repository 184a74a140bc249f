import { randomBytes } from 'node:crypto';

export interface LiveTestBackend {
  name: 'postgres' | 'redis';
  /** Null on PostgreSQL. */
  redisUrl: string | null;
  /** A prefix of its own per run, so runs sharing one Redis or database do not meet. */
  prefix: string;
}

/**
 * PostgreSQL always; Redis too when REDIS_URL is set. Without it the Redis
 * suites are not registered at all, and the run says so instead of passing
 * them silently.
 */
export function liveTestBackends(): LiveTestBackend[] {
  const prefix = `kw-test-live-${randomBytes(4).toString('hex')}`;
  const redisUrl = process.env.REDIS_URL?.trim();
  if (!redisUrl) {
    console.warn('REDIS_URL is not set: live-bus tests run on PostgreSQL only; the Redis suite is not registered.');
    return [{ name: 'postgres', redisUrl: null, prefix }];
  }
  return [
    { name: 'postgres', redisUrl: null, prefix },
    { name: 'redis', redisUrl, prefix },
  ];
}
