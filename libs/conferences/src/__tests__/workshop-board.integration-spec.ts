import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createClient } from 'graphql-ws';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { LIVE_BUS, type LiveBus } from '@konzeptwerk/platform';
import { seedFixtures, startTestApi, TEST_PASSWORD, type Fixtures, type TestApi } from '@konzeptwerk/testing';
import { AppModule } from '../../../../apps/api/src/app.module';
import { configureHttp } from '../../../../apps/api/src/http';
import { boardTopic } from '../board.service';

let api: TestApi;
let f: Fixtures;
let coordinator: string;
let participant: string;
let outsider: string;
let session: { id: string; joinCode: string };
let fieldOfActionId: string;

const BASE = Math.floor(Date.now() / 3_600_000) * 3_600_000 + 3_600_000;
const hours = (h: number) => new Date(BASE + h * 3_600_000).toISOString();
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  api = await startTestApi();
  f = await seedFixtures(api.ds, TEST_PASSWORD);
  coordinator = await api.signIn(f.accounts.coordinatorA.email);
  participant = await api.signIn(f.accounts.participant.email);
  outsider = await api.signIn(f.accounts.outsider.email);
  [{ id: fieldOfActionId }] = await api.ds.query(
    `INSERT INTO field_of_action (revision_id, title, code, position, version) VALUES ($1, 'Sprache und Bildung', 'SB', 1, 1) RETURNING id`,
    [f.revisionA],
  );
  // Participants write recommendations while the workshop phase runs.
  await api.ds.query(`UPDATE phase SET state = 'ACTIVE' WHERE revision_id = $1 AND kind = 'WORKSHOPS'`, [f.revisionA]);
  const created = await api.gql(
    `mutation($input: CreateConferenceInput!){ createConference(input:$input){ id } }`,
    {
      input: {
        revisionId: f.revisionA,
        title: 'Integrationskonferenz 2026',
        startsAt: hours(1),
        endsAt: hours(8),
        venue: 'Kreishaus',
        capacity: 100,
        registrationOpensAt: hours(-10),
        registrationClosesAt: hours(0),
        privacyTextDe: 'Datenschutz',
        privacyTextEn: 'Privacy',
      },
    },
    { cookie: coordinator },
  );
  const w = await api.gql(
    `mutation($c:ID!,$input: WorkshopSessionInput!){ addWorkshop(conferenceId:$c, input:$input){ id joinCode } }`,
    {
      c: created.data!.createConference.id,
      input: {
        title: 'Sprache und Bildung',
        fieldOfActionId,
        slotStartsAt: hours(2),
        slotEndsAt: hours(4),
        room: 'Raum 1',
        capacity: 30,
        moderatorIds: [f.accounts.implementer.id],
      },
    },
    { cookie: coordinator },
  );
  session = w.data!.addWorkshop;
});
afterAll(() => api?.close());

const BOARD = `query($s:ID!){ workshopBoard(sessionId:$s){ title joinCode joinUrl viewer { name guest moderator dotsLeft }
  cards { id kind text cluster hidden authorName mine votes votedByMe version recommendationId } } }`;
const ADD = `mutation($input: AddContributionInput!){ addWorkshopContribution(input:$input){ id text mine votes version } }`;
const VOTE = `mutation($id:ID!,$on:Boolean!){ voteContribution(id:$id, on:$on){ id votes votedByMe } }`;

async function guest(name: string | null) {
  const r = await api.gql(`mutation($c:String!,$n:String){ joinWorkshop(code:$c, name:$n){ sessionId title } }`, {
    c: ` ${session.joinCode.toLowerCase()} `,
    n: name,
  });
  expect(r.errors).toBeUndefined();
  expect(r.data!.joinWorkshop).toEqual({ sessionId: session.id, title: 'Sprache und Bildung' });
  const cookie = r.setCookie.find((c) => c.startsWith('kw_guest='))!;
  expect(cookie).toMatch(/HttpOnly/i);
  return cookie.split(';')[0];
}

/** Collects what the bus delivers on the board's topic while `fn` runs. */
async function eventsDuring(fn: () => Promise<unknown>): Promise<{ type: string; contributionId: string }[]> {
  const bus = api.app.get<LiveBus>(LIVE_BUS);
  const subscription = bus.subscribe(boardTopic(session.id));
  await subscription.ready;
  const seen: { type: string; contributionId: string }[] = [];
  const reading = (async () => {
    for await (const e of subscription) seen.push(e as { type: string; contributionId: string });
  })();
  await fn();
  await new Promise((r) => setTimeout(r, 300));
  await subscription.return();
  await reading;
  return seen;
}

