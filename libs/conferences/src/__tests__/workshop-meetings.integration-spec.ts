import { seedFixtures, startTestApi, TEST_PASSWORD, type Fixtures, type TestApi } from '@konzeptwerk/testing';

let api: TestApi;
let f: Fixtures;
let coordinator: string;
let participant: string;
let field: string;
let submitted: string;
let draft: string;
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  api = await startTestApi();
  f = await seedFixtures(api.ds, TEST_PASSWORD);
  coordinator = await api.signIn(f.accounts.coordinatorA.email);
  participant = await api.signIn(f.accounts.participant.email);
  [{ id: field }] = await api.ds.query(
    `INSERT INTO field_of_action (revision_id, title, code, position, version) VALUES ($1, 'Sprache und Bildung', 'SB', 1, 1) RETURNING id`,
    [f.revisionA],
  );
  const rec = async (n: number, status: string) =>
    (
      (await api.ds.query(
        `INSERT INTO recommendation (revision_id, field_of_action_id, number, reference, title, status, created_by_id, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1) RETURNING id`,
        [f.revisionA, field, n, `SB-0${n}`, `Empfehlung ${n}`, status, f.accounts.participant.id],
      )) as { id: string }[]
    )[0].id;
  submitted = await rec(1, 'SUBMITTED');
  draft = await rec(2, 'DRAFT');
});
afterAll(() => api?.close());

const CREATE = `mutation($r:ID!,$input: WorkshopMeetingInput!){ createWorkshopMeeting(revisionId:$r, input:$input){ id version title attendance minutes recommendations { reference } } }`;
const LIST = `query($r:ID!){ workshopMeetings(revisionId:$r){ id title startsAt location attendance minutes fieldOfActionId recommendations { reference title } } }`;

const input = (over: Record<string, unknown> = {}) => ({
  fieldOfActionId: field,
  title: '2. Workshop Sprache und Bildung',
  startsAt: '2026-04-15T14:00:00.000Z',
  location: 'Volkshochschule Rheda',
  attendance: 17,
  minutes: '<p>Wir haben <strong>SB-01</strong> geschärft.</p><script>alert(1)</script>',
  recommendationIds: [submitted],
  ...over,
});

test('a coordinator records a meeting with attendance, sanitized minutes and the recommendations worked on; everyone of the revision reads it', async () => {
  const r = await api.gql(CREATE, { r: f.revisionA, input: input() }, { cookie: coordinator });
  expect(r.errors).toBeUndefined();
  expect(r.data!.createWorkshopMeeting).toMatchObject({
    attendance: 17,
    minutes: '<p>Wir haben <strong>SB-01</strong> geschärft.</p>',
    recommendations: [{ reference: 'SB-01' }],
  });
  const read = await api.gql(LIST, { r: f.revisionA }, { cookie: participant });
  expect(read.data!.workshopMeetings).toEqual([
    expect.objectContaining({
      title: '2. Workshop Sprache und Bildung',
      location: 'Volkshochschule Rheda',
      fieldOfActionId: field,
    }),
  ]);
  const audit = await api.ds.query(`SELECT action FROM audit_entry WHERE entity_id = $1`, [
    r.data!.createWorkshopMeeting.id,
  ]);
  expect(audit).toEqual([{ action: 'workshop-meeting.create' }]);
});

test('changes with optimistic locking; bad input is refused with the field named and nothing stored', async () => {
  const created = (
    await api.gql(CREATE, { r: f.revisionA, input: input({ title: 'Treffen' }) }, { cookie: coordinator })
  ).data!.createWorkshopMeeting;
  const UPDATE = `mutation($id:ID!,$v:Int!,$input: WorkshopMeetingInput!){ updateWorkshopMeeting(id:$id, version:$v, input:$input){ version attendance recommendations { reference } } }`;
  const ok = await api.gql(
    UPDATE,
    { id: created.id, v: created.version, input: input({ title: 'Treffen', attendance: 21, recommendationIds: [] }) },
    { cookie: coordinator },
  );
  expect(ok.data!.updateWorkshopMeeting).toEqual({ version: created.version + 1, attendance: 21, recommendations: [] });
  expect(
    code(await api.gql(UPDATE, { id: created.id, v: created.version, input: input() }, { cookie: coordinator })),
  ).toBe('VERSION_CONFLICT');
  const count = async () => Number((await api.ds.query(`SELECT count(*) FROM workshop_meeting`))[0].count);
  const before = await count();
  for (const [over, field_] of [
    [{ attendance: -1 }, 'attendance'],
    [{ title: ' ' }, 'title'],
    [{ recommendationIds: [draft] }, 'recommendationIds'],
    [{ recommendationIds: ['00000000-0000-4000-8000-000000000000'] }, 'recommendationIds'],
    [{ fieldOfActionId: '00000000-0000-4000-8000-000000000000' }, 'fieldOfActionId'],
  ] as const) {
    const r = await api.gql(CREATE, { r: f.revisionA, input: input(over) }, { cookie: coordinator });
    expect([field_, code(r)]).toEqual([field_, 'VALIDATION_FAILED']);
    expect(r.errors![0].message).toContain(field_);
  }
  expect(await count()).toBe(before);
  const DELETE = `mutation($id:ID!){ deleteWorkshopMeeting(id:$id) }`;
  expect(code(await api.gql(DELETE, { id: created.id }, { cookie: participant }))).toBe('FORBIDDEN');
  expect((await api.gql(DELETE, { id: created.id }, { cookie: coordinator })).data!.deleteWorkshopMeeting).toBe(true);
  expect(await count()).toBe(before - 1);
});
