import IORedis from 'ioredis';
import { LiveBusBase, type LiveLogger } from './live-bus-base';

export interface RedisLiveBusOptions {
  url: string;
  /** Namespace of the channels, so deployments and test runs can share one Redis. */
  prefix: string;
  logger?: LiveLogger;
}

/** The Redis channel that carries a topic's events. */
export function redisChannelName(prefix: string, topic: string): string {
  return `${prefix}:live:${topic}`;
}

/**
 * Redis pub/sub: one connection publishes, one subscriber connection carries
 * every topic of the process. ioredis re-subscribes on reconnect; events sent
 * while the connection is down are lost (delivery is at most once).
 */
export class RedisLiveBus extends LiveBusBase {
  private readonly publisher: IORedis;
  private readonly subscriber: IORedis;
  private readonly channelPrefix: string;

  constructor(private readonly options: RedisLiveBusOptions) {
    super(options.logger);
    this.channelPrefix = redisChannelName(options.prefix, '');
    // Named, so CLIENT LIST shows whose connections these are.
    this.publisher = new IORedis(options.url, {
      maxRetriesPerRequest: 3,
      connectionName: `${options.prefix}-live-pub`,
    });
    this.subscriber = new IORedis(options.url, {
      maxRetriesPerRequest: 3,
      connectionName: `${options.prefix}-live-sub`,
    });
    for (const [role, redis] of [
      ['publisher', this.publisher],
      ['subscriber', this.subscriber],
    ] as const) {
      redis.on('error', (e: Error) => this.logger.warn(`Redis ${role} connection: ${e.message}`));
    }
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel.startsWith(this.channelPrefix)) this.deliver(channel.slice(this.channelPrefix.length), message);
    });
  }

  /** The channel a topic travels on (for diagnostics and tests). */
  channelOf(topic: string): string {
    return redisChannelName(this.options.prefix, topic);
  }

  protected async listen(topic: string): Promise<void> {
    await this.subscriber.subscribe(this.channelOf(topic));
  }

  protected async unlisten(topic: string): Promise<void> {
    await this.subscriber.unsubscribe(this.channelOf(topic));
  }

  protected async send(topic: string, json: string): Promise<void> {
    await this.publisher.publish(this.channelOf(topic), json);
  }

  protected async shutdown(): Promise<void> {
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }
}
