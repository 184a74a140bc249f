import { seedFixtures, startTestApi, TEST_PASSWORD, type TestApi } from '@konzeptwerk/testing';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await seedFixtures(api.ds, TEST_PASSWORD);
});
afterAll(() => api?.close());

test('coordinator signs in and reads the revision', async () => {
  const cookie = await api.signIn('coordinatora@example.org');
  const r = await api.gql(
    '{ me { account { email } coordinatorRegionIds } regions { name revisions { title phases { kind state } } } }',
    {},
    { cookie },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data!.regions).toHaveLength(1);
  expect(r.data!.regions[0].revisions[0].phases).toHaveLength(5);
});