test('a guest joins with the code, adds cards from the phone; a retry adds nothing and announces nothing twice', async () => {
  const phone = await guest('Samira');
  const board = await api.gql(BOARD, { s: session.id }, { cookie: phone });
  expect(board.data!.workshopBoard).toMatchObject({
    title: 'Sprache und Bildung',
    joinCode: session.joinCode,
    joinUrl: expect.stringMatching(new RegExp(`/workshop/${session.joinCode}$`)),
    viewer: { name: 'Samira', guest: true, moderator: false, dotsLeft: 3 },
  });
  const input = {
    sessionId: session.id,
    kind: 'CHALLENGE',
    text: 'Zu wenige Kitaplätze für Kursteilnehmende',
    idempotencyKey: 'k-1',
  };
  let first: { id: string } | undefined;
  const events = await eventsDuring(async () => {
    const [a, b] = await Promise.all([
      api.gql(ADD, { input }, { cookie: phone }),
      api.gql(ADD, { input }, { cookie: phone }),
    ]);
    const c = await api.gql(ADD, { input }, { cookie: phone });
    for (const r of [a, b, c]) expect(r.errors).toBeUndefined();
    expect(new Set([a, b, c].map((r) => r.data!.addWorkshopContribution.id)).size).toBe(1);
    first = a.data!.addWorkshopContribution;
  });
  expect(events).toEqual([{ type: 'ADDED', contributionId: first!.id, votes: 0 }]);
  const rows = await api.ds.query(
    `SELECT author_name, guest_id FROM workshop_contribution WHERE idempotency_key = 'k-1'`,
  );
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ author_name: 'Samira', guest_id: expect.any(String) });

  // The same key from someone else is a clash, not a retry.
  const other = await guest(null);
  expect(code(await api.gql(ADD, { input }, { cookie: other }))).toBe('DUPLICATE');
  const seen = await api.gql(BOARD, { s: session.id }, { cookie: other });
  expect(seen.data!.workshopBoard.cards.find((c: { id: string }) => c.id === first!.id)).toMatchObject({
    mine: false,
    authorName: 'Samira',
  });
});

test('bad input and people without access are refused', async () => {
  const phone = await guest('Tom');
  const bad = async (input: Record<string, unknown>) =>
    code(
      await api.gql(
        ADD,
        { input: { sessionId: session.id, kind: 'CHALLENGE', text: 'x', idempotencyKey: 'b', ...input } },
        { cookie: phone },
      ),
    );
  expect(await bad({ text: '   ' })).toBe('VALIDATION_FAILED');
  expect(await bad({ text: 'x'.repeat(501) })).toBe('VALIDATION_FAILED');
  expect(await bad({ idempotencyKey: '' })).toBe('VALIDATION_FAILED');
  expect(code(await api.gql(`mutation{ joinWorkshop(code:"NOPE99"){ sessionId } }`))).toBe('NOT_FOUND');
  expect(code(await api.gql(BOARD, { s: session.id }))).toBe('UNAUTHENTICATED');
  expect(code(await api.gql(BOARD, { s: session.id }, { cookie: outsider }))).toBe('NOT_FOUND');
  expect(code(await api.gql(BOARD, { s: session.id }, { cookie: 'kw_guest=forged-token-value-123456' }))).toBe(
    'UNAUTHENTICATED',
  );
  // A signed-in member of the revision sees the board without joining.
  const member = await api.gql(BOARD, { s: session.id }, { cookie: participant });
  expect(member.data!.workshopBoard.viewer).toMatchObject({ guest: false, moderator: false, name: 'participant' });
});

