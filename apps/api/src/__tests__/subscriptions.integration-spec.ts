import { Inject, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Args, Field, Mutation, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import IORedis from 'ioredis';
import { chromium, type Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { PostgresLiveBus, RedisLiveBus } from '@konzeptwerk/live';
import { Ctx, LIVE_BUS, type LiveBus, mapLiveEvents, type RequestContext } from '@konzeptwerk/platform';
import {
  createTestDatabase,
  seedFixtures,
  TEST_PASSWORD,
  type Fixtures,
  type TestDatabase,
} from '@konzeptwerk/testing';
import { assertReachable } from '../../../../libs/jobs/src/testing/queue-backends';
import { AppModule, GRAPHQL_LIMITS } from '../app.module';
import { configureHttp } from '../http';

jest.setTimeout(60_000);

// Topics of this file's own on a Redis or database shared with other runs.
process.env.LIVE_PREFIX = `kw-test-subscriptions-${randomBytes(4).toString('hex')}`;

@ObjectType()
class LivePing {
  @Field() kind: string;
  @Field({ nullable: true }) text?: string;
  @Field(() => String, { nullable: true }) publishedBy?: string | null;
  /** Who the subscriber is, as its context says: proves @Ctx() works in subscription resolvers. */
  @Field(() => String, { nullable: true }) subscriber: string | null;
  @Field(() => String, { nullable: true }) guestToken: string | null;
  @Field() locale: string;
}

/** Test-only operations: a mutation that publishes on the live bus and a subscription that relays a topic. */
@Resolver()
class LivePingResolver {
  constructor(@Inject(LIVE_BUS) private readonly bus: LiveBus) {}

  @Mutation(() => Boolean)
  async livePing(@Ctx() ctx: RequestContext, @Args('topic') topic: string, @Args('text') text: string) {
    await this.bus.publish(`ping:${topic}`, { text, publishedBy: (await ctx.actor()).userId });
    return true;
  }

  @Subscription(() => LivePing, { resolve: (value: LivePing) => value })
  async livePings(@Ctx() ctx: RequestContext, @Args('topic') topic: string) {
    const who = {
      subscriber: (await ctx.actor()).userId,
      guestToken: typeof ctx.connectionParams?.guestToken === 'string' ? ctx.connectionParams.guestToken : null,
      locale: ctx.locale,
    };
    const subscription = this.bus.subscribe(`ping:${topic}`);
    await subscription.ready;
    // The first event says the subscription is in place, so the test publishes only then.
    return mapLiveEvents<LivePing>(subscription, (event) => ({ kind: 'PING', ...(event as object), ...who }), [
      { kind: 'READY', ...who },
    ]);
  }
}

interface Instance {
  app: NestExpressApplication;
  url: string;
  wsUrl: string;
}

/** One API process: the real app plus the test resolver, optionally serving `webRoot`. */
async function startInstance(databaseUrl: string, webRoot: string | null = null): Promise<Instance> {
  @Module({
    imports: [AppModule.register({ databaseUrl, production: false })],
    providers: [LivePingResolver],
  })
  class LiveTestApiModule {}
  const app = await NestFactory.create<NestExpressApplication>(LiveTestApiModule, { logger: false, bodyParser: false });
  configureHttp(app, webRoot);
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, wsUrl: `ws://127.0.0.1:${port}/graphql` };
}

async function gql(instance: Instance, query: string, variables: Record<string, unknown>, cookie?: string) {
  const res = await fetch(`${instance.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    body: (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] },
    setCookie: res.headers.getSetCookie(),
  };
}

/** A graphql-ws client whose upgrade request carries `headers` (a browser sends its cookies the same way). */
function wsClient(
  instance: Instance,
  opts: { headers?: Record<string, string>; connectionParams?: Record<string, unknown> } = {},
): WsClient {
  const headers = opts.headers ?? {};
  class WebSocketWithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({
    url: instance.wsUrl,
    webSocketImpl: WebSocketWithHeaders,
    connectionParams: opts.connectionParams,
    retryAttempts: 0,
    lazy: true,
  });
}

type Result = {
  data?: { livePings?: Record<string, unknown> } | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
};

/** Subscribes and collects results; resolves `ready` with the first (READY) event. */
function subscribePings(client: WsClient, topic: string, query = PINGS) {
  const results: Result[] = [];
  const waiters: (() => void)[] = [];
  let ended: { error?: unknown } | null = null;
  const stop = client.subscribe(
    { query, variables: { topic } },
    {
      next: (r) => {
        results.push(r as Result);
        waiters.splice(0).forEach((w) => w());
      },
      error: (e) => {
        ended = { error: e };
        waiters.splice(0).forEach((w) => w());
      },
      complete: () => {
        ended = {};
        waiters.splice(0).forEach((w) => w());
      },
    },
  );
  const until = async (n: number, ms = 5_000): Promise<Result[]> => {
    const deadline = Date.now() + ms;
    while (results.length < n && !ended) {
      if (Date.now() > deadline) throw new Error(`got ${results.length} of ${n} results: ${JSON.stringify(results)}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return results;
  };
  return { results, until, stop, ended: () => ended };
}

const PINGS = `subscription($topic: String!) { livePings(topic: $topic) { kind text publishedBy subscriber guestToken locale } }`;
const PING = `mutation($topic: String!, $text: String!) { livePing(topic: $topic, text: $text) }`;
const newTopic = () => randomBytes(6).toString('hex');

let db: TestDatabase;
let f: Fixtures;
let a: Instance;
let b: Instance;
let participantCookie: string;
const clients: WsClient[] = [];

async function signIn(instance: Instance, email: string): Promise<string> {
  const r = await gql(instance, 'mutation($e:String!,$p:String!){ signIn(email:$e,password:$p){ account { id } } }', {
    e: email,
    p: TEST_PASSWORD,
  });
  const cookie = r.setCookie.find((c) => c.startsWith('kw_session='));
  if (!cookie) throw new Error(`sign-in failed: ${JSON.stringify(r.body)}`);
  return cookie.split(';')[0];
}

beforeAll(async () => {
  const redisUrl = process.env.REDIS_URL?.trim() || null;
  if (!redisUrl) console.warn('REDIS_URL is not set: the API instances share events over PostgreSQL LISTEN/NOTIFY.');
  await assertReachable({ name: redisUrl ? 'redis' : 'postgres', redisUrl, queuePrefix: 'unused' });
  db = await createTestDatabase();
  a = await startInstance(db.url);
  b = await startInstance(db.url);
  f = await seedFixtures(a.app.get(DataSource), TEST_PASSWORD);
  participantCookie = await signIn(a, f.accounts.participant.email);
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await Promise.all([a?.app.close(), b?.app.close()]);
  await db?.drop();
});

function track(client: WsClient): WsClient {
  clients.push(client);
  return client;
}

test('each instance runs the bus the environment chooses', () => {
  const expected = process.env.REDIS_URL?.trim() ? RedisLiveBus : PostgresLiveBus;
  expect(a.app.get(LIVE_BUS)).toBeInstanceOf(expected);
  expect(b.app.get(LIVE_BUS)).toBeInstanceOf(expected);
  expect(a.app.get(LIVE_BUS)).not.toBe(b.app.get(LIVE_BUS));
});

test('a signed-in subscriber on instance B receives what a mutation on instance A published', async () => {
  const topic = newTopic();
  const client = track(wsClient(b, { headers: { cookie: participantCookie, 'accept-language': 'en' } }));
  const sub = subscribePings(client, topic);
  const [ready] = await sub.until(1);
  expect(ready.data?.livePings).toMatchObject({ kind: 'READY', subscriber: f.accounts.participant.id, locale: 'en' });

  const coordinatorCookie = await signIn(a, f.accounts.coordinatorA.email);
  const started = Date.now();
  expect((await gql(a, PING, { topic, text: 'Neue Karte: Sprachcafé in Verl' }, coordinatorCookie)).body).toEqual({
    data: { livePing: true },
  });
  const [, ping] = await sub.until(2, 1_000);
  expect(Date.now() - started).toBeLessThan(1_000);
  expect(ping.data?.livePings).toEqual({
    kind: 'PING',
    text: 'Neue Karte: Sprachcafé in Verl',
    publishedBy: f.accounts.coordinatorA.id,
    subscriber: f.accounts.participant.id,
    guestToken: null,
    locale: 'en',
  });
  sub.stop();
});

test('an anonymous subscriber (a workshop guest) receives events and its connectionParams reach the context', async () => {
  const topic = newTopic();
  const client = track(wsClient(b, { connectionParams: { guestToken: 'guest-token-123' } }));
  const sub = subscribePings(client, topic);
  await sub.until(1);
  await gql(a, PING, { topic, text: 'anonym' });
  const [ready, ping] = await sub.until(2);
  expect(ready.data?.livePings).toMatchObject({ kind: 'READY', subscriber: null, guestToken: 'guest-token-123' });
  expect(ping.data?.livePings).toMatchObject({
    kind: 'PING',
    text: 'anonym',
    publishedBy: null,
    subscriber: null,
    guestToken: 'guest-token-123',
    locale: 'de',
  });
  sub.stop();
});

test('an unknown or expired session cookie makes an anonymous subscriber, not a failure', async () => {
  const expiredCookie = await signIn(a, f.accounts.observer.email);
  await a.app
    .get(DataSource)
    .query(`UPDATE session SET expires_at = now() - interval '1 minute' WHERE account_id = $1`, [
      f.accounts.observer.id,
    ]);
  for (const cookie of ['kw_session=not-a-real-token', expiredCookie, 'kw_session=%E0%A4%A']) {
    const topic = newTopic();
    const client = track(wsClient(b, { headers: { cookie } }));
    const sub = subscribePings(client, topic);
    await sub.until(1);
    await gql(a, PING, { topic, text: 'trotzdem' });
    const [ready, ping] = await sub.until(2);
    expect(ready.data?.livePings).toMatchObject({ kind: 'READY', subscriber: null });
    expect(ping.data?.livePings).toMatchObject({ kind: 'PING', text: 'trotzdem', subscriber: null });
    sub.stop();
  }
});

test('the socket leaves the backend topic when the client stops', async () => {
  const topic = newTopic();
  const client = track(wsClient(b));
  const sub = subscribePings(client, topic);
  await sub.until(1);
  const bus = b.app.get<LiveBus>(LIVE_BUS);
  if (bus instanceof PostgresLiveBus) expect(await bus.listeningChannels()).toContain(bus.channelOf(`ping:${topic}`));
  sub.stop();
  const redis = bus instanceof RedisLiveBus ? new IORedis(process.env.REDIS_URL!) : null;
  const listened = async () => {
    if (bus instanceof PostgresLiveBus) return (await bus.listeningChannels()).includes(bus.channelOf(`ping:${topic}`));
    const [, count] = (await redis!.pubsub('NUMSUB', (bus as RedisLiveBus).channelOf(`ping:${topic}`))) as [
      string,
      number,
    ];
    return Number(count) > 0;
  };
  const deadline = Date.now() + 5_000;
  while ((await listened()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  try {
    expect(await listened()).toBe(false);
  } finally {
    redis?.disconnect();
  }
});

test('the websocket serves subscriptions only, within the limits of the HTTP endpoint', async () => {
  const client = track(wsClient(b));
  const run = async (query: string) => {
    const sub = subscribePings(client, newTopic(), query);
    await sub.until(1).catch(() => undefined);
    const deadline = Date.now() + 5_000;
    while (!sub.ended() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return sub.ended()?.error as { message: string; extensions?: { code?: string } }[] | undefined;
  };
  const query = await run('{ me { account { id } } }');
  expect(query?.[0].extensions?.code).toBe('BAD_REQUEST');
  const mutation = await run(`mutation { livePing(topic: "x", text: "y") }`);
  expect(mutation?.[0].extensions?.code).toBe('BAD_REQUEST');

  const aliases = Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: text`).join(' ');
  const tooManyAliases = await run(`subscription($topic: String!) { livePings(topic: $topic) { ${aliases} } }`);
  expect(tooManyAliases?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(tooManyAliases?.[0].message).toMatch(/alias/i);

  const tokens = Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => 'text').join(' ');
  const tooManyTokens = await run(`subscription($topic: String!) { livePings(topic: $topic) { ${tokens} } }`);
  expect(tooManyTokens?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  expect(tooManyTokens?.[0].message).toMatch(/token/i);

  // The connection survived every refusal.
  const sub = subscribePings(client, newTopic());
  expect((await sub.until(1))[0].data?.livePings).toMatchObject({ kind: 'READY' });
  sub.stop();
});

test('a page of another origin cannot open a socket with the user’s cookie', async () => {
  const client = track(wsClient(b, { headers: { cookie: participantCookie, origin: 'https://elsewhere.example' } }));
  const sub = subscribePings(client, newTopic());
  const deadline = Date.now() + 5_000;
  while (!sub.ended() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(sub.results).toEqual([]);
  expect((sub.ended()?.error as { code?: number } | undefined)?.code).toBe(4403);
});

describe('in the browser, under the app’s Content Security Policy', () => {
  let web: Instance;

  beforeAll(async () => {
    if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'))
      throw new Error('Chromium is missing: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).');
    const root = mkdtempSync(join(tmpdir(), 'kw-live-web-'));
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><html lang="de"><title>live</title><script src="/live.js"></script></html>',
    );
    // The graphql-transport-ws protocol by hand: connection_init, subscribe, record every message.
    writeFileSync(
      join(root, 'live.js'),
      `window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.blockedURI + ' ' + e.violatedDirective));
window.sockets = {};
window.openLive = (url, topic) => {
  const state = { messages: [], failed: false };
  window.sockets[url] = state;
  const ws = new WebSocket(url, 'graphql-transport-ws');
  ws.onopen = () => ws.send(JSON.stringify({ type: 'connection_init', payload: {} }));
  ws.onerror = () => { state.failed = true; };
  ws.onmessage = (m) => {
    const msg = JSON.parse(m.data);
    state.messages.push(msg);
    if (msg.type === 'connection_ack')
      ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: ${JSON.stringify(PINGS)}, variables: { topic } } }));
  };
};`,
    );
    web = await startInstance(db.url, root);
  });

  afterAll(async () => {
    await web?.app.close();
  });

  type LiveWindow = {
    openLive(url: string, topic: string): void;
    sockets: Record<
      string,
      { messages: { type: string; payload?: { data?: { livePings?: { text?: string } } } }[]; failed: boolean }
    >;
    violations: string[];
  };
  const texts = (page: Page, url: string) =>
    page.evaluate(
      (u) =>
        (globalThis as unknown as LiveWindow).sockets[u].messages
          .filter((m) => m.type === 'next')
          .map((m) => m.payload?.data?.livePings?.text ?? null),
      url,
    );

  test("connect-src 'self' lets the page open a websocket to its own origin, and nowhere else", async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage();
      const response = await page.goto(`${web.url}/`);
      expect(response?.headers()['content-security-policy']).toContain("connect-src 'self'");

      const topic = newTopic();
      await page.evaluate(([u, t]) => (globalThis as unknown as LiveWindow).openLive(u, t), [web.wsUrl, topic]);
      await page.waitForFunction(
        (u) => (globalThis as unknown as LiveWindow).sockets[u].messages.some((m) => m.type === 'next'),
        web.wsUrl,
      );
      // Published on another instance once the page's subscription is in place.
      await gql(a, PING, { topic, text: 'im Browser' });
      await page.waitForFunction(
        (u) => (globalThis as unknown as LiveWindow).sockets[u].messages.filter((m) => m.type === 'next').length === 2,
        web.wsUrl,
      );
      expect(await texts(page, web.wsUrl)).toEqual([null, 'im Browser']);
      expect(await page.evaluate(() => (globalThis as unknown as LiveWindow).violations)).toEqual([]);

      // Another origin (instance B's port) is refused by the policy: the check above could have failed.
      await page.evaluate(([u, t]) => (globalThis as unknown as LiveWindow).openLive(u, t), [b.wsUrl, newTopic()]);
      await page.waitForFunction((u) => (globalThis as unknown as LiveWindow).sockets[u].failed, b.wsUrl);
      expect(await texts(page, b.wsUrl)).toEqual([]);
      expect(await page.evaluate(() => (globalThis as unknown as LiveWindow).violations)).toEqual([
        `${b.wsUrl} connect-src`,
      ]);
    } finally {
      await browser.close();
    }
  });
});
