import { seedFixtures, startTestApi, TEST_PASSWORD, type Fixtures, type TestApi } from '@konzeptwerk/testing';
import { seedWorkbench, setWorkshops, type Workbench } from './workbench-fixtures';

let api: TestApi;
let f: Fixtures;
let w: Workbench;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  f = await seedFixtures(api.ds, TEST_PASSWORD);
  w = await seedWorkbench(api, f, TEST_PASSWORD);
  for (const [key, email] of [
    ['coordinator', f.accounts.coordinatorA.email],
    ['participant', f.accounts.participant.email],
    ['second', w.secondParticipant.email],
    ['implementer', f.accounts.implementer.email],
    ['observer', f.accounts.observer.email],
  ]) {
    cookies[key] = await api.signIn(email);
  }
});
afterAll(() => api?.close());

const as =
  (who: string) =>
  (query: string, variables: Record<string, unknown> = {}) =>
    api.gql(query, variables, { cookie: cookies[who] });

const CREATE = `mutation($input: CreateRecommendationInput!){ createRecommendation(input:$input){ id reference status version title rationale } }`;
const DETAIL = `query($id:ID!){ recommendation(id:$id){ id reference title rationale status statusReason version allMunicipalities timeHorizon
  fieldOfAction { code } targetGroups { name } municipalities { name } organisations { name } authors { displayName }
  supportCount commentCount supportedByMe viewerCanEdit availableActions mergedInto { reference } mergedFrom { reference }
  evidence { kind label targetId } versions { number authorName }
  comments { comment { body authorName carriedFrom } replies { body authorName } } } }`;

const draft = (overrides: Record<string, unknown> = {}) => ({
  revisionId: f.revisionA,
  fieldOfActionId: w.fieldSB,
  title: 'Sprachkurse mit Kinderbetreuung ausbauen',
  rationale: '<p>Eltern mit kleinen Kindern können <strong>ohne Betreuung</strong> keine Kurse besuchen.</p>',
  targetGroupIds: [w.groupRefugees],
  allMunicipalities: true,
  municipalityIds: [],
  organisationIds: [f.organisationA],
  timeHorizon: 'SHORT',
  resources: '2 Stellen Kinderbetreuung',
  indicators: 'Zahl der Kursteilnehmenden mit Kindern',
  ...overrides,
});

async function create(who = 'participant', overrides: Record<string, unknown> = {}) {
  const r = await as(who)(CREATE, { input: draft(overrides) });
  expect(r.errors).toBeUndefined();
  return r.data!.createRecommendation as { id: string; reference: string; status: string; version: number };
}

async function move(who: string, id: string, action: string, reason?: string) {
  return as(who)(
    `mutation($id:ID!,$a:RecommendationAction!,$r:String){ transitionRecommendation(id:$id, action:$a, reason:$r){ status version statusReason } }`,
    { id, a: action, r: reason ?? null },
  );
}

async function inReview(overrides: Record<string, unknown> = {}) {
  const rec = await create('participant', overrides);
  expect((await move('participant', rec.id, 'SUBMIT')).errors).toBeUndefined();
  expect((await move('coordinator', rec.id, 'START_REVIEW')).errors).toBeUndefined();
  return rec;
}

