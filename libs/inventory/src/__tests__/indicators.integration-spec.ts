import ExcelJS from 'exceljs';
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

let api: TestApi;
let f: Fixtures;
const cookies = {} as Record<FixtureRole, string>;
const ROLES: FixtureRole[] = [
  'admin',
  'coordinatorA',
  'coordinatorB',
  'participant',
  'reviewer',
  'observer',
  'outsider',
];

beforeAll(async () => {
  api = await startTestApi();
  f = await seedFixtures(api.ds, TEST_PASSWORD);
  Object.assign(cookies, await signInAll(api, f, ROLES));
});
afterAll(() => api?.close());

type Who = FixtureRole | 'anonymous';
const as = (who: Who) => asCaller(api, cookies)(who);
const code = errorCode;
const ok = dataOf;

const CREATE = `mutation($r:ID!,$i:IndicatorInput!){ createIndicator(revisionId:$r, input:$i){ id version } }`;
const VALUES = `query($r:ID!){ indicators(revisionId:$r){ id name values { id municipalityName year value version } } }`;

const upload = (
  indicatorId: string,
  who: FixtureRole | 'anonymous',
  file: Buffer | string,
  checkOnly = false,
  header = true,
) => {
  const form = new FormData();
  form.set('file', new Blob([file]), 'werte.csv');
  return fetch(`${api.url}/api/indikatoren/${indicatorId}/import${checkOnly ? '?nurPruefen=1' : ''}`, {
    method: 'POST',
    headers: {
      ...(who === 'anonymous' ? {} : { cookie: cookies[who] }),
      ...(header ? { 'x-konzeptwerk-upload': '1' } : {}),
    },
    body: form,
  });
};
const values = async (indicatorId: string) =>
  (
    ok(await as('participant')(VALUES, { r: f.revisionA })).indicators.find((i: { id: string }) => i.id === indicatorId)
      .values as { id: string; municipalityName: string; year: number; value: number; version: number }[]
  ).map((v) => [v.municipalityName, v.year, v.value]);

