import { seedFixtures, startTestApi, TEST_PASSWORD, type Fixtures, type TestApi } from '@konzeptwerk/testing';
import { seedWorkbench, type Workbench } from './workbench-fixtures';

/** The list a participant opens: every recommendation with counts, authors, organisations and what they may do. */
export const LIST = `query List($r: ID!, $limit: Int) { recommendations(revisionId: $r, limit: $limit) { total items {
  id reference title status fieldOfAction { code title } targetGroups { name } municipalities { name }
  organisations { name } authors { displayName } supportCount commentCount supportedByMe viewerCanEdit availableActions
  mergedInto { reference } } } }`;

let api: TestApi;
let f: Fixtures;
let w: Workbench;
let cookie: string;
beforeAll(async () => {
  api = await startTestApi();
  f = await seedFixtures(api.ds, TEST_PASSWORD);
  w = await seedWorkbench(api, f, TEST_PASSWORD);
  cookie = await api.signIn(w.secondParticipant.email);
});
afterAll(() => api?.close());

/** Adds `n` submitted recommendations, each with an author, two supports, three comments, a target group and an organisation. */
async function addRecommendations(n: number) {
  const [{ offset }] = (await api.ds.query(`SELECT count(*)::int AS offset FROM recommendation`)) as {
    offset: number;
  }[];
  await api.ds.query(
    `INSERT INTO recommendation (revision_id, field_of_action_id, number, reference, title, status, created_by_id, version, all_municipalities)
     SELECT $1, $2, $5 + i, 'SB-' || lpad(($5 + i)::text, 4, '0'), 'Empfehlung ' || ($5 + i), 'SUBMITTED', $3, 1, i % 2 = 0
       FROM generate_series(1, $4) AS i`,
    [f.revisionA, w.fieldSB, f.accounts.participant.id, n, offset],
  );
  const ids = `SELECT id FROM recommendation WHERE number > $1`;
  await api.ds.query(
    `INSERT INTO recommendation_author (recommendation_id, account_id, is_creator) SELECT id, $2, true FROM (${ids}) r`,
    [offset, f.accounts.participant.id],
  );
  await api.ds.query(
    `INSERT INTO recommendation_support (recommendation_id, account_id) SELECT id, a FROM (${ids}) r, unnest($2::uuid[]) a`,
    [offset, [w.secondParticipant.id, f.accounts.participant.id]],
  );
  await api.ds.query(
    `INSERT INTO recommendation_comment (recommendation_id, author_id, body) SELECT id, $2, 'Kommentar ' || g FROM (${ids}) r, generate_series(1, 3) g`,
    [offset, f.accounts.implementer.id],
  );
  await api.ds.query(
    `INSERT INTO recommendation_target_group (recommendation_id, target_group_id) SELECT id, $2 FROM (${ids}) r`,
    [offset, w.groupRefugees],
  );
  await api.ds.query(
    `INSERT INTO recommendation_organisation (recommendation_id, organisation_id) SELECT id, $2 FROM (${ids}) r`,
    [offset, f.organisationA],
  );
  await api.ds.query(
    `INSERT INTO recommendation_municipality (recommendation_id, municipality_id) SELECT id, $2 FROM recommendation WHERE number > $1 AND NOT all_municipalities`,
    [offset, f.municipalityA],
  );
}

async function statementsFor(limit: number) {
  api.sql.reset();
  const r = await api.gql(LIST, { r: f.revisionA, limit }, { cookie });
  expect(r.errors).toBeUndefined();
  return { count: api.sql.count, statements: api.sql.statements, data: r.data!.recommendations };
}

test('listing 1,000 recommendations with counts, authors and organisations costs as many SQL statements as 10', async () => {
  await addRecommendations(10);
  const ten = await statementsFor(1000);
  expect(ten.data.items).toHaveLength(10);
  await addRecommendations(990);
  const thousand = await statementsFor(1000);
  expect(thousand.data.total).toBe(1000);
  expect(thousand.data.items).toHaveLength(1000);
  const last = thousand.data.items[999];
  expect(last).toMatchObject({
    supportCount: 2,
    commentCount: 3,
    supportedByMe: true,
    authors: [{ displayName: 'participant' }],
    organisations: [{ name: 'Jobcenter Kreis Gütersloh' }],
    targetGroups: [{ name: 'Geflüchtete' }],
    fieldOfAction: { code: 'SB' },
    viewerCanEdit: false,
    availableActions: [],
  });
  expect(thousand.data.items.filter((i: { municipalities: unknown[] }) => i.municipalities.length === 1)).toHaveLength(
    500,
  );
  expect(thousand.count).toBe(ten.count);
  // session, grants, revision, list + count, then one batched query per list field.
  expect(ten.count).toBeLessThanOrEqual(16);
});