test('a participant writes a recommendation: references count per field and never change, rich text is sanitized', async () => {
  const a = await create('participant', {
    rationale: '<p onclick="x()">Begründung<script>alert(1)</script> mit <a href="javascript:alert(1)">Link</a></p>',
  });
  const b = await create('participant', { fieldOfActionId: w.fieldAA, title: 'Ausbildungspatenschaften' });
  const c = await create('coordinator');
  expect(a.reference).toMatch(/^SB-\d{2}$/);
  expect(b.reference).toMatch(/^AA-\d{2}$/);
  expect(Number(c.reference.slice(3))).toBe(Number(a.reference.slice(3)) + 1);
  expect(a.status).toBe('DRAFT');
  const detail = (await as('participant')(DETAIL, { id: a.id })).data!.recommendation;
  expect(detail.rationale).not.toMatch(/script|onclick|javascript/);
  expect(detail.rationale).toContain('Begründung');
  expect(detail).toMatchObject({
    fieldOfAction: { code: 'SB' },
    targetGroups: [{ name: 'Geflüchtete' }],
    organisations: [{ name: 'Jobcenter Kreis Gütersloh' }],
    authors: [{ displayName: 'participant' }],
    viewerCanEdit: true,
    availableActions: ['SUBMIT'],
    versions: [{ number: 1, authorName: 'participant' }],
  });
  // Moving it to another field keeps the reference.
  const moved = await as('participant')(
    `mutation($input: UpdateRecommendationInput!){ updateRecommendation(input:$input){ reference fieldOfAction { code } } }`,
    { input: { ...draft({ fieldOfActionId: w.fieldAA }), revisionId: undefined, id: a.id, version: a.version } },
  );
  expect(moved.data!.updateRecommendation).toEqual({ reference: a.reference, fieldOfAction: { code: 'AA' } });
});

test('bad input gets specific errors and stores nothing', async () => {
  const before = await api.ds.query(`SELECT count(*)::int AS n FROM recommendation`);
  const cases: [Record<string, unknown>, string, string][] = [
    [{ title: '  ' }, 'VALIDATION_FAILED', 'title'],
    [{ fieldOfActionId: '00000000-0000-4000-8000-000000000000' }, 'VALIDATION_FAILED', 'fieldOfActionId'],
    [{ targetGroupIds: ['nonsense'] }, 'VALIDATION_FAILED', 'targetGroupIds'],
    [{ allMunicipalities: false, municipalityIds: [] }, 'VALIDATION_FAILED', 'municipalityIds'],
    [{ allMunicipalities: false, municipalityIds: [f.municipalityB] }, 'VALIDATION_FAILED', 'municipalityIds'],
    [{ organisationIds: [f.organisationB] }, 'VALIDATION_FAILED', 'organisationIds'],
  ];
  for (const [overrides, code, detail] of cases) {
    const r = await as('participant')(CREATE, { input: draft(overrides) });
    expect(r.errors![0].extensions!.code).toBe(code);
    expect(r.errors![0].extensions!.messages!.en).toContain(detail);
    expect(r.errors![0].extensions!.messages!.de).toContain(detail);
  }
  expect(await api.ds.query(`SELECT count(*)::int AS n FROM recommendation`)).toEqual(before);
});

test('participants write only while the workshop phase runs; coordinators always', async () => {
  await setWorkshops(api, f, 'CLOSED');
  try {
    const r = await as('participant')(CREATE, { input: draft() });
    expect(r.errors![0].extensions!.code).toBe('PHASE_NOT_ACTIVE');
    expect(r.errors![0].extensions!.messages!.de).toContain('Workshop-Phase');
    expect((await as('coordinator')(CREATE, { input: draft() })).errors).toBeUndefined();
  } finally {
    await setWorkshops(api, f, 'ACTIVE');
  }
});

test('drafts are private; observers and implementing actors read submitted ones but cannot write', async () => {
  const rec = await create();
  expect((await as('second')(DETAIL, { id: rec.id })).errors![0].extensions!.code).toBe('NOT_FOUND');
  expect((await as('coordinator')(DETAIL, { id: rec.id })).data!.recommendation.id).toBe(rec.id);
  const list = async (who: string) =>
    (
      await as(who)(`query($r:ID!){ recommendations(revisionId:$r, limit:500){ items { id } } }`, { r: f.revisionA })
    ).data!.recommendations.items.map((x: { id: string }) => x.id);
  expect(await list('second')).not.toContain(rec.id);
  expect(await list('participant')).toContain(rec.id);
  await move('participant', rec.id, 'SUBMIT');
  expect(await list('observer')).toContain(rec.id);
  expect((await as('observer')(CREATE, { input: draft() })).errors![0].extensions!.code).toBe('FORBIDDEN');
  expect((await as('implementer')(CREATE, { input: draft() })).errors![0].extensions!.code).toBe('FORBIDDEN');
  const edit = await as('second')(
    `mutation($input: UpdateRecommendationInput!){ updateRecommendation(input:$input){ id } }`,
    { input: { ...draft({ title: 'Gekapert' }), revisionId: undefined, id: rec.id, version: 2 } },
  );
  expect(edit.errors![0].extensions!.code).toBe('FORBIDDEN');
});