describe('indicators', () => {
  let indicator: string;

  test('a coordinator defines one; names are unique per revision; other roles are refused', async () => {
    const input = {
      name: 'Schülerinnen und Schüler mit Zuwanderungsgeschichte',
      unit: 'Personen',
      source: 'IT.NRW, Schulstatistik',
    };
    for (const [who, expected] of [
      ['participant', 'FORBIDDEN'],
      ['coordinatorB', 'NOT_FOUND'],
      ['anonymous', 'UNAUTHENTICATED'],
    ] as const)
      expect([who, code(await as(who)(CREATE, { r: f.revisionA, i: input }))]).toEqual([who, expected]);
    indicator = ok(await as('coordinatorA')(CREATE, { r: f.revisionA, i: input })).createIndicator.id;
    expect(code(await as('coordinatorA')(CREATE, { r: f.revisionA, i: input }))).toBe('DUPLICATE');
  });

  test('a good CSV is stored whole; a second import replaces values of the same municipality and year', async () => {
    const check = await upload(
      indicator,
      'coordinatorA',
      '\uFEFFKommune;Jahr;Wert\r\nGütersloh;2023;"1.234"\r\nRheda-Wiedenbrück;2023;812\r\n',
      true,
    );
    expect(await check.json()).toEqual({ added: 2, replaced: 0, stored: false });
    expect(await values(indicator)).toEqual([]);
    const first = await upload(
      indicator,
      'coordinatorA',
      '\uFEFFKommune;Jahr;Wert\r\nGütersloh;2023;"1.234"\r\nRheda-Wiedenbrück;2023;812\r\n',
    );
    expect([first.status, await first.json()]).toEqual([200, { added: 2, replaced: 0, stored: true }]);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Werte');
    sheet.addRows([
      ['Kommune', 'Jahr', 'Wert'],
      ['Gütersloh', 2023, 1250],
      ['Gütersloh', 2024, 1302],
    ]);
    const second = await upload(indicator, 'coordinatorA', Buffer.from(await book.xlsx.writeBuffer()));
    expect(await second.json()).toEqual({ added: 1, replaced: 1, stored: true });
    expect((await values(indicator)).sort()).toEqual(
      [
        ['Gütersloh', 2023, 1250],
        ['Gütersloh', 2024, 1302],
        ['Rheda-Wiedenbrück', 2023, 812],
      ].sort(),
    );
  });

  test('a broken file stores nothing and names every problem by row and column, in German and English', async () => {
    const before = await values(indicator);
    const res = await upload(
      indicator,
      'coordinatorA',
      'Kommune;Jahr;Wert\nGütersloh;2025;100\nBünde;2025;4\nGütersloh;zwanzig;5\nRheda-Wiedenbrück;2025;viel\nGütersloh;2025;101\n',
    );
    expect(res.status).toBe(422);
    const body = (await res.json()) as {
      code: string;
      messages: { de: string; en: string };
      problems: { row: number; column: string | null; code: string; de: string; en: string }[];
    };
    expect(body.code).toBe('IMPORT_INVALID');
    expect(body.messages.de).toContain('4 Problem(e). Nichts wurde gespeichert.');
    expect(body.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'Kommune', 'UNKNOWN_MUNICIPALITY'], // Bünde is a municipality of another region
      [4, 'Jahr', 'YEAR_INVALID'],
      [5, 'Wert', 'NUMBER_INVALID'],
      [6, null, 'DUPLICATE_ROW'],
    ]);
    expect(body.problems[0].en).toBe('“Bünde” is not a municipality of the region.');
    expect(await values(indicator)).toEqual(before);

    const refused = await Promise.all([
      upload(indicator, 'coordinatorA', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])),
      upload(indicator, 'participant', 'Kommune;Jahr;Wert\nGütersloh;2026;1\n'),
      upload(indicator, 'coordinatorB', 'Kommune;Jahr;Wert\nGütersloh;2026;1\n'),
      upload(indicator, 'anonymous', 'Kommune;Jahr;Wert\nGütersloh;2026;1\n'),
      upload(indicator, 'coordinatorA', 'Kommune;Jahr;Wert\nGütersloh;2026;1\n', false, false),
    ]);
    expect(
      await Promise.all(refused.map(async (r) => [r.status, ((await r.json()) as { code: string }).code])),
    ).toEqual([
      [400, 'VALIDATION_FAILED'],
      [403, 'FORBIDDEN'],
      [404, 'NOT_FOUND'],
      [401, 'UNAUTHENTICATED'],
      [403, 'CSRF_REJECTED'],
    ]);
    expect(await values(indicator)).toEqual(before);
  });

  test('a value is corrected by hand: optimistic locking, audited with before and after', async () => {
    const list = ok(await as('coordinatorA')(VALUES, { r: f.revisionA })).indicators.find(
      (i: { id: string }) => i.id === indicator,
    ).values as { id: string; year: number; municipalityName: string; version: number }[];
    const target = list.find((v) => v.municipalityName === 'Rheda-Wiedenbrück')!;
    const CORRECT = `mutation($id:ID!,$v:Int!,$x:Float!){ correctIndicatorValue(id:$id, version:$v, value:$x){ value version } }`;
    expect(code(await as('participant')(CORRECT, { id: target.id, v: target.version, x: 815 }))).toBe('FORBIDDEN');
    const corrected = ok(
      await as('coordinatorA')(CORRECT, { id: target.id, v: target.version, x: 815 }),
    ).correctIndicatorValue;
    expect(corrected.value).toBe(815);
    expect(code(await as('coordinatorA')(CORRECT, { id: target.id, v: target.version, x: 900 }))).toBe(
      'VERSION_CONFLICT',
    );
    const [entry] = (await api.ds.query(
      `SELECT before, after FROM audit_entry WHERE action = 'indicator.value.corrected' AND entity_id = $1`,
      [target.id],
    )) as { before: { value: number }; after: { value: number } }[];
    expect([entry.before.value, entry.after.value]).toEqual([812, 815]);
  });
});
