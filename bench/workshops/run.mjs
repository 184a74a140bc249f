#!/usr/bin/env node
// `npm run bench:workshops`: the live boards of an Integrationskonferenz under
// load. BENCH_PARTICIPANTS people (500) in BENCH_WORKSHOPS workshops (8) join
// with the code (no account), keep a graphql-ws subscription open on their
// board, and for BENCH_SECONDS (120; 600 is the conference's ten minutes)
// pin cards and give dots at random moments. One in ten cards is sent twice
// with the same idempotency key, as a phone does after a lost answer.
//
// Reports the latency of the writes (p50, p95, p99), the delay from sending a
// card to its arrival at every subscriber of the board, and checks that
// nothing is lost or doubled: every subscriber receives every card of its
// board exactly once, and the database holds each card once.
//
// The real API runs in a process of its own (bench/lib/api-server.ts) on an
// embedded PostgreSQL (or PG_ADMIN_URL); the participants are simulated in
// this process. With REDIS_URL set, the API's live bus runs on Redis.
// Writes bench/results/workshops-<date>.json.
import { createClient } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import pg from 'pg';
import {
  createDatabase,
  DEMO,
  intFromEnv,
  loadBefore,
  log,
  machine,
  post,
  run,
  signIn,
  startApi,
  writeResults,
} from '../lib/harness.mjs';

const config = {
  participants: intFromEnv('BENCH_PARTICIPANTS', 500),
  workshops: intFromEnv('BENCH_WORKSHOPS', 8),
  seconds: intFromEnv('BENCH_SECONDS', 120),
  cardsPerPerson: intFromEnv('BENCH_CARDS', 3),
  dotsPerPerson: intFromEnv('BENCH_DOTS', 3, 0),
};
const DEMO_REVISION = 'Fortschreibung des Integrationskonzepts 2026–2028';

const percentile = (values, p) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const stats = (values) => ({
  count: values.length,
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  p99: percentile(values, 99),
  max: values.length ? Math.max(...values) : null,
});

async function gql(url, query, variables, cookie) {
  const r = await post(url, JSON.stringify({ query, variables }), cookie);
  const body = JSON.parse(r.text);
  if (r.status !== 200 || body.errors) throw new Error(`${r.status}: ${r.text.slice(0, 300)}`);
  return { data: body.data, setCookie: r.setCookie };
}

async function plan(url) {
  const cookie = await signIn(url, DEMO.coordinator);
  const { data } = await gql(url, '{ regions { revisions { id title } } }', {}, cookie);
  const revision = data.regions.flatMap((r) => r.revisions).find((r) => r.title === DEMO_REVISION);
  const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  const at = (h) => new Date(hour + h * 3_600_000).toISOString();
  const conference = (
    await gql(
      url,
      'mutation($input: CreateConferenceInput!){ createConference(input:$input){ id } }',
      {
        input: {
          revisionId: revision.id,
          title: 'Integrationskonferenz (Last)',
          startsAt: at(1),
          endsAt: at(9),
          venue: 'Kreishaus',
          capacity: config.participants,
          registrationOpensAt: at(-2),
          registrationClosesAt: at(0),
          privacyTextDe: 'Datenschutz',
          privacyTextEn: 'Privacy',
        },
      },
      cookie,
    )
  ).data.createConference;
  const workshops = [];
  for (let i = 0; i < config.workshops; i++) {
    const w = await gql(
      url,
      'mutation($c:ID!,$input: WorkshopSessionInput!){ addWorkshop(conferenceId:$c, input:$input){ id joinCode } }',
      {
        c: conference.id,
        input: {
          title: `Workshop ${i + 1}`,
          slotStartsAt: at(2),
          slotEndsAt: at(4),
          room: `Raum ${i + 1}`,
          capacity: config.participants,
        },
      },
      cookie,
    );
    workshops.push(w.data.addWorkshop);
  }
  return workshops;
}