test('the lifecycle is enforced per role, audited with reasons, and authors and supporters hear of every step', async () => {
  const rec = await create();
  // A submission needs a rationale.
  const bare = await create('participant', { rationale: '' });
  expect((await move('participant', bare.id, 'SUBMIT')).errors![0].extensions!.code).toBe('VALIDATION_FAILED');

  expect((await move('participant', rec.id, 'START_REVIEW')).errors![0].extensions!.code).toBe('FORBIDDEN');
  expect((await move('coordinator', rec.id, 'AGREE')).errors![0].extensions!.code).toBe('STATUS_TRANSITION_INVALID');
  expect((await move('participant', rec.id, 'SUBMIT')).data!.transitionRecommendation.status).toBe('SUBMITTED');
  const support = await as('second')(`mutation($id:ID!){ supportRecommendation(id:$id){ id } }`, { id: rec.id });
  expect(support.errors).toBeUndefined();
  expect((await move('coordinator', rec.id, 'START_REVIEW')).data!.transitionRecommendation.status).toBe('IN_REVIEW');
  const noReason = await move('coordinator', rec.id, 'REJECT');
  expect(noReason.errors![0].extensions!.code).toBe('REASON_REQUIRED');
  const rejected = await move('coordinator', rec.id, 'REJECT', 'Wird bereits vom Jobcenter angeboten');
  expect(rejected.data!.transitionRecommendation).toMatchObject({
    status: 'NOT_ADOPTED',
    statusReason: 'Wird bereits vom Jobcenter angeboten',
  });
  expect((await move('coordinator', rec.id, 'REOPEN', 'Neue Lage')).data!.transitionRecommendation.status).toBe(
    'IN_REVIEW',
  );
  expect((await move('coordinator', rec.id, 'START_FEASIBILITY_CHECK')).errors).toBeUndefined();
  expect((await move('coordinator', rec.id, 'AGREE')).data!.transitionRecommendation.status).toBe('AGREED');

  const audit = (await api.ds.query(
    `SELECT before->>'status' AS "from", after->>'status' AS "to", reason FROM audit_entry
      WHERE entity_id = $1 AND action = 'recommendation.status' ORDER BY created_at, id`,
    [rec.id],
  )) as { from: string; to: string; reason: string | null }[];
  expect(audit).toEqual([
    { from: 'DRAFT', to: 'SUBMITTED', reason: null },
    { from: 'SUBMITTED', to: 'IN_REVIEW', reason: null },
    { from: 'IN_REVIEW', to: 'NOT_ADOPTED', reason: 'Wird bereits vom Jobcenter angeboten' },
    { from: 'NOT_ADOPTED', to: 'IN_REVIEW', reason: 'Neue Lage' },
    { from: 'IN_REVIEW', to: 'FEASIBILITY_CHECK', reason: null },
    { from: 'FEASIBILITY_CHECK', to: 'AGREED', reason: null },
  ]);
  // The author hears of the coordinator's five steps (not of their own submission), the supporter of the steps after supporting.
  const mails = (await api.ds.query(
    `SELECT recipient, subject FROM outbox_message WHERE kind = 'recommendation-status' AND text_body LIKE '%' || $1 || '%' ORDER BY created_at`,
    [rec.reference],
  )) as { recipient: string; subject: string }[];
  expect(mails.filter((m) => m.recipient === f.accounts.participant.email)).toHaveLength(5);
  expect(mails.filter((m) => m.recipient === w.secondParticipant.email)).toHaveLength(5);
  expect(mails.at(-1)!.subject).toBe(`Handlungsempfehlung ${rec.reference}: Abgestimmt`);
  const inbox = await as('participant')(`{ notifications(limit: 50){ unread items { kind params link } } }`);
  const mine = inbox.data!.notifications.items.filter(
    (n: { params: string }) => JSON.parse(n.params).reference === rec.reference,
  );
  expect(mine).toHaveLength(5);
  expect(JSON.parse(mine[0].params)).toMatchObject({ to: 'AGREED', from: 'FEASIBILITY_CHECK' });
  expect(mine[0].link).toBe(`/fortschreibungen/${f.revisionA}/empfehlungen/${rec.id}`);
  const read = await as('participant')(`mutation{ markNotificationsRead }`);
  expect(read.data!.markNotificationsRead).toBeGreaterThanOrEqual(5);
  expect((await as('participant')(`{ notifications{ unread } }`)).data!.notifications.unread).toBe(0);
});

