import IORedis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { LIVE_MAX_PAYLOAD_BYTES, type LiveBus, type LiveSubscription } from '@konzeptwerk/platform';
import { assertReachable, waitFor } from '../../../jobs/src/testing/queue-backends';
import { LIVE_BUFFER_LIMIT, LiveOverflowError, type BufferedSubscription } from '../live-subscription';
import { LIVE_LISTENER_APPLICATION_NAME, PostgresLiveBus } from '../postgres-live-bus';
import { RedisLiveBus } from '../redis-live-bus';
import { liveTestBackends } from '../testing/live-backends';

jest.setTimeout(30_000);

const PENDING = Symbol('pending');

/** The next event, or PENDING when none comes within `ms`. */
async function nextWithin(sub: LiveSubscription, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof PENDING>((resolve) => (timer = setTimeout(() => resolve(PENDING), ms)));
  try {
    const result = await Promise.race([sub.next(), timeout]);
    if (result === PENDING) return PENDING;
    return result.done ? 'done' : result.value;
  } finally {
    clearTimeout(timer);
  }
}

async function take(sub: LiveSubscription, n: number, ms = 5_000): Promise<unknown[]> {
  const values: unknown[] = [];
  const deadline = Date.now() + ms;
  while (values.length < n) {
    const value = await nextWithin(sub, Math.max(1, deadline - Date.now()));
    if (value === PENDING || value === 'done')
      throw new Error(`got ${values.length} of ${n} events, then ${String(value)}`);
    values.push(value);
  }
  return values;
}

const topicName = (what: string) => `${what}:${randomBytes(6).toString('hex')}`;

