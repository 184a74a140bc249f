import {
  asCaller,
  dataOf,
  errorCode,
  seedFixtures,
  signInAll,
  startTestApi,
  TEST_PASSWORD,
  type FixtureRole,
  type Fixtures,
  type TestApi,
} from '@konzeptwerk/testing';
import { OfferConfirmationJob } from '../offer-confirmation.job';

let api: TestApi;
let f: Fixtures;
const cookies = {} as Record<FixtureRole, string>;
const ROLES: FixtureRole[] = [
  'admin',
  'coordinatorA',
  'coordinatorB',
  'participant',
  'implementer',
  'observer',
  'outsider',
];
let fields: Record<'sb' | 'aw', string>;
let parents: string;
let caritas: string;

beforeAll(async () => {
  api = await startTestApi();
  f = await seedFixtures(api.ds, TEST_PASSWORD);
  Object.assign(cookies, await signInAll(api, f, ROLES));
  const one = async (sql: string, params: unknown[]) => ((await api.ds.query(sql, params)) as { id: string }[])[0].id;
  fields = {
    sb: await one(
      `INSERT INTO field_of_action (revision_id, title, code, position, version) VALUES ($1, 'Sprache und Bildung', 'SB', 1, 1) RETURNING id`,
      [f.revisionA],
    ),
    aw: await one(
      `INSERT INTO field_of_action (revision_id, title, code, position, version) VALUES ($1, 'Arbeit und Wirtschaft', 'AW', 2, 1) RETURNING id`,
      [f.revisionA],
    ),
  };
  parents = await one(
    `INSERT INTO target_group (revision_id, name, position, version) VALUES ($1, 'Eltern', 1, 1) RETURNING id`,
    [f.revisionA],
  );
  caritas = await one(
    `INSERT INTO organisation (region_id, name, type, contact_email, version) VALUES ($1, 'Caritasverband Gütersloh', 'WELFARE_ASSOCIATION', 'info@caritas.example', 1) RETURNING id`,
    [f.regionA],
  );
});
afterAll(() => api?.close());

type Who = FixtureRole | 'anonymous';
const as = (who: Who) => asCaller(api, cookies)(who);
const code = errorCode;
const ok = dataOf;

const SAVE = `mutation($r:ID!,$i:OfferInput!,$id:ID,$v:Int){ saveOffer(revisionId:$r, input:$i, id:$id, version:$v){ id version confirmedAt } }`;
const WEGWEISER = `query($r:ID!,$f:WegweiserFilterInput){ wegweiser(revisionId:$r, filter:$f){ title provider municipalities languages fieldsOfAction targetGroups } }`;
const offer = (overrides: Record<string, unknown> = {}) => ({
  organisationId: caritas,
  kind: 'COUNSELLING',
  title: 'Migrationsberatung für Erwachsene',
  description: 'Beratung zu Aufenthalt, Arbeit und Familie.',
  municipalityIds: [f.municipalityA2],
  fieldOfActionIds: [fields.aw],
  targetGroupIds: [],
  languages: ['de', 'ar'],
  accessibility: 'Stufenloser Zugang',
  contactEmail: 'mbe@caritas.example',
  address: 'Kirchstraße 1, 33330 Gütersloh',
  website: 'https://www.caritas-guetersloh.example/mbe',
  ...overrides,
});

