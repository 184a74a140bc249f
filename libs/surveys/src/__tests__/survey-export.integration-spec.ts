import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { ExportStatus } from '@konzeptwerk/contracts';
import { createJobQueues, startJobWorker, type JobQueues, type RunningJobWorker } from '@konzeptwerk/jobs';
import { writeCsv } from '@konzeptwerk/platform';
import { columnSink, exportJobsOf, startExport } from '@konzeptwerk/recommendations';
import {
  asCaller,
  dataOf,
  errorCode,
  seedFixtures,
  signInAll,
  startTestApi,
  testWorkerConfig,
  TEST_PASSWORD,
  type FixtureRole,
  type Fixtures,
  type TestApi,
} from '@konzeptwerk/testing';
import { SURVEY_RESPONSES_EXPORT, SURVEY_RESPONSES_KIND, SurveyResponsesExportJob } from '../survey-export';

// A queue prefix of this file's own, set before the API reads it: the exports awaited here are the only ones.
process.env.QUEUE_PREFIX = `${process.env.QUEUE_PREFIX ?? 'kw-test'}-survey-export-${randomBytes(4).toString('hex')}`;

const silent = { warn: () => undefined };
const ROLES: FixtureRole[] = ['coordinatorA', 'coordinatorB', 'participant', 'reviewer'];
const DAY = 86_400_000;
const INJECTION = '=HYPERLINK("http://evil.example","Klick")';

let api: TestApi;
let f: Fixtures;
let queues: JobQueues;
let worker: RunningJobWorker | null = null;
let cookies: Record<FixtureRole, string>;
let fields: { id: string; title: string }[];
let survey: { id: string; q: Record<string, string> };

const as = (who: FixtureRole | 'anonymous') => asCaller(api, cookies)(who);
const coordinator = (query: string, variables: Record<string, unknown> = {}) => as('coordinatorA')(query, variables);
const de = (text: string) => [{ language: 'de', text }];
const opts = (...labels: string[]) => labels.map((l, i) => ({ key: `o${i + 1}`, label: de(l) }));

/** A published, open survey with one question of each kind that exports differently. */
async function buildSurvey() {
  const { id } = dataOf(
    await coordinator('mutation($r:ID!,$i:SurveyInput!){ createSurvey(revisionId:$r, input:$i){ id } }', {
      r: f.revisionA,
      i: {
        title: de('Befragung Integration 2026'),
        languages: ['de', 'en', 'ar'],
        opensAt: new Date(Date.now() - DAY).toISOString(),
        closesAt: new Date(Date.now() + 10 * DAY).toISOString(),
      },
    }),
  ).createSurvey as { id: string };
  const section = async (title: string) =>
    dataOf(
      await coordinator('mutation($s:ID!,$i:SurveySectionInput!){ saveSurveySection(surveyId:$s, input:$i){ id } }', {
        s: id,
        i: { title: de(title) },
      }),
    ).saveSurveySection.id as string;
  const s1 = await section('Über Sie');
  const s2 = await section('Angebote');
  const q: Record<string, string> = {};
  const add = async (name: string, sectionId: string, input: Record<string, unknown>) => {
    q[name] = dataOf(
      await coordinator('mutation($s:ID!,$i:SurveyQuestionInput!){ saveSurveyQuestion(surveyId:$s, input:$i){ id } }', {
        s: id,
        i: { sectionId, required: false, ...input },
      }),
    ).saveSurveyQuestion.id as string;
  };
  // Built in an order other than the sections': the file follows sections, then positions.
  await add('topics', s2, {
    kind: 'MULTIPLE_CHOICE',
    text: de('Welche Themen sind wichtig?'),
    options: opts('Sprache', 'Arbeit', 'Wohnen'),
    allowOther: true,
  });
  await add('role', s1, {
    kind: 'SINGLE_CHOICE',
    text: de('Wie sind Sie beteiligt?'),
    options: opts('Hauptamtlich', 'Ehrenamtlich'),
    allowOther: true,
  });
  await add('place', s1, { kind: 'MUNICIPALITY', text: de('Ihre Kommune') });
  await add('type', s1, { kind: 'ORGANISATION_TYPE', text: de('Art der Organisation') });
  await add('likert', s2, { kind: 'LIKERT', text: de('Die Angebote sind bekannt.') });
  await add('rating', s2, { kind: 'FIELD_RATING', text: de('Wie gut ist die Lage?') });
  await add('ranking', s2, {
    kind: 'RANKING',
    text: de('Was zuerst?'),
    options: opts('Kita', 'Schule', 'Beruf'),
  });
  await add('text', s2, { kind: 'FREE_TEXT', text: de('Was fehlt?') });
  await add('number', s2, { kind: 'NUMBER', text: de('Wie viele Mitarbeitende?') });
  await add('date', s2, { kind: 'DATE', text: de('Seit wann?') });
  dataOf(await coordinator('mutation($id:ID!){ publishSurvey(id:$id){ status } }', { id }));
  return { id, q };
}