test('dots: three per person and board, one per card, taken back and given again', async () => {
  const phone = await guest('Dots');
  const ids: string[] = [];
  for (let i = 0; i < 4; i++) {
    const r = await api.gql(
      ADD,
      { input: { sessionId: session.id, kind: 'SOLUTION_APPROACH', text: `Ansatz ${i}`, idempotencyKey: `dots-${i}` } },
      { cookie: participant },
    );
    ids.push(r.data!.addWorkshopContribution.id);
  }
  // Two quick taps on one card give one dot.
  const taps = await Promise.all([
    api.gql(VOTE, { id: ids[0], on: true }, { cookie: phone }),
    api.gql(VOTE, { id: ids[0], on: true }, { cookie: phone }),
  ]);
  for (const t of taps) expect(t.errors).toBeUndefined();
  expect((await api.gql(VOTE, { id: ids[1], on: true }, { cookie: phone })).data!.voteContribution).toMatchObject({
    votes: 1,
    votedByMe: true,
  });
  // Three taps at once on three cards with two dots left: exactly two succeed.
  const burst = await Promise.all([2, 3, 1].map((i) => api.gql(VOTE, { id: ids[i], on: true }, { cookie: phone })));
  const refused = burst.filter((r) => code(r) === 'NO_DOTS_LEFT');
  expect(burst.filter((r) => !r.errors)).toHaveLength(2);
  expect(refused).toHaveLength(1);
  expect(refused[0].errors![0].message).toContain('3 Punkte');
  const board = await api.gql(BOARD, { s: session.id }, { cookie: phone });
  expect(board.data!.workshopBoard.viewer.dotsLeft).toBe(0);
  expect(
    Number(
      (
        await api.ds.query(
          `SELECT count(*) FROM contribution_vote WHERE voter_key LIKE 'guest:%' AND session_id = $1`,
          [session.id],
        )
      )[0].count,
    ),
  ).toBeLessThanOrEqual(3);
  await api.gql(VOTE, { id: ids[0], on: false }, { cookie: phone });
  expect((await api.gql(BOARD, { s: session.id }, { cookie: phone })).data!.workshopBoard.viewer.dotsLeft).toBe(1);
});

test('moderators edit, cluster and hide cards; others may not; hidden cards leave the guests’ board', async () => {
  const moderator = await api.signIn(f.accounts.implementer.email);
  const phone = await guest('Lea');
  const card = (
    await api.gql(
      ADD,
      {
        input: {
          sessionId: session.id,
          kind: 'CHALLENGE',
          text: 'Sprachkurse am Abend fehlen',
          idempotencyKey: 'mod-1',
        },
      },
      { cookie: phone },
    )
  ).data!.addWorkshopContribution;
  const EDIT = `mutation($input: EditContributionInput!){ editContribution(input:$input){ text cluster hidden version } }`;
  expect(
    code(await api.gql(EDIT, { input: { id: card.id, version: card.version, cluster: 'Kurse' } }, { cookie: phone })),
  ).toBe('UNAUTHENTICATED');
  expect(
    code(
      await api.gql(EDIT, { input: { id: card.id, version: card.version, cluster: 'Kurse' } }, { cookie: participant }),
    ),
  ).toBe('FORBIDDEN');
  const edited = await api.gql(
    EDIT,
    { input: { id: card.id, version: card.version, cluster: 'Kurse', text: 'Abendkurse fehlen' } },
    { cookie: moderator },
  );
  expect(edited.data!.editContribution).toEqual({
    text: 'Abendkurse fehlen',
    cluster: 'Kurse',
    hidden: false,
    version: card.version + 1,
  });
  expect(
    code(await api.gql(EDIT, { input: { id: card.id, version: card.version, hidden: true } }, { cookie: moderator })),
  ).toBe('VERSION_CONFLICT');
  const events = await eventsDuring(() =>
    api.gql(EDIT, { input: { id: card.id, version: card.version + 1, hidden: true } }, { cookie: coordinator }),
  );
  expect(events).toEqual([{ type: 'UPDATED', contributionId: card.id, votes: 0 }]);
  const guestBoard = await api.gql(BOARD, { s: session.id }, { cookie: phone });
  expect(guestBoard.data!.workshopBoard.cards.some((c: { id: string }) => c.id === card.id)).toBe(false);
  const modBoard = await api.gql(BOARD, { s: session.id }, { cookie: moderator });
  expect(modBoard.data!.workshopBoard.cards.find((c: { id: string }) => c.id === card.id)).toMatchObject({
    hidden: true,
  });
  expect(code(await api.gql(VOTE, { id: card.id, on: true }, { cookie: phone }))).toBe('NOT_FOUND');
  const audit = await api.ds.query(`SELECT action FROM audit_entry WHERE entity_id = $1`, [card.id]);
  expect(audit).toHaveLength(2);
});

