import { seedFixtures, startTestApi, TEST_PASSWORD, type Fixtures, type TestApi } from '@konzeptwerk/testing';

let api: TestApi;
let f: Fixtures;
let admin: string;
let coordinator: string;
beforeAll(async () => {
  api = await startTestApi();
  f = await seedFixtures(api.ds, TEST_PASSWORD);
  admin = await api.signIn(f.accounts.admin.email);
  coordinator = await api.signIn(f.accounts.coordinatorA.email);
});
afterAll(() => api?.close());

test('an admin creates a region with its municipalities; names are unique', async () => {
  const CREATE =
    'mutation($i:CreateRegionInput!){ createRegion(input:$i){ id name kind municipalities { name kind } } }';
  const input = {
    name: 'Stadt Herne',
    kind: 'KREISFREIE_STADT',
    municipalities: ['Herne-Mitte', 'Wanne', 'Eickel', 'Sodingen'].map((name) => ({ name, kind: 'STADTBEZIRK' })),
  };
  const r = await api.gql(CREATE, { i: input }, { cookie: admin });
  expect(r.errors).toBeUndefined();
  expect(r.data!.createRegion.municipalities.map((m: { name: string }) => m.name)).toEqual([
    'Eickel',
    'Herne-Mitte',
    'Sodingen',
    'Wanne',
  ]);
  const again = await api.gql(CREATE, { i: input }, { cookie: admin });
  expect(again.errors![0].extensions!.code).toBe('DUPLICATE');
  expect(await api.ds.query(`SELECT count(*)::int AS n FROM region WHERE name = 'Stadt Herne'`)).toEqual([{ n: 1 }]);

  const dupMunicipality = await api.gql(
    CREATE,
    {
      i: {
        name: 'Kreis Doppelt',
        kind: 'KREIS',
        municipalities: [
          { name: 'A', kind: 'STADT' },
          { name: 'A', kind: 'STADT' },
        ],
      },
    },
    { cookie: admin },
  );
  expect(dupMunicipality.errors![0].extensions!.code).toBe('DUPLICATE');
  expect(await api.ds.query(`SELECT count(*)::int AS n FROM region WHERE name = 'Kreis Doppelt'`)).toEqual([{ n: 0 }]);
});

test('a municipality that a reviewer is bound to cannot be removed', async () => {
  const r = await api.gql(
    'mutation($id:ID!){ removeMunicipality(id:$id) }',
    { id: f.municipalityA },
    { cookie: admin },
  );
  expect(r.errors![0].extensions!.code).toBe('IN_USE');
  expect(r.errors![0].message).toContain('Rheda-Wiedenbrück');
});

test('a coordinator keeps the organisations of the region, with optimistic locking', async () => {
  const SAVE =
    'mutation($i:SaveOrganisationInput!){ saveOrganisation(input:$i){ id name type contactEmail version municipalities { name } } }';
  const created = await api.gql(
    SAVE,
    {
      i: {
        regionId: f.regionA,
        name: 'Caritasverband Gütersloh',
        type: 'WELFARE_ASSOCIATION',
        contactEmail: 'Integration@Caritas.example',
        municipalityIds: [f.municipalityA, f.municipalityA2],
      },
    },
    { cookie: coordinator },
  );
  expect(created.errors).toBeUndefined();
  const org = created.data!.saveOrganisation;
  expect(org.contactEmail).toBe('integration@caritas.example');
  expect(org.municipalities.map((m: { name: string }) => m.name).sort()).toEqual(['Gütersloh', 'Rheda-Wiedenbrück']);

  const badEmail = await api.gql(
    SAVE,
    { i: { regionId: f.regionA, name: 'X', type: 'OTHER', contactEmail: 'no-address', municipalityIds: [] } },
    { cookie: coordinator },
  );
  expect(badEmail.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
  const foreignMunicipality = await api.gql(
    SAVE,
    { i: { regionId: f.regionA, name: 'Y', type: 'OTHER', municipalityIds: [f.municipalityB] } },
    { cookie: coordinator },
  );
  expect(foreignMunicipality.errors![0].extensions!.code).toBe('VALIDATION_FAILED');

  const edit = (name: string) =>
    api.gql(
      SAVE,
      {
        i: {
          id: org.id,
          version: org.version,
          regionId: f.regionA,
          name,
          type: 'WELFARE_ASSOCIATION',
          municipalityIds: [f.municipalityA],
        },
      },
      { cookie: coordinator },
    );
  const [a, b] = await Promise.all([edit('Caritas A'), edit('Caritas B')]);
  const codes = [a, b].map((r) => (r.errors ? r.errors[0].extensions!.code : 'ok')).sort();
  expect(codes).toEqual(['VERSION_CONFLICT', 'ok']);

  const region = await api.gql(
    'query($id:ID!){ region(id:$id){ organisations { name municipalities { name } } } }',
    { id: f.regionA },
    { cookie: coordinator },
  );
  const stored = region.data!.region.organisations.find((o: { name: string }) => o.name.startsWith('Caritas'));
  expect(['Caritas A', 'Caritas B']).toContain(stored.name);
  expect(stored.municipalities).toEqual([{ name: 'Rheda-Wiedenbrück' }]);
});
