import { seedFixtures, startTestApi, TEST_PASSWORD, type Fixtures, type TestApi } from '@konzeptwerk/testing';

let api: TestApi;
let f: Fixtures;
let coordinator: string;
beforeAll(async () => {
  api = await startTestApi();
  f = await seedFixtures(api.ds, TEST_PASSWORD);
  coordinator = await api.signIn(f.accounts.coordinatorA.email);
});
afterAll(() => api?.close());

const gql = (query: string, variables: Record<string, unknown> = {}) =>
  api.gql(query, variables, { cookie: coordinator });
const REVISION = `query($id:ID!){ revision(id:$id){ id title version predecessor { id }
  phases { id kind position state plannedStart plannedEnd version activatedAt closedAt }
  fieldsOfAction { id title code version goals { text } } guidingGoals { text } guidelines { title } targetGroups { name } } }`;

test('a coordinator creates a revision with five planned phases in order', async () => {
  const r = await gql(
    'mutation($r:ID!){ createRevision(input:{regionId:$r, title:"  Fortschreibung 2028  ", description:"Zweite Runde"}){ id title } }',
    { r: f.regionA },
  );
  expect(r.data!.createRevision.title).toBe('Fortschreibung 2028');
  const rev = (await gql(REVISION, { id: r.data!.createRevision.id })).data!.revision;
  expect(rev.phases.map((p: { kind: string; state: string }) => `${p.kind}:${p.state}`)).toEqual([
    'INVENTORY:PLANNED',
    'SURVEY:PLANNED',
    'CONFERENCE:PLANNED',
    'WORKSHOPS:PLANNED',
    'FINALISATION:PLANNED',
  ]);
  const empty = await gql('mutation($r:ID!){ createRevision(input:{regionId:$r, title:"   "}){ id } }', {
    r: f.regionA,
  });
  expect(empty.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
  expect(empty.errors![0].message).toContain('title');
});

test('a continued revision carries over fields of action with their goals, guiding goals, guidelines and target groups', async () => {
  const field = await gql(
    'mutation($r:ID!){ saveFieldOfAction(input:{revisionId:$r, title:"Sprache und Bildung", code:"sb"}){ id code } }',
    { r: f.revisionA },
  );
  expect(field.data!.saveFieldOfAction.code).toBe('SB');
  const dup = await gql(
    'mutation($r:ID!){ saveFieldOfAction(input:{revisionId:$r, title:"Bildung", code:"SB"}){ id } }',
    { r: f.revisionA },
  );
  expect(dup.errors![0].extensions!.code).toBe('DUPLICATE');
  await gql(
    'mutation($r:ID!,$f:ID!){ saveGoal(input:{revisionId:$r, fieldOfActionId:$f, text:"Sprachkurse in allen Kommunen"}){ id } }',
    {
      r: f.revisionA,
      f: field.data!.saveFieldOfAction.id,
    },
  );
  await gql('mutation($r:ID!){ saveGoal(input:{revisionId:$r, text:"Teilhabe für alle"}){ id } }', { r: f.revisionA });
  await gql('mutation($r:ID!){ saveGuideline(input:{revisionId:$r, title:"Vielfalt als Stärke"}){ id } }', {
    r: f.revisionA,
  });
  await gql('mutation($r:ID!){ saveTargetGroup(input:{revisionId:$r, name:"Geflüchtete aus der Ukraine"}){ id } }', {
    r: f.revisionA,
  });

  const next = await gql(
    'mutation($r:ID!,$p:ID!){ createRevision(input:{regionId:$r, title:"Fortschreibung 2030", predecessorId:$p}){ id } }',
    {
      r: f.regionA,
      p: f.revisionA,
    },
  );
  const rev = (await gql(REVISION, { id: next.data!.createRevision.id })).data!.revision;
  expect(rev.predecessor).toEqual({ id: f.revisionA });
  expect(rev.fieldsOfAction).toEqual([
    expect.objectContaining({
      title: 'Sprache und Bildung',
      code: 'SB',
      goals: [{ text: 'Sprachkurse in allen Kommunen' }],
    }),
  ]);
  expect(rev.guidingGoals).toEqual([{ text: 'Teilhabe für alle' }]);
  expect(rev.guidelines).toEqual([{ title: 'Vielfalt als Stärke' }]);
  expect(rev.targetGroups).toEqual([{ name: 'Geflüchtete aus der Ukraine' }]);

  const foreign = await gql(
    'mutation($r:ID!,$p:ID!){ createRevision(input:{regionId:$r, title:"X", predecessorId:$p}){ id } }',
    {
      r: f.regionA,
      p: f.revisionB,
    },
  );
  expect(foreign.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
});

describe('phases', () => {
  let revisionId: string;
  const phase = async (kind: string) =>
    (await gql(REVISION, { id: revisionId })).data!.revision.phases.find((p: { kind: string }) => p.kind === kind);

  beforeAll(async () => {
    revisionId = (
      await gql('mutation($r:ID!){ createRevision(input:{regionId:$r, title:"Phasen"}){ id } }', { r: f.regionA })
    ).data!.createRevision.id;
  });

  test('plans dates and refuses an end before the start or a stale version', async () => {
    const inventory = await phase('INVENTORY');
    const PLAN = 'mutation($i:PlanPhaseInput!){ planPhase(input:$i){ plannedStart plannedEnd version } }';
    const ok = await gql(PLAN, {
      i: { phaseId: inventory.id, version: inventory.version, plannedStart: '2027-01-04', plannedEnd: '2027-03-31' },
    });
    expect(ok.data!.planPhase).toEqual({
      plannedStart: '2027-01-04',
      plannedEnd: '2027-03-31',
      version: inventory.version + 1,
    });
    const backwards = await gql(PLAN, {
      i: {
        phaseId: inventory.id,
        version: inventory.version + 1,
        plannedStart: '2027-04-01',
        plannedEnd: '2027-03-31',
      },
    });
    expect(backwards.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    const stale = await gql(PLAN, {
      i: { phaseId: inventory.id, version: inventory.version, plannedStart: '2027-01-01', plannedEnd: '2027-02-01' },
    });
    expect(stale.errors![0].extensions!.code).toBe('VERSION_CONFLICT');
    expect((await phase('INVENTORY')).plannedStart).toBe('2027-01-04');
  });

  test('a phase starts only after the one before it has started; closing and reopening with a reason', async () => {
    const survey = await phase('SURVEY');
    const early = await gql('mutation($id:ID!){ activatePhase(phaseId:$id){ state } }', { id: survey.id });
    expect(early.errors![0].extensions!.code).toBe('PHASE_ORDER_VIOLATED');
    expect(early.errors![0].message).toBe(
      'Die Phase „Online-Umfrage und Interviews“ kann erst beginnen, wenn die Phase „Bestandsaufnahme“ begonnen hat.',
    );

    const inventory = await phase('INVENTORY');
    expect(
      (await gql('mutation($id:ID!){ activatePhase(phaseId:$id){ state } }', { id: inventory.id })).data!.activatePhase
        .state,
    ).toBe('ACTIVE');
    expect(
      (await gql('mutation($id:ID!){ activatePhase(phaseId:$id){ state } }', { id: survey.id })).data!.activatePhase
        .state,
    ).toBe('ACTIVE');
    const twice = await gql('mutation($id:ID!){ activatePhase(phaseId:$id){ state } }', { id: survey.id });
    expect(twice.errors![0].extensions!.code).toBe('PHASE_TRANSITION_INVALID');

    expect(
      (await gql('mutation($id:ID!){ closePhase(phaseId:$id){ state closedAt } }', { id: inventory.id })).data!
        .closePhase.state,
    ).toBe('CLOSED');
    const noReason = await gql('mutation($id:ID!){ reopenPhase(phaseId:$id, reason:"  "){ state } }', {
      id: inventory.id,
    });
    expect(noReason.errors![0].extensions!.code).toBe('REASON_REQUIRED');
    const reopened = await gql(
      'mutation($id:ID!){ reopenPhase(phaseId:$id, reason:"Neue Zahlen des Landes"){ state closedAt } }',
      { id: inventory.id },
    );
    expect(reopened.data!.reopenPhase).toEqual({ state: 'ACTIVE', closedAt: null });

    const log = await gql(
      'query($id:ID){ auditLog(revisionId:$id, limit: 10){ total entries { action before after reason actorName } } }',
      { id: revisionId },
    );
    const entries = log.data!.auditLog.entries;
    expect(entries[0]).toEqual({
      action: 'phase.reopened',
      before: JSON.stringify({ kind: 'INVENTORY', state: 'CLOSED' }),
      after: JSON.stringify({ kind: 'INVENTORY', state: 'ACTIVE' }),
      reason: 'Neue Zahlen des Landes',
      actorName: 'coordinatorA',
    });
    expect(entries.map((e: { action: string }) => e.action)).toEqual([
      'phase.reopened',
      'phase.closed',
      'phase.activated',
      'phase.activated',
      'phase.planned', // only the accepted plan: refused ones leave no entry
      'revision.created',
    ]);
  });
});

test('two concurrent edits of a revision: one wins, the other gets a conflict and nothing is lost silently', async () => {
  const { version } = (await gql(REVISION, { id: f.revisionA })).data!.revision;
  const UPDATE = 'mutation($i:UpdateRevisionInput!){ updateRevision(input:$i){ title version } }';
  const [a, b] = await Promise.all([
    gql(UPDATE, { i: { id: f.revisionA, version, title: 'Titel A' } }),
    gql(UPDATE, { i: { id: f.revisionA, version, title: 'Titel B' } }),
  ]);
  const results = [a, b];
  const winners = results.filter((r) => !r.errors);
  const losers = results.filter((r) => r.errors);
  expect(winners).toHaveLength(1);
  expect(losers).toHaveLength(1);
  expect(losers[0].errors![0].extensions!.code).toBe('VERSION_CONFLICT');
  const stored = (await gql(REVISION, { id: f.revisionA })).data!.revision;
  expect(stored.title).toBe(winners[0].data!.updateRevision.title);
  expect(stored.version).toBe(version + 1);
});

test('a failed write leaves nothing behind: no half-created revision, no audit entry', async () => {
  const count = async () =>
    (
      await api.ds.query(
        `SELECT (SELECT count(*) FROM concept_revision)::int AS r, (SELECT count(*) FROM audit_entry)::int AS a`,
      )
    )[0];
  const before = await count();
  const r = await gql(
    'mutation($r:ID!){ createRevision(input:{regionId:$r, title:"X", predecessorId:"00000000-0000-4000-8000-000000000000"}){ id } }',
    {
      r: f.regionA,
    },
  );
  expect(r.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
  expect(await count()).toEqual(before);
});
