import type { LiveBus } from '@konzeptwerk/platform';
import type { LiveLogger } from './live-bus-base';
import { PostgresLiveBus } from './postgres-live-bus';
import { RedisLiveBus } from './redis-live-bus';

export interface LiveBusConfig {
  /** Used for LISTEN/NOTIFY when `redisUrl` is not set. */
  databaseUrl: string;
  /** Set: events travel over Redis pub/sub. */
  redisUrl: string | null;
  /** Namespace of topics on the backend. */
  prefix: string;
  logger?: LiveLogger;
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

/**
 * REDIS_URL chooses Redis (as for the job queues); LIVE_PREFIX names the
 * namespace, falling back to QUEUE_PREFIX so one deployment (or test run)
 * keeps queues and live events under one name.
 */
export function liveBusConfigFromEnv(env: Env, databaseUrl: string): LiveBusConfig {
  return {
    databaseUrl,
    redisUrl: text(env, 'REDIS_URL'),
    prefix: text(env, 'LIVE_PREFIX') ?? text(env, 'QUEUE_PREFIX') ?? 'konzeptwerk',
  };
}

export function createLiveBus(config: LiveBusConfig): LiveBus {
  if (config.redisUrl) return new RedisLiveBus({ url: config.redisUrl, prefix: config.prefix, logger: config.logger });
  return new PostgresLiveBus({ databaseUrl: config.databaseUrl, prefix: config.prefix, logger: config.logger });
}