const SAVE = `mutation($t:String!,$l:String!,$a:[SurveyAnswerInput!]!){ saveSurveyAnswers(token:$t, language:$l, answers:$a){ savedAt } }`;
const SUBMIT = `mutation($t:String!,$l:String!,$a:[SurveyAnswerInput!]!){ submitSurveyResponse(token:$t, language:$l, answers:$a){ submittedAt } }`;

/** Invites, answers in two steps and (unless told not to) submits; returns the response's id. */
async function respond(email: string, language: string, answers: Record<string, unknown>[], submit = true) {
  dataOf(
    await coordinator(
      'mutation($s:ID!,$i:[SurveyInviteeInput!]!){ inviteToSurvey(surveyId:$s, invitees:$i){ invited } }',
      { s: survey.id, i: [{ email, audience: 'ORGANISATION', municipalityId: f.municipalityA2 }] },
    ),
  );
  const [{ token }] = (await api.ds.query(`SELECT token FROM survey_invitation WHERE survey_id = $1 AND email = $2`, [
    survey.id,
    email,
  ])) as { token: string }[];
  dataOf(await as('anonymous')(SAVE, { t: token, l: language, a: answers.slice(0, 2) }));
  if (submit) dataOf(await as('anonymous')(SUBMIT, { t: token, l: language, a: answers.slice(2) }));
  else dataOf(await as('anonymous')(SAVE, { t: token, l: language, a: answers.slice(2) }));
  const [{ id }] = (await api.ds.query(
    `SELECT r.id FROM survey_response r JOIN survey_invitation i ON i.id = r.invitation_id WHERE i.email = $1 AND i.survey_id = $2`,
    [email, survey.id],
  )) as { id: string }[];
  return id;
}

let responses: { anna: string; ben: string; cem: string };

beforeAll(async () => {
  api = await startTestApi();
  f = await seedFixtures(api.ds, TEST_PASSWORD);
  cookies = await signInAll(api, f, ROLES);
  queues = createJobQueues(testWorkerConfig(api.db.url), { logger: silent });
  fields = [];
  for (const [title, code, position] of [
    ['Sprache und Bildung', 'SB', 1],
    ['Arbeit und Wirtschaft', 'AW', 2],
  ] as const) {
    const [{ id }] = (await api.ds.query(
      `INSERT INTO field_of_action (revision_id, title, code, position, version) VALUES ($1, $2, $3, $4, 1) RETURNING id`,
      [f.revisionA, title, code, position],
    )) as { id: string }[];
    fields.push({ id, title });
  }
  survey = await buildSurvey();
  const { q } = survey;
  responses = {
    anna: await respond('anna@example.org', 'en', [
      { questionId: q.role, choice: 'o1' },
      { questionId: q.topics, choices: ['o3', 'o1', 'other'], other: 'Gesundheit' },
      { questionId: q.place, municipalityId: f.municipalityA },
      { questionId: q.type, choice: 'wohlfahrt' },
      { questionId: q.likert, choice: '4' },
      { questionId: q.rating, ratings: [{ fieldOfActionId: fields[1].id, rating: 2 }] },
      { questionId: q.ranking, order: ['o2', 'o1', 'o3'] },
      { questionId: q.text, text: INJECTION },
      { questionId: q.number, number: 12.5 },
      { questionId: q.date, date: '2019-03-01' },
    ]),
    ben: await respond('ben@example.org', 'ar', [
      { questionId: q.role, choice: 'other', other: 'Beirat; "Sprecher"' },
      { questionId: q.text, text: 'Mehr Kitaplätze\nund Abendkurse' },
    ]),
    cem: await respond('cem@example.org', 'de', [{ questionId: q.text, text: 'Nur gespeichert.' }], false),
  };
});
afterEach(async () => {
  await worker?.close();
  worker = null;
});
afterAll(async () => {
  await queues?.get('exports').obliterate({ force: true });
  await queues?.close();
  await api?.close();
});