test('a solution approach becomes a recommendation draft in one step, with the card in its evidence trail', async () => {
  const phone = await guest('Ana');
  const card = (
    await api.gql(
      ADD,
      {
        input: {
          sessionId: session.id,
          kind: 'SOLUTION_APPROACH',
          text: 'Kinderbetreuung während der Sprachkurse anbieten',
          idempotencyKey: 'rec-1',
        },
      },
      { cookie: phone },
    )
  ).data!.addWorkshopContribution;
  const TO_REC = `mutation($id:ID!){ contributionToRecommendation(id:$id){ id reference status title fieldOfAction { code } evidence { kind targetId label } } }`;
  // A recommendation needs an account: guests are asked to sign in.
  expect(code(await api.gql(TO_REC, { id: card.id }, { cookie: phone }))).toBe('UNAUTHENTICATED');
  const r = await api.gql(TO_REC, { id: card.id }, { cookie: participant });
  expect(r.errors).toBeUndefined();
  expect(r.data!.contributionToRecommendation).toMatchObject({
    reference: 'SB-01',
    status: 'DRAFT',
    title: 'Kinderbetreuung während der Sprachkurse anbieten',
    fieldOfAction: { code: 'SB' },
    evidence: [
      {
        kind: 'SOLUTION_APPROACH',
        targetId: card.id,
        label: expect.stringContaining('Workshop „Sprache und Bildung“'),
      },
    ],
  });
  const board = await api.gql(BOARD, { s: session.id }, { cookie: phone });
  expect(board.data!.workshopBoard.cards.find((c: { id: string }) => c.id === card.id).recommendationId).toBe(
    r.data!.contributionToRecommendation.id,
  );
  expect(code(await api.gql(TO_REC, { id: card.id }, { cookie: participant }))).toBe('DUPLICATE');
  const challenge = (
    await api.gql(
      ADD,
      { input: { sessionId: session.id, kind: 'CHALLENGE', text: 'Keine Betreuung', idempotencyKey: 'rec-2' } },
      { cookie: phone },
    )
  ).data!.addWorkshopContribution;
  expect(code(await api.gql(TO_REC, { id: challenge.id }, { cookie: participant }))).toBe('VALIDATION_FAILED');
  expect(
    Number((await api.ds.query(`SELECT count(*) FROM recommendation WHERE revision_id = $1`, [f.revisionA]))[0].count),
  ).toBe(1);
});

test('a card added through one API instance reaches a phone subscribed on another within a second', async () => {
  // A second API process on the same database: the live bus (PostgreSQL, or Redis when REDIS_URL is set) joins them.
  const second = await NestFactory.create<NestExpressApplication>(
    AppModule.register({ databaseUrl: api.db.url, production: false }),
    { logger: false, bodyParser: false },
  );
  configureHttp(second, null);
  await second.listen(0, '127.0.0.1');
  const { port } = second.getHttpServer().address() as AddressInfo;
  const watcher = await guest('Watcher');
  const writer = await guest('Writer');
  const client = createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie: watcher } });
      }
    },
    lazy: true,
    retryAttempts: 0,
  });
  const events: { type: string; contributionId: string; card: { text: string; mine: boolean } | null }[] = [];
  let ready!: () => void;
  const isReady = new Promise<void>((r) => (ready = r));
  const arrived: Record<string, number> = {};
  const stop = client.subscribe(
    {
      query: `subscription($s:ID!){ workshopBoardEvents(sessionId:$s){ type contributionId card { text mine } } }`,
      variables: { s: session.id },
    },
    {
      next: (r) => {
        const e = (r.data as { workshopBoardEvents: (typeof events)[number] }).workshopBoardEvents;
        events.push(e);
        if (e.type === 'READY') ready();
        else arrived[e.card?.text ?? ''] = Date.now();
      },
      error: (e) => events.push({ type: `ERROR ${JSON.stringify(e)}`, contributionId: '', card: null }),
      complete: () => undefined,
    },
  );
  try {
    await isReady;
    const sent = Date.now();
    const r = await api.gql(
      ADD,
      {
        input: { sessionId: session.id, kind: 'CHALLENGE', text: 'Live über zwei Instanzen', idempotencyKey: 'live-1' },
      },
      { cookie: writer },
    );
    expect(r.errors).toBeUndefined();
    for (let i = 0; i < 40 && !arrived['Live über zwei Instanzen']; i++) await new Promise((x) => setTimeout(x, 25));
    expect(arrived['Live über zwei Instanzen'] - sent).toBeLessThan(1_000);
    expect(events.filter((e) => e.type === 'ADDED')).toEqual([
      {
        type: 'ADDED',
        contributionId: r.data!.addWorkshopContribution.id,
        card: { text: 'Live über zwei Instanzen', mine: false },
      },
    ]);
    // Nobody without access gets to listen: an unknown phone is refused.
    const stranger = createClient({
      url: `ws://127.0.0.1:${port}/graphql`,
      webSocketImpl: WebSocket,
      lazy: true,
      retryAttempts: 0,
    });
    const refused = await new Promise<unknown>((resolve) =>
      stranger.subscribe(
        { query: `subscription($s:ID!){ workshopBoardEvents(sessionId:$s){ type } }`, variables: { s: session.id } },
        { next: resolve, error: resolve, complete: () => resolve('complete') },
      ),
    );
    expect(JSON.stringify(refused)).toContain('UNAUTHENTICATED');
    await stranger.dispose();
  } finally {
    stop();
    await client.dispose();
    await second.close();
  }
});