describe.each(liveTestBackends())('live bus on $name', (backend) => {
  let databaseUrl: string;
  let databaseName: string;
  let a: LiveBus;
  let b: LiveBus;
  const extraBuses: LiveBus[] = [];
  let redis: IORedis | null = null;

  const newBus = (prefix = backend.prefix): LiveBus =>
    backend.redisUrl
      ? new RedisLiveBus({ url: backend.redisUrl, prefix })
      : new PostgresLiveBus({ databaseUrl, prefix });

  /** Whether bus `bus` holds a backend subscription for `topic`, as the server reports it. */
  async function listened(bus: LiveBus, topic: string): Promise<boolean> {
    if (bus instanceof PostgresLiveBus) return (await bus.listeningChannels()).includes(bus.channelOf(topic));
    const channel = (bus as RedisLiveBus).channelOf(topic);
    const [, count] = (await redis!.pubsub('NUMSUB', channel)) as [string, number];
    return Number(count) > 0;
  }

  beforeAll(async () => {
    await assertReachable({ name: backend.name, redisUrl: backend.redisUrl, queuePrefix: backend.prefix });
    const adminUrl = process.env.PG_ADMIN_URL;
    if (!adminUrl)
      throw new Error('PG_ADMIN_URL is not set: run integration tests through jest with the global set-up.');
    databaseName = `kw_test_live_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${databaseName}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${databaseName}`;
    databaseUrl = url.toString();
    if (backend.redisUrl) redis = new IORedis(backend.redisUrl);
    // Two buses: two API processes.
    a = newBus();
    b = newBus();
  });

  afterAll(async () => {
    await Promise.all([a, b, ...extraBuses].map((bus) => bus?.close()));
    redis?.disconnect();
    const admin = new Client({ connectionString: process.env.PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await admin.end();
  });

  it('delivers an event published by one process to a subscriber of another within a second', async () => {
    const topic = topicName('workshop');
    const sub = b.subscribe(topic);
    await sub.ready;
    const started = Date.now();
    await a.publish(topic, { kind: 'contribution', id: 'c-1', text: 'Sprachkurse in Rietberg' });
    expect(await nextWithin(sub, 1_000)).toEqual({ kind: 'contribution', id: 'c-1', text: 'Sprachkurse in Rietberg' });
    expect(Date.now() - started).toBeLessThan(1_000);
    await sub.return();
  });

  it('keeps the order of 200 quick events of one topic, even when published without waiting', async () => {
    const topic = topicName('board');
    const sub = b.subscribe(topic);
    await sub.ready;
    await Promise.all(Array.from({ length: 200 }, (_, i) => a.publish(topic, { n: i })));
    const events = (await take(sub, 200)) as { n: number }[];
    expect(events.map((e) => e.n)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    await sub.return();
  });

  it('keeps topics, and prefixes, apart', async () => {
    const one = topicName('one');
    const two = topicName('two');
    const other = newBus(`${backend.prefix}-other`);
    extraBuses.push(other);
    const subOne = b.subscribe(one);
    const subTwo = b.subscribe(two);
    const otherOne = other.subscribe(one);
    await Promise.all([subOne.ready, subTwo.ready, otherOne.ready]);
    await a.publish(one, 'for one');
    await a.publish(two, 'for two');
    expect(await nextWithin(subTwo, 1_000)).toBe('for two');
    expect(await nextWithin(subOne, 1_000)).toBe('for one');
    // Both were sent before the ones just received: had they leaked, they would be here by now.
    expect(await nextWithin(subOne, 300)).toBe(PENDING);
    expect(await nextWithin(subTwo, 300)).toBe(PENDING);
    expect(await nextWithin(otherOne, 300)).toBe(PENDING);
    await Promise.all([subOne.return(), subTwo.return(), otherOne.return()]);
  });

  it('unsubscribes from the backend when the last local subscriber of a topic returns', async () => {
    const topic = topicName('leave');
    const first = b.subscribe(topic);
    const second = b.subscribe(topic);
    await Promise.all([first.ready, second.ready]);
    expect(await listened(b, topic)).toBe(true);

    await first.return();
    expect(await first.next()).toEqual({ value: undefined, done: true });
    expect(await listened(b, topic)).toBe(true);
    await a.publish(topic, 'still there');
    expect(await nextWithin(second, 1_000)).toBe('still there');

    await second.return();
    expect(await listened(b, topic)).toBe(false);
    await a.publish(topic, 'nobody listens');
    expect(await nextWithin(second, 300)).toBe('done');
    expect(await nextWithin(first, 300)).toBe('done');

    // The topic can be subscribed again afterwards.
    const again = b.subscribe(topic);
    await again.ready;
    expect(await listened(b, topic)).toBe(true);
    await a.publish(topic, 'welcome back');
    expect(await nextWithin(again, 1_000)).toBe('welcome back');
    await again.return();
  });

  it(`refuses an event larger than ${LIVE_MAX_PAYLOAD_BYTES} bytes as JSON, and carries one of exactly that size`, async () => {
    const topic = topicName('size');
    const sub = b.subscribe(topic);
    await sub.ready;
    // 3,501 two-byte characters: fewer characters than the limit, more bytes.
    await expect(a.publish(topic, 'ü'.repeat(3_501))).rejects.toThrow(
      /is 7004 bytes as JSON; at most 7000 may be published/,
    );
    const largest = 'x'.repeat(LIVE_MAX_PAYLOAD_BYTES - 2);
    await a.publish(topic, largest);
    expect(await nextWithin(sub, 1_000)).toBe(largest);
    expect(await nextWithin(sub, 200)).toBe(PENDING);
    await sub.return();
  });

  it(`ends a subscription that falls more than ${LIVE_BUFFER_LIMIT} events behind with an error, and lets go of the topic`, async () => {
    const topic = topicName('slow');
    const slow = b.subscribe(topic) as BufferedSubscription;
    const keeping = b.subscribe(topic);
    await Promise.all([slow.ready, keeping.ready]);
    const sending = Promise.all(Array.from({ length: LIVE_BUFFER_LIMIT + 1 }, (_, i) => a.publish(topic, i)));
    // The other subscriber keeps up and gets every event.
    expect(await take(keeping, LIVE_BUFFER_LIMIT + 1, 10_000)).toHaveLength(LIVE_BUFFER_LIMIT + 1);
    await sending;
    await waitFor('the slow subscription to end', async () => slow.isEnded, 5_000);
    await expect(slow.next()).rejects.toThrow(LiveOverflowError);
    expect(await slow.next()).toEqual({ value: undefined, done: true });
    await keeping.return();
    expect(await listened(b, topic)).toBe(false);
  });

  if (backend.name === 'postgres') {
    it('listens again after the listening connection is killed', async () => {
      const topic = topicName('reconnect');
      const pg = b as PostgresLiveBus;
      const sub = b.subscribe(topic);
      await sub.ready;
      const before = pg.listenerPid;
      expect(before).not.toBeNull();

      const admin = new Client({ connectionString: databaseUrl });
      await admin.connect();
      const killed = await admin.query(
        `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE pid = $1 AND application_name = $2`,
        [before, LIVE_LISTENER_APPLICATION_NAME],
      );
      await admin.end();
      expect(killed.rows).toEqual([{ ok: true }]);

      await waitFor('a new listening connection', async () => pg.listenerPid !== null && pg.listenerPid !== before);
      expect(await listened(b, topic)).toBe(true);
      await a.publish(topic, 'after the reconnect');
      expect(await nextWithin(sub, 1_000)).toBe('after the reconnect');
      await sub.return();
    });
  }

  if (backend.name === 'redis') {
    it('subscribes again after the subscriber connection is killed', async () => {
      const topic = topicName('reconnect');
      const sub = b.subscribe(topic);
      await sub.ready;
      const clients = ((await redis!.client('LIST')) as string).split('\n');
      const ids = clients
        .filter((line) => line.includes(` name=${backend.prefix}-live-sub `) && !/ sub=0 /.test(line))
        .map((line) => /^id=(\d+)/.exec(line)![1]);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) await redis!.client('KILL', 'ID', id);
      expect(await listened(b, topic)).toBe(false);

      await waitFor('the subscription on a new connection', async () => listened(b, topic));
      await a.publish(topic, 'after the reconnect');
      expect(await nextWithin(sub, 1_000)).toBe('after the reconnect');
      await sub.return();
    });
  }

  it('ends every subscription and refuses to publish once closed', async () => {
    const bus = newBus();
    const sub = bus.subscribe(topicName('closing'));
    await sub.ready;
    await bus.close();
    expect(await sub.next()).toEqual({ value: undefined, done: true });
    await expect(bus.publish('anything', 1)).rejects.toThrow(/closed/);
  });
});