const EXPORT = `mutation($s:ID!,$f:ExportFormat!){ exportSurveyResponses(surveyId:$s, format:$f){ id status kind format } }`;
const POLL = `query($id:ID!){ dataExport(id:$id){ status processed total fileName byteSize error downloadUrl } }`;

async function done(id: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const e = dataOf(await coordinator(POLL, { id })).dataExport as {
      status: string;
      processed: number;
      total: number;
      fileName: string;
      byteSize: number;
      error: string | null;
      downloadUrl: string;
    };
    if (e.status === 'FAILED') throw new Error(`export failed: ${e.error}`);
    if (e.status === 'DONE') return e;
    if (Date.now() > deadline) throw new Error(`export ${id} not DONE within 60 s`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function download(url: string) {
  const res = await fetch(`${api.url}${url}`, { headers: { cookie: cookies.coordinatorA } });
  expect(res.status).toBe(200);
  return { type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
}

/** RFC 4180 with `;`: quoted fields may hold separators, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

const HEADER = () => [
  'Antwort-ID',
  'Abgeschickt am',
  'Zielgruppe',
  'Sprache',
  'Kommune',
  'Art der Teilnahme',
  'Wie sind Sie beteiligt?',
  'Ihre Kommune',
  'Art der Organisation',
  'Welche Themen sind wichtig?',
  'Die Angebote sind bekannt.',
  'Wie gut ist die Lage? – Sprache und Bildung',
  'Wie gut ist die Lage? – Arbeit und Wirtschaft',
  'Was zuerst?',
  'Was fehlt?',
  'Wie viele Mitarbeitende?',
  'Seit wann?',
];

/** The rows as text, by response id, in the order of HEADER without id and time. */
const EXPECTED = () => ({
  [responses.anna]: [
    'Akteur*innen und Organisationen',
    'English',
    'Rheda-Wiedenbrück',
    'Wohlfahrtsverband',
    'Hauptamtlich',
    'Rheda-Wiedenbrück',
    'Wohlfahrtsverband',
    'Sprache; Wohnen; Sonstiges: Gesundheit',
    'Stimme eher zu',
    '',
    '2',
    '1. Schule; 2. Kita; 3. Beruf',
    `'${INJECTION}`,
    '12,5',
    '2019-03-01',
  ],
  [responses.ben]: [
    'Akteur*innen und Organisationen',
    'العربية',
    'Gütersloh',
    'Akteur*innen und Organisationen',
    'Sonstiges: Beirat; "Sprecher"',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    'Mehr Kitaplätze\nund Abendkurse',
    '',
    '',
  ],
});

describe('exporting survey responses', () => {
  test('a coordinator exports every submitted response as CSV and XLSX through the worker, formulas neutralised', async () => {
    await queues.get('exports').drain(true);
    worker = await startJobWorker(testWorkerConfig(api.db.url), silent, [exportJobsOf(SURVEY_RESPONSES_EXPORT)]);

    const csvRequest = dataOf(await coordinator(EXPORT, { s: survey.id, f: 'CSV' })).exportSurveyResponses;
    expect(csvRequest).toMatchObject({ kind: SURVEY_RESPONSES_KIND, format: 'CSV' });
    const csv = await done(csvRequest.id);
    // Two submitted responses; Cem's is only saved.
    expect(csv).toMatchObject({ processed: 2, total: 2, error: null });
    expect(csv.fileName).toMatch(/^umfrage-befragung-integration-2026-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvFile = await download(csv.downloadUrl);
    expect(csvFile.type).toBe('text/csv; charset=utf-8');
    expect(csvFile.body.length).toBe(csv.byteSize);
    const text = csvFile.body.toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(HEADER());
    expect(rows.map((r) => r[0]).sort()).toEqual([responses.anna, responses.ben].sort());
    const expected = EXPECTED();
    for (const row of rows) {
      expect(row[1]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(row.slice(2)).toEqual(expected[row[0]]);
    }

    const xlsxRequest = dataOf(await coordinator(EXPORT, { s: survey.id, f: 'XLSX' })).exportSurveyResponses;
    const xlsx = await done(xlsxRequest.id);
    expect(xlsx).toMatchObject({ processed: 2, total: 2 });
    expect(xlsx.fileName).toMatch(/\.xlsx$/);
    const xlsxFile = await download(xlsx.downloadUrl);
    expect(xlsxFile.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsxFile.body as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('Befragung Integration 2026');
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(HEADER());
    expect(sheet.rowCount).toBe(3);
    const anna = [values(2), values(3)].find((r) => r[0] === responses.anna)!;
    expect(anna[1]).toBeInstanceOf(Date);
    // The formula is text with a leading apostrophe, never a formula cell.
    expect(anna[14]).toBe(`'${INJECTION}`);
    expect(anna[12]).toBe(2); // a rating stays a number
    expect(anna[15]).toBe(12.5);
    expect(anna[13]).toBe('1. Schule; 2. Kita; 3. Beruf');
    expect(anna[9]).toBe('Sprache; Wohnen; Sonstiges: Gesundheit');

    const listed = dataOf(
      await coordinator('query($s:ID!){ surveyResponseExports(surveyId:$s){ format status } }', { s: survey.id }),
    ).surveyResponseExports;
    expect(listed).toEqual([
      { format: 'XLSX', status: 'DONE' },
      { format: 'CSV', status: 'DONE' },
    ]);
  });

  test('only coordinators of the survey’s region, only as CSV or XLSX; a refusal records nothing', async () => {
    const count = async () => Number((await api.ds.query(`SELECT count(*) FROM data_export`))[0].count);
    const before = await count();
    for (const [who, expected] of [
      ['participant', 'FORBIDDEN'],
      ['reviewer', 'FORBIDDEN'],
      ['coordinatorB', 'NOT_FOUND'],
      ['anonymous', 'UNAUTHENTICATED'],
    ] as const) {
      expect([who, errorCode(await as(who)(EXPORT, { s: survey.id, f: 'CSV' }))]).toEqual([who, expected]);
      expect([
        who,
        errorCode(
          await as(who)('query($s:ID!){ surveyResponseExports(surveyId:$s){ id } }', {
            s: survey.id,
          }),
        ),
      ]).toEqual([who, expected]);
    }
    expect(errorCode(await coordinator(EXPORT, { s: survey.id, f: 'PDF' }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await coordinator(EXPORT, { s: f.revisionA, f: 'CSV' }))).toBe('NOT_FOUND');
    expect(await count()).toBe(before);
  });

  test('reads page by page, reports progress up to the total, and a second run leaves the finished file alone', async () => {
    const exportId = dataOf(await coordinator(EXPORT, { s: survey.id, f: 'CSV' })).exportSurveyResponses.id as string;
    await queues.get('exports').drain(true);
    const pages: (string | null)[] = [];
    const seen: [number, number, string][] = [];
    class Watched extends SurveyResponsesExportJob {
      protected override page(...args: Parameters<SurveyResponsesExportJob['page']>) {
        pages.push(args[2]);
        return super.page(...args);
      }
      protected override async reportProgress(id: string, processed: number) {
        await super.reportProgress(id, processed);
        const [row] = (await api.ds.query(`SELECT processed, total, status FROM data_export WHERE id = $1`, [id])) as {
          processed: number;
          total: number;
          status: string;
        }[];
        seen.push([row.processed, row.total, row.status]);
      }
    }
    const job = new Watched(api.ds, { pageSize: 1, progressEveryRows: 1 });
    expect(await job.handle({ exportId })).toBe('done');
    // Keyset pagination: one response per page, then an empty page.
    expect(pages).toHaveLength(3);
    expect(pages[0]).toBeNull();
    expect(pages[1]).toBe([responses.anna, responses.ben].sort()[0]);
    expect(seen).toEqual([
      [1, 2, 'RUNNING'],
      [2, 2, 'RUNNING'],
    ]);
    const content = async () =>
      (
        (await api.ds.query(`SELECT content, status, processed FROM data_export WHERE id = $1`, [exportId])) as {
          content: Buffer;
          status: string;
          processed: number;
        }[]
      )[0];
    const first = await content();
    expect([first.status, first.processed]).toEqual([ExportStatus.DONE, 2]);
    expect(parseCsv(first.content.toString('utf8').slice(1))).toHaveLength(3);
    expect(await new Watched(api.ds).handle({ exportId })).toBe('done');
    expect((await content()).content.equals(first.content)).toBe(true);
  });

  test('the file is appended to the export in chunks while it is written; a restarted export stops the old writer', async () => {
    const exportId = dataOf(await coordinator(EXPORT, { s: survey.id, f: 'CSV' })).exportSurveyResponses.id as string;
    await queues.get('exports').drain(true);
    const stored = async () =>
      Number(
        (
          (await api.ds.query(`SELECT coalesce(octet_length(content), 0) AS n FROM data_export WHERE id = $1`, [
            exportId,
          ])) as { n: number }[]
        )[0].n,
      );
    expect(await startExport(api.ds, exportId, 1000)).toBe(true);
    const sink = columnSink(api.ds, exportId, 1024);
    const sizes: number[] = [];
    const rows = async function* () {
      for (let i = 0; i < 2000; i++) {
        if (i % 500 === 0) sizes.push(await stored());
        yield { n: i, text: `Zeile ${i} `.repeat(20) };
      }
    };
    await writeCsv(
      [
        { key: 'n', header: 'n' },
        { key: 'text', header: 'Text' },
      ],
      rows(),
      sink.out,
    );
    // The content grew while rows were still being produced, never all at once at the end.
    expect(sizes[0]).toBe(0);
    expect(sizes[1]).toBeGreaterThan(0);
    expect(sizes[3]).toBeGreaterThan(sizes[2]);
    expect(await stored()).toBe(sink.bytes());
    const [{ content }] = (await api.ds.query(`SELECT content FROM data_export WHERE id = $1`, [exportId])) as {
      content: Buffer;
    }[];
    const lines = parseCsv(content.toString('utf8').slice(1));
    expect(lines).toHaveLength(2001);
    expect(lines[2000]).toEqual(['1999', 'Zeile 1999 '.repeat(20)]);

    // Another attempt claims the export (content reset) while the first still writes: the first one's next
    // append fails instead of mixing its bytes into the other's file.
    const write = (sink: ReturnType<typeof columnSink>, bytes: Buffer) =>
      new Promise<void>((resolve, reject) => sink.out.write(bytes, (e) => (e ? reject(e) : resolve())));
    expect(await startExport(api.ds, exportId, 1000)).toBe(true);
    const old = columnSink(api.ds, exportId, 16);
    await write(old, Buffer.alloc(20, 'a'));
    expect(await stored()).toBe(20);
    expect(await startExport(api.ds, exportId, 1000)).toBe(true);
    expect(await stored()).toBe(0);
    const next = columnSink(api.ds, exportId, 16);
    await write(next, Buffer.alloc(24, 'b'));
    await expect(write(old, Buffer.alloc(20, 'a'))).rejects.toThrow(/neu gestartet/);
    const [{ content: now }] = (await api.ds.query(`SELECT content FROM data_export WHERE id = $1`, [exportId])) as {
      content: Buffer;
    }[];
    expect(now.equals(Buffer.alloc(24, 'b'))).toBe(true);
  });
});