describe('offers and the Wegweiser', () => {
  let counselling: { id: string; version: number };

  test('coordinators and the provider’s own members keep offers; the input is checked against the region and revision', async () => {
    counselling = ok(await as('coordinatorA')(SAVE, { r: f.revisionA, i: offer() })).saveOffer;
    // The implementer is a member of the Jobcenter: it keeps the Jobcenter's offers, not Caritas's.
    const jobcenter = ok(
      await as('implementer')(SAVE, {
        r: f.revisionA,
        i: offer({
          organisationId: f.organisationA,
          kind: 'COURSE',
          title: 'Berufssprachkurs B2',
          description: 'Deutsch für den Beruf.',
          municipalityIds: [],
          languages: ['de', 'uk', 'ru'],
          targetGroupIds: [parents],
          fieldOfActionIds: [fields.sb, fields.aw],
          website: null,
        }),
      }),
    ).saveOffer;
    expect(jobcenter.id).toBeTruthy();
    expect(code(await as('implementer')(SAVE, { r: f.revisionA, i: offer({ title: 'Fremd' }) }))).toBe('FORBIDDEN');
    expect(code(await as('participant')(SAVE, { r: f.revisionA, i: offer() }))).toBe('FORBIDDEN');
    expect(code(await as('coordinatorB')(SAVE, { r: f.revisionA, i: offer() }))).toBe('NOT_FOUND');
    for (const [bad, message] of [
      [{ languages: ['xx'] }, /languages/],
      [{ municipalityIds: [f.municipalityB] }, /municipalityIds/],
      [{ organisationId: f.organisationB }, /organisationId/],
      [{ website: 'javascript:alert(1)' }, /website/],
      [{ fieldOfActionIds: [] }, /fieldOfActionIds/],
      [{ contactEmail: 'kein-at' }, /contactEmail/],
    ] as const) {
      const r = await as('coordinatorA')(SAVE, { r: f.revisionA, i: offer(bad) });
      expect([code(r), r.errors?.[0]?.message]).toEqual(['VALIDATION_FAILED', expect.stringMatching(message)]);
    }
    const stale = await as('coordinatorA')(SAVE, {
      r: f.revisionA,
      i: offer({ title: 'Neu' }),
      id: counselling.id,
      v: counselling.version + 1,
    });
    expect(code(stale)).toBe('VERSION_CONFLICT');
  });

  test('the public Wegweiser finds an Arabic-language counselling offer in Gütersloh, by filters and by words', async () => {
    const all = ok(await as('anonymous')(WEGWEISER, { r: f.revisionA })).wegweiser as {
      title: string;
      municipalities: string[];
    }[];
    expect(all.map((o) => o.title)).toEqual(['Berufssprachkurs B2', 'Migrationsberatung für Erwachsene']);
    expect(all[0].municipalities).toEqual(['alle Kommunen']);
    const arabic = ok(
      await as('anonymous')(WEGWEISER, { r: f.revisionA, f: { municipalityId: f.municipalityA2, language: 'ar' } }),
    ).wegweiser;
    expect(arabic).toEqual([
      {
        title: 'Migrationsberatung für Erwachsene',
        provider: 'Caritasverband Gütersloh',
        municipalities: ['Gütersloh'],
        languages: ['de', 'ar'],
        fieldsOfAction: ['Arbeit und Wirtschaft'],
        targetGroups: [],
      },
    ]);
    const byWords = ok(
      await as('anonymous')(WEGWEISER, { r: f.revisionA, f: { search: 'Beratung Familie' } }),
    ).wegweiser;
    expect(byWords.map((o: { title: string }) => o.title)).toEqual(['Migrationsberatung für Erwachsene']);
    const byProvider = ok(await as('anonymous')(WEGWEISER, { r: f.revisionA, f: { search: 'Jobcenter' } })).wegweiser;
    expect(byProvider.map((o: { title: string }) => o.title)).toEqual(['Berufssprachkurs B2']);
    const forParents = ok(
      await as('anonymous')(WEGWEISER, { r: f.revisionA, f: { targetGroupId: parents } }),
    ).wegweiser;
    expect(forParents.map((o: { title: string }) => o.title)).toEqual(['Berufssprachkurs B2']);
    expect(code(await as('anonymous')(WEGWEISER, { r: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');

    const csv = await (await fetch(`${api.url}/api/oeffentlich/wegweiser/${f.revisionA}/angebote.csv`)).text();
    expect(csv.split('\r\n')[0]).toContain('Angebot;Art;Träger;Kommunen');
    expect(csv).toContain('Deutsch; Arabisch');
    const json = (await (await fetch(`${api.url}/api/oeffentlich/wegweiser/${f.revisionA}/angebote.json`)).json()) as {
      offers: unknown[];
    };
    expect(json.offers).toHaveLength(2);
  });

  test('the gap view counts offers per field and municipality, empty cells included, and per target group', async () => {
    const GAPS = `query($r:ID!,$t:ID){ offerGaps(revisionId:$r, targetGroupId:$t){ fieldOfActionId municipalityId offers } }`;
    const cells = ok(await as('participant')(GAPS, { r: f.revisionA })).offerGaps as {
      fieldOfActionId: string;
      municipalityId: string;
      offers: number;
    }[];
    const at = (field: string, municipality: string) =>
      cells.find((c) => c.fieldOfActionId === field && c.municipalityId === municipality)!.offers;
    expect(cells).toHaveLength(4); // 2 fields × 2 municipalities of region A
    expect(at(fields.aw, f.municipalityA2)).toBe(2); // the counselling there and the course everywhere
    expect(at(fields.aw, f.municipalityA)).toBe(1);
    expect(at(fields.sb, f.municipalityA)).toBe(1);
    const forParents = ok(await as('participant')(GAPS, { r: f.revisionA, t: parents })).offerGaps as typeof cells;
    expect(
      forParents.find((c) => c.fieldOfActionId === fields.aw && c.municipalityId === f.municipalityA2)!.offers,
    ).toBe(1);
    expect(code(await as('coordinatorB')(GAPS, { r: f.revisionA }))).toBe('NOT_FOUND');
  });

  test('providers are asked once a year to confirm: exactly once per offer and year, again the next year', async () => {
    await api.ds.query(`UPDATE offer SET confirmed_at = now() - interval '400 days' WHERE id = $1`, [counselling.id]);
    const job = (at: string) => new OfferConfirmationJob(api.ds, () => new Date(at));
    const thisYear = new Date().getUTCFullYear();
    expect(await job(`${thisYear}-12-30T10:00:00Z`).handle()).toBe(1);
    expect(await job(`${thisYear}-12-30T16:00:00Z`).handle()).toBe(0);
    const mails = async () =>
      (await api.ds.query(
        `SELECT recipient, subject FROM outbox_message WHERE kind = 'offer-confirmation' ORDER BY created_at`,
      )) as {
        recipient: string;
        subject: string;
      }[];
    expect(await mails()).toEqual([
      {
        recipient: 'mbe@caritas.example',
        subject: 'Bitte bestätigen: „Migrationsberatung für Erwachsene“ im Wegweiser Integration',
      },
    ]);
    // Still not confirmed in the new year: asked once more.
    expect(await job(`${thisYear + 1}-01-02T10:00:00Z`).handle()).toBe(1);
    expect(await mails()).toHaveLength(2);
    // Once confirmed, nobody asks for another year.
    ok(await as('coordinatorA')(`mutation($id:ID!){ confirmOffer(id:$id){ confirmedAt } }`, { id: counselling.id }));
    expect(await job(`${thisYear + 1}-06-01T10:00:00Z`).handle()).toBe(0);
  });
});

describe('needs and networks', () => {
  test('a need is recorded per field and municipality and linked to a recommendation as evidence', async () => {
    const need = ok(
      await as('coordinatorA')(`mutation($r:ID!,$i:NeedInput!){ saveNeed(revisionId:$r, input:$i){ id title } }`, {
        r: f.revisionA,
        i: {
          fieldOfActionId: fields.sb,
          municipalityId: f.municipalityA,
          title: 'Kinderbetreuung während der Sprachkurse',
          source: 'Befragung 2026',
        },
      }),
    ).saveNeed;
    expect(
      code(
        await as('participant')(`mutation($r:ID!,$i:NeedInput!){ saveNeed(revisionId:$r, input:$i){ id } }`, {
          r: f.revisionA,
          i: { fieldOfActionId: fields.sb, title: 'x' },
        }),
      ),
    ).toBe('FORBIDDEN');
    const [{ id: rec }] = (await api.ds.query(
      `INSERT INTO recommendation (revision_id, field_of_action_id, number, reference, title, status, created_by_id, version)
       VALUES ($1, $2, 1, 'SB-01', 'Sprachkurse mit Kinderbetreuung', 'DRAFT', $3, 1) RETURNING id`,
      [f.revisionA, fields.sb, f.accounts.coordinatorA.id],
    )) as { id: string }[];
    const link = ok(
      await as('coordinatorA')(
        `mutation($n:ID!,$r:ID!){ linkNeedToRecommendation(needId:$n, recommendationId:$r){ kind targetId label } }`,
        {
          n: need.id,
          r: rec,
        },
      ),
    ).linkNeedToRecommendation;
    expect(link).toEqual({ kind: 'NEED', targetId: need.id, label: 'Kinderbetreuung während der Sprachkurse' });
    // Removed by the coordination; the recommendation's evidence keeps its label.
    expect(code(await as('participant')(`mutation($id:ID!){ deleteNeed(id:$id) }`, { id: need.id }))).toBe('FORBIDDEN');
    expect(ok(await as('coordinatorA')(`mutation($id:ID!){ deleteNeed(id:$id) }`, { id: need.id })).deleteNeed).toBe(
      true,
    );
    const [{ label }] = (await api.ds.query(`SELECT label FROM evidence_link WHERE target_id = $1`, [need.id])) as {
      label: string;
    }[];
    expect(label).toBe('Kinderbetreuung während der Sprachkurse');
  });

  test('a network with its members; members must be organisations of the region', async () => {
    const SAVE_NETWORK = `mutation($r:ID!,$i:NetworkInput!){ saveNetwork(revisionId:$r, input:$i){ id name memberOrganisationIds } }`;
    const network = ok(
      await as('coordinatorA')(SAVE_NETWORK, {
        r: f.revisionA,
        i: { name: 'Netzwerk Sprache', memberOrganisationIds: [caritas, f.organisationA] },
      }),
    ).saveNetwork;
    expect(network.memberOrganisationIds.sort()).toEqual([caritas, f.organisationA].sort());
    expect(
      code(
        await as('coordinatorA')(SAVE_NETWORK, {
          r: f.revisionA,
          i: { name: 'Fremd', memberOrganisationIds: [f.organisationB] },
        }),
      ),
    ).toBe('VALIDATION_FAILED');
    expect(
      code(
        await as('coordinatorA')(SAVE_NETWORK, {
          r: f.revisionA,
          i: { name: 'Netzwerk Sprache', memberOrganisationIds: [] },
        }),
      ),
    ).toBe('DUPLICATE');
    expect(
      ok(await as('coordinatorA')(`mutation($id:ID!){ deleteNetwork(id:$id) }`, { id: network.id })).deleteNetwork,
    ).toBe(true);
    expect(
      ok(await as('participant')(`query($r:ID!){ networks(revisionId:$r){ id } }`, { r: f.revisionA })).networks,
    ).toEqual([]);
  });
});
