import { createHash } from 'node:crypto';
import { Client, Pool, escapeIdentifier } from 'pg';
import { LiveBusBase, type LiveLogger } from './live-bus-base';

export interface PostgresLiveBusOptions {
  databaseUrl: string;
  /** Namespace of the channels, so several deployments can share one database. */
  prefix: string;
  logger?: LiveLogger;
  /** Connections for NOTIFY. */
  poolSize?: number;
}

/** `application_name` of the listening connection, to find it in pg_stat_activity. */
export const LIVE_LISTENER_APPLICATION_NAME = 'konzeptwerk-live-listener';

/**
 * The NOTIFY channel of a topic: a hash of prefix and topic, so any topic
 * gives a short (45 bytes; identifiers stop at 63), lower-case identifier and
 * prefixes never meet.
 */
export function postgresChannelName(prefix: string, topic: string): string {
  return `live_${createHash('sha256').update(`${prefix}\n${topic}`).digest('hex').slice(0, 40)}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * PostgreSQL LISTEN/NOTIFY: one dedicated connection per process listens on
 * a channel per topic and, when it drops, is replaced (with back-off) and
 * listens again on every channel in use; events sent meanwhile are lost
 * (delivery is at most once). NOTIFY runs on a small pool; each topic's
 * events are sent one after the other, so they arrive in order.
 */
export class PostgresLiveBus extends LiveBusBase {
  private readonly pool: Pool;
  /** Channel → topic of every topic in use, listened again after a reconnect. */
  private readonly channels = new Map<string, string>();
  private readonly sends = new Map<string, Promise<void>>();
  private listener: Client | null = null;
  private connecting: Promise<Client> | null = null;

  constructor(private readonly options: PostgresLiveBusOptions) {
    super(options.logger);
    this.pool = new Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 4,
      idleTimeoutMillis: 30_000,
      application_name: 'konzeptwerk-live-notify',
    });
    this.pool.on('error', (e) => this.logger.warn(`PostgreSQL notify connection: ${e.message}`));
  }

  channelOf(topic: string): string {
    return postgresChannelName(this.options.prefix, topic);
  }

  /** The channels the listening connection is subscribed to, as the server reports them. */
  async listeningChannels(): Promise<string[]> {
    const rows = await this.onListener((c) =>
      c.query<{ channel: string }>('SELECT pg_listening_channels() AS channel'),
    );
    return rows.rows.map((r) => r.channel).sort();
  }

  /** Backend process id of the listening connection (null while none is connected). */
  get listenerPid(): number | null {
    return (this.listener as (Client & { processID?: number }) | null)?.processID ?? null;
  }

  protected async listen(topic: string): Promise<void> {
    const channel = this.channelOf(topic);
    this.channels.set(channel, topic);
    await this.onListener((c) => c.query(`LISTEN ${escapeIdentifier(channel)}`));
  }

  protected async unlisten(topic: string): Promise<void> {
    const channel = this.channelOf(topic);
    this.channels.delete(channel);
    // Without a connection nothing listens; the next one listens only on the channels still in use.
    if (this.listener) await this.listener.query(`UNLISTEN ${escapeIdentifier(channel)}`);
  }

  protected send(topic: string, json: string): Promise<void> {
    const channel = this.channelOf(topic);
    const previous = this.sends.get(channel) ?? Promise.resolve();
    const current = previous
      .catch(() => undefined)
      .then(async () => {
        await this.pool.query('SELECT pg_notify($1, $2)', [channel, json]);
      });
    this.sends.set(channel, current);
    const forget = () => {
      if (this.sends.get(channel) === current) this.sends.delete(channel);
    };
    current.then(forget, forget);
    return current;
  }

  protected async shutdown(): Promise<void> {
    const listener = this.listener;
    this.listener = null;
    this.connecting = null;
    await Promise.allSettled([...this.sends.values()]);
    await Promise.allSettled([listener?.end(), this.pool.end()]);
  }

  /** Runs `fn` on the listening connection; if that connection drops meanwhile, on its replacement. */
  private async onListener<T>(fn: (client: Client) => Promise<T>): Promise<T> {
    for (;;) {
      const client = await this.connection();
      try {
        return await fn(client);
      } catch (e) {
        if (this.closed || this.listener === client) throw e;
      }
    }
  }

  private connection(): Promise<Client> {
    if (this.closed) return Promise.reject(new Error('The live bus is closed.'));
    if (this.listener) return Promise.resolve(this.listener);
    this.connecting ??= this.connect();
    return this.connecting;
  }

  /** Connects (retrying with back-off until it works or the bus closes) and listens on every channel in use. */
  private async connect(): Promise<Client> {
    for (let attempt = 0; ; attempt++) {
      if (this.closed) throw new Error('The live bus is closed.');
      const client = new Client({
        connectionString: this.options.databaseUrl,
        application_name: LIVE_LISTENER_APPLICATION_NAME,
      });
      client.on('notification', (n) => {
        const topic = this.channels.get(n.channel);
        if (topic !== undefined && n.payload !== undefined) this.deliver(topic, n.payload);
      });
      client.on('error', (e) => {
        this.logger.warn(`PostgreSQL listening connection: ${e.message}`);
        this.dropped(client);
      });
      client.on('end', () => this.dropped(client));
      try {
        await client.connect();
        const channels = [...this.channels.keys()];
        if (channels.length) await client.query(channels.map((c) => `LISTEN ${escapeIdentifier(c)};`).join(' '));
        if (this.closed) {
          await client.end();
          throw new Error('The live bus is closed.');
        }
        this.listener = client;
        this.connecting = null;
        return client;
      } catch (e) {
        client.removeAllListeners('end');
        await client.end().catch(() => undefined);
        if (this.closed) throw e;
        const delay = Math.min(100 * 2 ** attempt, 5_000);
        this.logger.warn(`PostgreSQL listening connection failed (${(e as Error).message}); retrying in ${delay} ms.`);
        await sleep(delay);
      }
    }
  }

  /** The listening connection is gone: replace it at once when topics are in use. */
  private dropped(client: Client): void {
    if (this.listener !== client) return;
    this.listener = null;
    if (this.closed || this.channels.size === 0) return;
    this.connection().catch((e: Error) => this.logger.error(`PostgreSQL listening connection lost: ${e.message}`));
  }
}
