import { seedFixtures, startTestApi, TEST_PASSWORD, type Fixtures, type TestApi } from '@konzeptwerk/testing';

/** The region overview a coordinator opens: every revision with its phases and catalogue. */
export const DASHBOARD = `query Dashboard($id: ID!) { region(id: $id) { id name municipalities { id name }
  organisations { id name municipalities { id } }
  revisions { id title description phases { id kind state plannedStart plannedEnd }
    fieldsOfAction { id title code goals { id } } guidingGoals { id } guidelines { id } targetGroups { id name } } } }`;

let api: TestApi;
let f: Fixtures;
let cookie: string;
beforeAll(async () => {
  api = await startTestApi();
  f = await seedFixtures(api.ds, TEST_PASSWORD);
  cookie = await api.signIn(f.accounts.coordinatorA.email);
});
afterAll(() => api?.close());

async function addRevisions(n: number) {
  for (let i = 0; i < n; i++) {
    await api.gql(
      'mutation($r:ID!,$p:ID!){ createRevision(input:{regionId:$r, title:"Fortschreibung", predecessorId:$p}){ id } }',
      { r: f.regionA, p: f.revisionA },
      { cookie },
    );
  }
}

async function statementsFor(query: string, variables: Record<string, unknown>) {
  api.sql.reset();
  const r = await api.gql(query, variables, { cookie });
  expect(r.errors).toBeUndefined();
  return { count: api.sql.count, data: r.data! };
}

test('the dashboard costs the same number of SQL statements for 1 and for 50 revisions', async () => {
  await api.gql(
    'mutation($r:ID!){ saveFieldOfAction(input:{revisionId:$r, title:"Arbeit und Wirtschaft", code:"AW"}){ id } }',
    { r: f.revisionA },
    { cookie },
  );
  const one = await statementsFor(DASHBOARD, { id: f.regionA });
  expect(one.data.region.revisions).toHaveLength(1);
  await addRevisions(49);
  const fifty = await statementsFor(DASHBOARD, { id: f.regionA });
  expect(fifty.data.region.revisions).toHaveLength(50);
  expect(
    fifty.data.region.revisions.every(
      (r: { phases: unknown[]; fieldsOfAction: unknown[] }) => r.phases.length === 5 && r.fieldsOfAction.length === 1,
    ),
  ).toBe(true);
  expect(fifty.count).toBe(one.count);
  // session + grants + region + one query per list field; a regression to N+1 would add ~50 per field.
  expect(one.count).toBeLessThanOrEqual(14);
});
