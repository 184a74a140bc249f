import { randomBytes } from 'node:crypto';
import IORedis from 'ioredis';

export type BackendName = 'postgres' | 'redis';

export interface TestBackend {
  name: BackendName;
  /** For JobsConfig: null on PostgreSQL. */
  redisUrl: string | null;
  /** A key prefix of its own per run, so runs sharing one Redis do not meet. */
  queuePrefix: string;
}

/**
 * PostgreSQL always; Redis too when REDIS_URL is set. Without it the Redis
 * suites are not registered at all, and the run says so instead of passing
 * them silently.
 */
export function queueTestBackends(): TestBackend[] {
  const queuePrefix = `kw-test-${randomBytes(4).toString('hex')}`;
  const redisUrl = process.env.REDIS_URL?.trim();
  if (!redisUrl) {
    console.warn('REDIS_URL is not set: job-queue tests run on PostgreSQL only; the Redis suite is not registered.');
    return [{ name: 'postgres', redisUrl: null, queuePrefix }];
  }
  return [
    { name: 'postgres', redisUrl: null, queuePrefix },
    { name: 'redis', redisUrl, queuePrefix },
  ];
}

async function withRedis<T>(url: string, fn: (redis: IORedis) => Promise<T>): Promise<T> {
  const redis = new IORedis(url, {
    lazyConnect: true,
    connectTimeout: 2_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let cause: Error | undefined;
  redis.on('error', (e: Error) => (cause ??= e));
  try {
    await redis.connect();
    return await fn(redis);
  } catch (e) {
    throw cause ?? e;
  } finally {
    redis.disconnect();
  }
}

/** Fails (never skips) when REDIS_URL is set but no Redis answers there. */
export async function assertReachable(backend: TestBackend): Promise<void> {
  if (!backend.redisUrl) return;
  try {
    await withRedis(backend.redisUrl, (r) => r.ping());
  } catch (e) {
    throw new Error(`REDIS_URL=${backend.redisUrl} is set, but Redis cannot be reached there: ${(e as Error).message}`);
  }
}

/** Deletes every key of the backend's prefix; returns how many there were. */
export async function removeQueueKeys(backend: TestBackend): Promise<number> {
  if (!backend.redisUrl) return 0;
  return withRedis(backend.redisUrl, async (redis) => {
    let removed = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${backend.queuePrefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) removed += await redis.del(...keys);
    } while (cursor !== '0');
    return removed;
  });
}

/** Polls until `check` returns a value other than undefined/false, or fails with `what` after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