test('one support per participant; comments have one level of replies; co-authors may edit', async () => {
  const rec = await create();
  await move('participant', rec.id, 'SUBMIT');
  const sup = `mutation($id:ID!){ supportRecommendation(id:$id){ id } }`;
  await as('second')(sup, { id: rec.id });
  await as('second')(sup, { id: rec.id });
  expect((await as('participant')(sup, { id: rec.id })).errors![0].extensions!.code).toBe('VALIDATION_FAILED');
  expect((await as('observer')(sup, { id: rec.id })).errors![0].extensions!.code).toBe('FORBIDDEN');
  const comment = `mutation($id:ID!,$b:String!,$p:ID){ addRecommendationComment(id:$id, body:$b, parentId:$p){ id } }`;
  const first = await as('implementer')(comment, { id: rec.id, b: 'Das Jobcenter könnte Räume stellen.' });
  expect(first.errors).toBeUndefined();
  const reply = await as('participant')(comment, {
    id: rec.id,
    b: 'Danke, gern!',
    p: first.data!.addRecommendationComment.id,
  });
  const deeper = await as('second')(comment, { id: rec.id, b: 'Zu tief', p: reply.data!.addRecommendationComment.id });
  expect(deeper.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
  expect((await as('observer')(comment, { id: rec.id, b: 'Hallo' })).errors![0].extensions!.code).toBe('FORBIDDEN');
  const d = (await as('second')(DETAIL, { id: rec.id })).data!.recommendation;
  expect(d).toMatchObject({ supportCount: 1, supportedByMe: true, commentCount: 2, viewerCanEdit: false });
  expect(d.comments).toEqual([
    {
      comment: { body: 'Das Jobcenter könnte Räume stellen.', authorName: 'implementer', carriedFrom: null },
      replies: [{ body: 'Danke, gern!', authorName: 'participant' }],
    },
  ]);
  const add = await as('participant')(
    `mutation($id:ID!,$a:ID!){ addCoAuthor(id:$id, accountId:$a){ authors { displayName } } }`,
    { id: rec.id, a: w.secondParticipant.id },
  );
  expect(add.data!.addCoAuthor.authors).toEqual([
    { displayName: 'participant' },
    { displayName: 'Zweite Teilnehmerin' },
  ]);
  const notParticipant = await as('participant')(
    `mutation($id:ID!,$a:ID!){ addCoAuthor(id:$id, accountId:$a){ id } }`,
    { id: rec.id, a: f.accounts.observer.id },
  );
  expect(notParticipant.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
  expect((await as('second')(DETAIL, { id: rec.id })).data!.recommendation.viewerCanEdit).toBe(true);
});

test('every edit makes a version; any two compare as a word diff', async () => {
  const rec = await create();
  const UPDATE = `mutation($input: UpdateRecommendationInput!){ updateRecommendation(input:$input){ version } }`;
  const v2 = await as('participant')(UPDATE, {
    input: {
      ...draft({ title: 'Sprachkurse mit Kinderbetreuung in allen Kommunen ausbauen' }),
      revisionId: undefined,
      id: rec.id,
      version: rec.version,
    },
  });
  const v3 = await as('participant')(UPDATE, {
    input: {
      ...draft({
        title: 'Sprachkurse mit Kinderbetreuung in allen Kommunen ausbauen',
        timeHorizon: 'MEDIUM',
        targetGroupIds: [w.groupRefugees, w.groupYouth],
      }),
      revisionId: undefined,
      id: rec.id,
      version: v2.data!.updateRecommendation.version,
    },
  });
  // Saving unchanged content makes no new version.
  await as('participant')(UPDATE, {
    input: {
      ...draft({
        title: 'Sprachkurse mit Kinderbetreuung in allen Kommunen ausbauen',
        timeHorizon: 'MEDIUM',
        targetGroupIds: [w.groupRefugees, w.groupYouth],
      }),
      revisionId: undefined,
      id: rec.id,
      version: v3.data!.updateRecommendation.version,
    },
  });
  const d = (await as('participant')(DETAIL, { id: rec.id })).data!.recommendation;
  expect(d.versions.map((v: { number: number }) => v.number)).toEqual([3, 2, 1]);
  const diff = await as('participant')(
    `query($id:ID!){ recommendationDiff(id:$id, from:1, to:3){ field before after segments { kind text } } }`,
    { id: rec.id },
  );
  const changes = diff.data!.recommendationDiff as {
    field: string;
    before: string;
    after: string;
    segments: { kind: string; text: string }[];
  }[];
  expect(changes.map((c) => c.field)).toEqual(['title', 'targetGroups', 'timeHorizon']);
  expect(changes[0].segments.filter((s) => s.kind === 'added').map((s) => s.text.trim())).toEqual([
    'in allen Kommunen',
  ]);
  expect(changes[2]).toMatchObject({ before: 'kurzfristig', after: 'mittelfristig' });
  const bad = await as('participant')(`query($id:ID!){ recommendationDiff(id:$id, from:1, to:9){ field } }`, {
    id: rec.id,
  });
  expect(bad.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
});

test('two edits in parallel: one wins, the other gets a conflict naming what changed, and nothing is lost', async () => {
  const rec = await create();
  await as('participant')(`mutation($id:ID!,$a:ID!){ addCoAuthor(id:$id, accountId:$a){ id } }`, {
    id: rec.id,
    a: w.secondParticipant.id,
  });
  const UPDATE = `mutation($input: UpdateRecommendationInput!){ updateRecommendation(input:$input){ version title resources } }`;
  const [one, two] = await Promise.all([
    as('participant')(UPDATE, {
      input: { ...draft({ title: 'Titel von Person eins' }), revisionId: undefined, id: rec.id, version: rec.version },
    }),
    as('second')(UPDATE, {
      input: {
        ...draft({ resources: 'Ressourcen von Person zwei' }),
        revisionId: undefined,
        id: rec.id,
        version: rec.version,
      },
    }),
  ]);
  const results = [one, two];
  const won = results.filter((r) => !r.errors);
  const lost = results.filter((r) => r.errors);
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(1);
  const error = lost[0].errors![0] as {
    extensions: { code: string; messages: { de: string; en: string }; details: Record<string, unknown> };
  };
  expect(error.extensions.code).toBe('RECOMMENDATION_CONFLICT');
  const winnerChanged = won[0] === one ? 'title' : 'resources';
  expect(error.extensions.details).toMatchObject({
    changedFields: [winnerChanged],
    baseVersionNumber: 1,
    currentVersionNumber: 2,
  });
  expect(error.extensions.messages.de).toContain(winnerChanged === 'title' ? 'Titel' : 'Ressourcen');
  expect(error.extensions.messages.de).toContain(won[0] === one ? 'participant' : 'Zweite Teilnehmerin');
  // The loser resubmits on the current version: both changes are kept.
  const current = (await as('participant')(DETAIL, { id: rec.id })).data!.recommendation;
  const retry = await (won[0] === one ? as('second') : as('participant'))(UPDATE, {
    input: {
      ...draft({ title: 'Titel von Person eins', resources: 'Ressourcen von Person zwei' }),
      revisionId: undefined,
      id: rec.id,
      version: current.version,
    },
  });
  expect(retry.data!.updateRecommendation).toMatchObject({
    title: 'Titel von Person eins',
    resources: 'Ressourcen von Person zwei',
  });
  expect(
    (
      await api.ds.query(`SELECT count(*)::int AS n FROM recommendation_version WHERE recommendation_id = $1`, [rec.id])
    )[0].n,
  ).toBe(3);
});

test('a status change does not block an edit made on the same text', async () => {
  const rec = await create();
  await move('participant', rec.id, 'SUBMIT');
  const r = await as('participant')(
    `mutation($input: UpdateRecommendationInput!){ updateRecommendation(input:$input){ title status } }`,
    {
      input: {
        ...draft({ title: 'Nach dem Einreichen präzisiert' }),
        revisionId: undefined,
        id: rec.id,
        version: rec.version,
      },
    },
  );
  expect(r.data!.updateRecommendation).toEqual({ title: 'Nach dem Einreichen präzisiert', status: 'SUBMITTED' });
});

test('similar recommendations are suggested while writing, German-aware', async () => {
  const existing = await inReview({
    title: 'Mehr Sprachkurse für geflüchtete Mütter mit Kinderbetreuung',
    rationale: '<p>Mütter mit kleinen Kindern brauchen Sprachkurse, bei denen die Kinder betreut werden.</p>',
  });
  await inReview({
    fieldOfActionId: w.fieldAA,
    title: 'Ausbildungsmessen in den Kommunen',
    rationale: '<p>Betriebe stellen Ausbildungsplätze vor.</p>',
  });
  const r = await as('second')(
    `query($r:ID!,$t:String!,$b:String!){ similarRecommendations(revisionId:$r, title:$t, rationale:$b){ score recommendation { id reference title } } }`,
    {
      r: f.revisionA,
      t: 'Sprachkurs mit Betreuung der Kinder für Mütter',
      b: 'Viele Mütter können ohne Kinderbetreuung keinen Sprachkurs besuchen.',
    },
  );
  expect(r.errors).toBeUndefined();
  const ids = r.data!.similarRecommendations.map((s: { recommendation: { id: string } }) => s.recommendation.id);
  expect(ids).toContain(existing.id);
  expect(
    r.data!.similarRecommendations.map((s: { recommendation: { title: string } }) => s.recommendation.title),
  ).not.toContain('Ausbildungsmessen in den Kommunen');
  // Someone else's draft is never suggested.
  const secret = await create('participant', {
    title: 'Geheimer Entwurf über Sprachkurse für Mütter mit Kinderbetreuung',
  });
  const again = await as('second')(
    `query($r:ID!,$t:String!){ similarRecommendations(revisionId:$r, title:$t){ recommendation { id } } }`,
    { r: f.revisionA, t: 'Sprachkurse für Mütter mit Kinderbetreuung' },
  );
  expect(
    again.data!.similarRecommendations.map((s: { recommendation: { id: string } }) => s.recommendation.id),
  ).not.toContain(secret.id);
});

test('a coordinator merges several into one: sources, supporters once, comments, links; the originals point to it', async () => {
  const a = await inReview({ title: 'Sprachcafés in allen Kommunen' });
  const b = await inReview({ title: 'Offene Sprachtreffs einrichten', targetGroupIds: [w.groupYouth] });
  for (const id of [a.id, b.id]) {
    await as('second')(`mutation($id:ID!){ supportRecommendation(id:$id){ id } }`, { id });
  }
  const c1 = await as('implementer')(
    `mutation($id:ID!){ addRecommendationComment(id:$id, body:"Räume gibt es im Familienzentrum."){ id } }`,
    { id: a.id },
  );
  await as('participant')(
    `mutation($id:ID!,$p:ID!){ addRecommendationComment(id:$id, body:"Prima.", parentId:$p){ id } }`,
    { id: a.id, p: c1.data!.addRecommendationComment.id },
  );
  await as('participant')(
    `mutation($id:ID!){ addEvidence(id:$id, input:{kind:CHALLENGE, label:"Workshop SB: zu wenig Übungsmöglichkeiten"}){ id } }`,
    { id: b.id },
  );
  const MERGE = `mutation($input: MergeRecommendationsInput!){ mergeRecommendations(input:$input){ id reference status } }`;
  const input = {
    ...draft({ title: 'Sprachcafés und offene Sprachtreffs', targetGroupIds: [w.groupRefugees, w.groupYouth] }),
    revisionId: undefined,
    sourceIds: [a.id, b.id],
  };
  expect((await as('participant')(MERGE, { input })).errors![0].extensions!.code).toBe('FORBIDDEN');
  const draftOne = await create();
  const refused = await as('coordinator')(MERGE, { input: { ...input, sourceIds: [a.id, draftOne.id] } });
  expect(refused.errors![0].extensions!.code).toBe('MERGE_INVALID');
  expect(refused.errors![0].extensions!.messages!.de).toContain(draftOne.reference);
  const merged = await as('coordinator')(MERGE, { input });
  expect(merged.errors).toBeUndefined();
  const target = (await as('second')(DETAIL, { id: merged.data!.mergeRecommendations.id })).data!.recommendation;
  expect(target.status).toBe('IN_REVIEW');
  expect(target.supportCount).toBe(1);
  expect(target.supportedByMe).toBe(true);
  expect(target.authors).toEqual([{ displayName: 'participant' }]);
  expect(target.mergedFrom.map((x: { reference: string }) => x.reference).sort()).toEqual(
    [a.reference, b.reference].sort(),
  );
  expect(target.evidence).toEqual(
    expect.arrayContaining([
      { kind: 'CHALLENGE', label: 'Workshop SB: zu wenig Übungsmöglichkeiten', targetId: null },
      { kind: 'MERGED_FROM', label: `${a.reference} Sprachcafés in allen Kommunen`, targetId: a.id },
      { kind: 'MERGED_FROM', label: `${b.reference} Offene Sprachtreffs einrichten`, targetId: b.id },
    ]),
  );
  expect(target.comments).toEqual([
    {
      comment: { body: 'Räume gibt es im Familienzentrum.', authorName: 'implementer', carriedFrom: a.reference },
      replies: [{ body: 'Prima.', authorName: 'participant' }],
    },
  ]);
  for (const source of [a, b]) {
    const s = (await as('observer')(DETAIL, { id: source.id })).data!.recommendation;
    expect(s).toMatchObject({ status: 'MERGED', mergedInto: { reference: target.reference }, availableActions: [] });
  }
  // The original keeps its own comments too.
  expect((await as('observer')(DETAIL, { id: a.id })).data!.recommendation.commentCount).toBe(2);
  const mails = await api.ds.query(`SELECT recipient FROM outbox_message WHERE kind = 'recommendation-merged'`);
  expect(mails.length).toBeGreaterThanOrEqual(2);
  // Merging a merged one again is refused.
  const twice = await as('coordinator')(MERGE, { input: { ...input, sourceIds: [a.id, target.id] } });
  expect(twice.errors![0].extensions!.code).toBe('MERGE_INVALID');
});

test('the list filters by field, target group, municipality, status, organisation and full text, in pages', async () => {
  const rev = f.revisionA;
  const unique = await inReview({
    fieldOfActionId: w.fieldAA,
    title: 'Jobcoaching für zugewanderte Akademikerinnen',
    rationale: '<p>Anerkennung ausländischer Abschlüsse beschleunigen.</p>',
    allMunicipalities: false,
    municipalityIds: [f.municipalityA2],
    targetGroupIds: [w.groupYouth],
  });
  const LIST = `query($r:ID!,$f:RecommendationFilter,$l:Int,$o:Int){ recommendations(revisionId:$r, filter:$f, limit:$l, offset:$o){ total items { id reference } } }`;
  const ids = async (filter: Record<string, unknown>) =>
    ((await as('observer')(LIST, { r: rev, f: filter, l: 500 })).data!.recommendations.items as { id: string }[]).map(
      (x) => x.id,
    );
  expect(await ids({ search: 'Abschlüsse' })).toEqual([unique.id]);
  expect(await ids({ search: 'Akademikerin' })).toEqual([unique.id]);
  expect(await ids({ search: unique.reference })).toEqual([unique.id]);
  expect(await ids({ fieldOfActionId: w.fieldAA, targetGroupId: w.groupYouth, statuses: ['IN_REVIEW'] })).toContain(
    unique.id,
  );
  expect(await ids({ municipalityId: f.municipalityA })).not.toContain(unique.id);
  expect(await ids({ municipalityId: f.municipalityA2 })).toContain(unique.id);
  expect(await ids({ organisationId: f.organisationA })).toContain(unique.id);
  expect(await ids({ statuses: ['AGREED'] })).not.toContain(unique.id);
  const all = (await as('observer')(LIST, { r: rev, l: 500 })).data!.recommendations;
  const page = (await as('observer')(LIST, { r: rev, l: 2, o: 2 })).data!.recommendations;
  expect(page.total).toBe(all.total);
  expect(page.items).toEqual(all.items.slice(2, 4));
  const bad = await as('observer')(LIST, { r: rev, l: 5000 });
  expect(bad.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
});

test('the coverage matrix counts recommendations per field of action and target group', async () => {
  const before = (
    await as('observer')(
      `query($r:ID!){ recommendationCoverage(revisionId:$r){ fieldOfActionId targetGroupId count } }`,
      { r: f.revisionA },
    )
  ).data!.recommendationCoverage as { fieldOfActionId: string; targetGroupId: string | null; count: number }[];
  const cell = (cells: typeof before, field: string, group: string | null) =>
    cells.find((c) => c.fieldOfActionId === field && c.targetGroupId === group)?.count ?? 0;
  await inReview({ fieldOfActionId: w.fieldAA, targetGroupIds: [w.groupRefugees, w.groupYouth] });
  await create('participant', { fieldOfActionId: w.fieldAA, targetGroupIds: [w.groupYouth] });
  await inReview({ fieldOfActionId: w.fieldAA, targetGroupIds: [] });
  const after = (
    await as('observer')(
      `query($r:ID!){ recommendationCoverage(revisionId:$r){ fieldOfActionId targetGroupId count } }`,
      { r: f.revisionA },
    )
  ).data!.recommendationCoverage as typeof before;
  expect(cell(after, w.fieldAA, w.groupRefugees) - cell(before, w.fieldAA, w.groupRefugees)).toBe(1);
  expect(cell(after, w.fieldAA, w.groupYouth) - cell(before, w.fieldAA, w.groupYouth)).toBe(1);
  expect(cell(after, w.fieldAA, null) - cell(before, w.fieldAA, null)).toBe(1);
});

test('asking implementing organisations moves the recommendation to the feasibility check and tells its authors', async () => {
  const rec = await inReview({ title: 'Anerkennungsberatung in Bürgerbüros' });
  const r = await as('coordinator')(
    `mutation($i: RequestFeasibilityInput!){ requestFeasibility(input:$i){ created } }`,
    {
      i: {
        revisionId: f.revisionA,
        recommendationIds: [rec.id],
        organisationIds: [f.organisationA],
        deadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
      },
    },
  );
  expect(r.data!.requestFeasibility.created).toBe(1);
  expect((await as('participant')(DETAIL, { id: rec.id })).data!.recommendation.status).toBe('FEASIBILITY_CHECK');
  const mails = (await api.ds.query(
    `SELECT subject FROM outbox_message WHERE kind = 'recommendation-status' AND recipient = $1 AND subject LIKE $2`,
    [f.accounts.participant.email, `%${rec.reference}%`],
  )) as { subject: string }[];
  expect(mails.map((m) => m.subject)).toContain(`Handlungsempfehlung ${rec.reference}: Umsetzbarkeitsprüfung`);
});