const ADD = `mutation($input: AddContributionInput!){ addWorkshopContribution(input:$input){ id } }`;
const VOTE = `mutation($id:ID!){ voteContribution(id:$id, on:true){ votes } }`;
const EVENTS = `subscription($s:ID!){ workshopBoardEvents(sessionId:$s){ type contributionId card { text } } }`;

async function main() {
  const before = loadBefore();
  const database = await createDatabase();
  log(`PostgreSQL ${database.version}, database ${database.name}; starting the API (migrate, seed)…`);
  const api = startApi(database.url);
  const port = (await api.ready).port;
  const url = `http://127.0.0.1:${port}/graphql`;
  const wsUrl = `ws://127.0.0.1:${port}/graphql`;
  const workshops = await plan(url);
  log(`${config.workshops} workshops planned; ${config.participants} participants join and subscribe…`);

  /** Per card key: when it was sent, on which board; per board: the subscribers' received keys. */
  const sent = new Map();
  const delays = [];
  const writeLatency = { add: [], vote: [] };
  const errors = [];
  const people = [];
  for (let i = 0; i < config.participants; i++) {
    const board = workshops[i % workshops.length];
    const joined = await gql(url, 'mutation($c:String!,$n:String){ joinWorkshop(code:$c, name:$n){ sessionId } }', {
      c: board.joinCode,
      n: `Person ${i + 1}`,
    });
    const cookie = joined.setCookie.find((c) => c.startsWith('kw_guest=')).split(';')[0];
    const received = new Map();
    let ready;
    const isReady = new Promise((r) => (ready = r));
    const client = createClient({
      url: wsUrl,
      lazy: true,
      retryAttempts: 0,
      webSocketImpl: class extends WebSocket {
        constructor(address, protocols) {
          super(address, protocols, { headers: { cookie } });
        }
      },
    });
    client.subscribe(
      { query: EVENTS, variables: { s: board.id } },
      {
        next: ({ data }) => {
          const e = data.workshopBoardEvents;
          if (e.type === 'READY') return ready();
          if (e.type !== 'ADDED') return;
          const key = /#([0-9a-f-]{36})$/.exec(e.card.text)?.[1];
          if (!key) return;
          received.set(key, (received.get(key) ?? 0) + 1);
          const s = sent.get(key);
          if (s && received.get(key) === 1) delays.push(Date.now() - s.at);
        },
        error: (e) => errors.push(`subscription: ${JSON.stringify(e).slice(0, 200)}`),
        complete: () => undefined,
      },
    );
    people.push({ board, cookie, received, client, isReady, cards: [] });
  }
  await Promise.all(people.map((p) => p.isReady));
  log(`all ${people.length} subscriptions in place; ${config.seconds} s of workshop…`);

  const cardsOf = new Map(workshops.map((w) => [w.id, []]));
  const timed = async (bucket, fn) => {
    const start = performance.now();
    try {
      return await fn();
    } catch (e) {
      errors.push(`${bucket}: ${e.message}`);
      return null;
    } finally {
      writeLatency[bucket].push(performance.now() - start);
    }
  };
  const actions = [];
  for (const person of people) {
    for (let c = 0; c < config.cardsPerPerson; c++) actions.push({ person, kind: 'card' });
    for (let d = 0; d < config.dotsPerPerson; d++) actions.push({ person, kind: 'dot' });
  }
  // Spread over the run; dots come in its second half, when there are cards to give them to.
  const started = Date.now();
  const tasks = actions.map(async ({ person, kind }) => {
    const offset =
      kind === 'card' ? Math.random() * config.seconds * 700 : (0.5 + Math.random() * 0.45) * config.seconds * 1000;
    await new Promise((r) => setTimeout(r, offset));
    if (kind === 'card') {
      const key = randomUUID();
      const input = {
        sessionId: person.board.id,
        kind: Math.random() < 0.5 ? 'CHALLENGE' : 'SOLUTION_APPROACH',
        text: `Karte aus der Last #${key}`,
        idempotencyKey: key,
      };
      sent.set(key, { at: Date.now(), board: person.board.id });
      const send = () => timed('add', () => gql(url, ADD, { input }, person.cookie));
      const [first, retry] = await Promise.all([send(), Math.random() < 0.1 ? send() : Promise.resolve(null)]);
      const id = first?.data.addWorkshopContribution.id ?? retry?.data.addWorkshopContribution.id;
      if (id) cardsOf.get(person.board.id).push(id);
    } else {
      const pool = cardsOf.get(person.board.id).filter((id) => !person.cards.includes(id));
      if (!pool.length) return;
      const id = pool[Math.floor(Math.random() * pool.length)];
      person.cards.push(id);
      await timed('vote', () => gql(url, VOTE, { id }, person.cookie));
    }
  });
  await Promise.all(tasks);
  log(`writes done after ${((Date.now() - started) / 1000).toFixed(1)} s; waiting for the last deliveries…`);
  await new Promise((r) => setTimeout(r, 3_000));

  // Nothing lost, nothing doubled: on every subscriber, and in the database.
  let expectedDeliveries = 0;
  let lost = 0;
  let doubled = 0;
  for (const person of people) {
    for (const [key, s] of sent) {
      if (s.board !== person.board.id) continue;
      expectedDeliveries++;
      const n = person.received.get(key) ?? 0;
      if (n === 0) lost++;
      if (n > 1) doubled += n - 1;
    }
  }
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const [{ stored, keys }] = (
    await db.query(
      `SELECT count(*)::int AS stored, count(DISTINCT idempotency_key)::int AS keys FROM workshop_contribution WHERE text LIKE 'Karte aus der Last #%'`,
    )
  ).rows;
  await db.end();
  await Promise.all(people.map((p) => p.client.dispose()));

  const report = {
    cardsSent: sent.size,
    cardsStored: stored,
    cardsStoredTwice: stored - keys,
    deliveriesExpected: expectedDeliveries,
    deliveriesLost: lost,
    deliveriesDoubled: doubled,
    errors: errors.length,
    writeLatencyMs: { add: stats(writeLatency.add), vote: stats(writeLatency.vote) },
    deliveryDelayMs: stats(delays),
  };
  const fmt = (s) =>
    s.count ? `p50 ${s.p50?.toFixed(0)} ms, p95 ${s.p95?.toFixed(0)} ms, max ${s.max?.toFixed(0)} ms` : '–';
  console.log(
    [
      '',
      `Workshop boards: ${config.participants} participants in ${config.workshops} workshops, ${config.seconds} s`,
      `cards: ${sent.size} sent (one in ten twice), ${stored} stored, ${stored - keys} stored twice`,
      `writes: add ${fmt(report.writeLatencyMs.add)} (${writeLatency.add.length}); vote ${fmt(report.writeLatencyMs.vote)} (${writeLatency.vote.length})`,
      `delivery to subscribers: ${fmt(report.deliveryDelayMs)} (${delays.length} deliveries)`,
      `deliveries: ${expectedDeliveries} expected, ${lost} lost, ${doubled} doubled; ${errors.length} errors`,
      '',
    ].join('\n'),
  );
  if (errors.length) console.error(errors.slice(0, 10).join('\n'));
  await writeResults('workshops', {
    scenario: 'live workshop boards (joinWorkshop, workshopBoardEvents, addWorkshopContribution, voteContribution)',
    date: new Date().toISOString(),
    machine: machine(before, database),
    liveBus: process.env.REDIS_URL ? 'redis' : 'postgres',
    config,
    results: report,
  });
  if (lost || doubled || stored !== keys || stored !== sent.size || errors.length) {
    throw new Error('cards were lost, doubled or refused (see above)');
  }
}

run(main, config.seconds + 120);
