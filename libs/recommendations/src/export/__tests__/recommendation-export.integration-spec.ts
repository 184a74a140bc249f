import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import ExcelJS from 'exceljs';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { QueryRunner } from 'typeorm';
import { ExportFormat, ExportStatus, RecommendationStatus } from '@konzeptwerk/contracts';
import { AuthService, IdentityModule } from '@konzeptwerk/identity';
import {
  createJobQueues,
  startJobWorker,
  type JobHandler,
  type JobQueues,
  type RunningJobWorker,
  type WorkerConfig,
} from '@konzeptwerk/jobs';
import { Actor, AuditEntry, DataExport, DomainError, type JobEnqueuer } from '@konzeptwerk/platform';
import {
  seedFixtures,
  startTestApi,
  testWorkerConfig,
  TEST_PASSWORD,
  type FixtureRole,
  type Fixtures,
  type TestApi,
} from '@konzeptwerk/testing';
import { AppModule } from '../../../../../apps/api/src/app.module';
import { configureHttp } from '../../../../../apps/api/src/http';
import { RecommendationExportController } from '../export.controller';
import { ExportSweepJob, finalAttemptCheck } from '../export-runtime';
import {
  RECOMMENDATIONS_EXPORT_KIND,
  RecommendationExportJob,
  exportJobs,
  type RecommendationExportOptions,
} from '../recommendation-export.job';
import { RecommendationExportResolver } from '../recommendation-export.resolver';
import { RECOMMENDATION_EXPORT_COLUMNS, type PageCursor } from '../recommendation-export.rows';
import { RecommendationExportService } from '../recommendation-export.service';

const silent = { warn: () => undefined };

// A queue prefix of this file's own, set before any API or queue reads it: on a shared Redis the run-wide
// prefix would put other files' exports (and this file's earlier requests) in front of the jobs awaited here.
process.env.QUEUE_PREFIX = `${process.env.QUEUE_PREFIX ?? 'kw-test'}-export-${randomBytes(4).toString('hex')}`;
const ROLES: FixtureRole[] = [
  'admin',
  'coordinatorA',
  'coordinatorB',
  'participant',
  'reviewer',
  'implementer',
  'observer',
  'outsider',
];

let api: TestApi;
let f: Fixtures;
let seed: Seeded;
let exportApi: NestExpressApplication;
let exportUrl: string;
let queues: JobQueues;
let worker: RunningJobWorker | null = null;
const cookies = {} as Record<FixtureRole, string>;
const actors = {} as Record<FixtureRole | 'anonymous', Actor>;

/** What was enqueued, and whether the export row was committed at that moment. */
const enqueued: { args: unknown[]; committed: boolean }[] = [];
const recordingEnqueuer: JobEnqueuer = {
  async enqueue(...args) {
    const exportId = (args[2] as { exportId: string }).exportId;
    const visible = await api.ds.query('SELECT 1 FROM data_export WHERE id = $1', [exportId]);
    enqueued.push({ args, committed: visible.length === 1 });
  },
};
let service: RecommendationExportService;

/**
 * The real API plus this folder's service, resolver and controller, registered the way the app module
 * will: the download route and the three operations are exercised over HTTP before the app wires them.
 */
async function startExportApi(databaseUrl: string): Promise<NestExpressApplication> {
  @Module({
    imports: [AppModule.register({ databaseUrl, production: false }), IdentityModule],
    controllers: [RecommendationExportController],
    providers: [RecommendationExportService, RecommendationExportResolver],
  })
  class ExportApiModule {}
  const app = await NestFactory.create<NestExpressApplication>(ExportApiModule, { logger: false, bodyParser: false });
  configureHttp(app, null);
  await app.listen(0, '127.0.0.1');
  return app;
}

const workerConfig = (): WorkerConfig => testWorkerConfig(api.db.url);

beforeAll(async () => {
  api = await startTestApi();
  f = await seedFixtures(api.ds, TEST_PASSWORD);
  seed = await seedRecommendations(api, f);
  const auth = new AuthService(api.ds);
  actors.anonymous = Actor.anonymous();
  for (const role of ROLES) {
    cookies[role] = await api.signIn(f.accounts[role].email);
    actors[role] = await auth.actorForToken(cookies[role].slice(cookies[role].indexOf('=') + 1));
  }
  service = new RecommendationExportService(api.ds, recordingEnqueuer);
  exportApi = await startExportApi(api.db.url);
  exportUrl = `http://127.0.0.1:${(exportApi.getHttpServer().address() as AddressInfo).port}`;
  queues = createJobQueues(workerConfig(), { logger: silent });
});

afterEach(async () => {
  await worker?.close();
  worker = null;
});

afterAll(async () => {
  await queues?.get('exports').obliterate({ force: true });
  await queues?.close();
  await exportApi?.close();
  await api?.close();
});

// ---------------------------------------------------------------------------------------------------------
// Seed: 250 recommendations in two fields of action, every field and link filled in some of them.

type Value = string | number | Date | null;
type Expected = Record<string, Value>;
interface Seeded {
  ids: string[];
  /** One row per recommendation in export order, keyed by column. */
  expected: Expected[];
}

const N = 250;
const STATUSES = [
  RecommendationStatus.DRAFT,
  RecommendationStatus.SUBMITTED,
  RecommendationStatus.IN_REVIEW,
  RecommendationStatus.FEASIBILITY_CHECK,
  RecommendationStatus.AGREED,
  RecommendationStatus.NOT_ADOPTED,
  RecommendationStatus.MERGED,
];
const STATUS_DE = [
  'Entwurf',
  'Eingereicht',
  'In Prüfung',
  'Umsetzbarkeitsprüfung',
  'Abgestimmt',
  'Nicht übernommen',
  'Zusammengeführt',
];
const HORIZONS = ['SHORT', 'MEDIUM', 'LONG', null];
const HORIZONS_DE = ['kurzfristig', 'mittelfristig', 'langfristig', null];
const FORMULA_TITLE = '=HYPERLINK("http://evil")';
const ORG = 'Jobcenter Kreis Gütersloh';
const FEASIBILITY = [
  {
    answer: 'FEASIBLE_WITH_CONDITIONS',
    comment: 'Nur mit einer zusätzlichen Stelle',
    de: 'umsetzbar unter Bedingungen',
  },
  { answer: 'NOT_FEASIBLE', comment: null, de: 'nicht umsetzbar' },
  { answer: null, comment: null, de: 'noch offen' },
];

async function seedRecommendations(t: TestApi, fx: Fixtures): Promise<Seeded> {
  const one = async (sql: string, params: unknown[]) => ((await t.ds.query(sql, params)) as { id: string }[])[0].id;
  const field = (title: string, code: string, position: number) =>
    one(
      `INSERT INTO field_of_action (revision_id, title, code, position, version) VALUES ($1, $2, $3, $4, 1) RETURNING id`,
      [fx.revisionA, title, code, position],
    );
  const fieldSB = await field('Sprache und Bildung', 'SB', 1);
  const fieldAW = await field('Arbeit und Wirtschaft', 'AW', 2);
  const group = (name: string, position: number) =>
    one(`INSERT INTO target_group (revision_id, name, position, version) VALUES ($1, $2, $3, 1) RETURNING id`, [
      fx.revisionA,
      name,
      position,
    ]);
  const groupUkraine = await group('Geflüchtete aus der Ukraine', 1);
  const groupSouthEast = await group('Menschen aus Südosteuropa', 2);
  const request = (daysAgo: number) =>
    one(
      `INSERT INTO feasibility_request (revision_id, deadline, reminder_days_before, created_by_id, created_at)
       VALUES ($1, now() + interval '14 days', '{3}', $2, now() - make_interval(days => $3)) RETURNING id`,
      [fx.revisionA, fx.accounts.coordinatorA.id, daysAgo],
    );
  const firstRequest = await request(10);
  const laterRequest = await request(1);

  const ids = Array.from({ length: N }, () => randomUUID());
  const base = Date.parse('2026-03-02T08:00:00Z');
  const recs = ids.map((id, i) => {
    const sb = i < 150;
    const number = sb ? i + 1 : i - 149;
    const code = sb ? 'SB' : 'AW';
    return {
      id,
      field: sb ? fieldSB : fieldAW,
      fieldTitle: sb ? 'Sprache und Bildung' : 'Arbeit und Wirtschaft',
      code,
      number,
      reference: `${code}-${String(number).padStart(2, '0')}`,
      title:
        i === 0
          ? FORMULA_TITLE
          : i === 1
            ? 'Sprachkurse für Mütter – Übergänge in Rheda-Wiedenbrück gestalten'
            : `Empfehlung ${i + 1}: Zugänge öffnen`,
      rationale: `<p>Begründung für Nr. ${i + 1}: Kitas &amp; Schulen</p><ul><li>Sprachförderung</li><li>Übergänge</li></ul>`,
      status: STATUSES[i % 7],
      statusReason: i % 7 === 5 ? 'Wird bereits angeboten; keine Doppelstruktur' : null,
      horizon: HORIZONS[i % 4],
      resources: i % 2 === 0 ? `${i + 1} Stunden pro Woche; Dolmetscherpool` : null,
      indicators: 'Zahl der Teilnehmenden, Zufriedenheit',
      allMunicipalities: i % 2 === 0,
      created: new Date(base + i * 60_000),
      updated: new Date(base + i * 60_000 + 86_400_000),
    };
  });
  await t.ds.query(
    `INSERT INTO recommendation (id, revision_id, field_of_action_id, number, reference, title, rationale, time_horizon,
       resources, indicators, all_municipalities, status, status_reason, created_by_id, created_at, updated_at, version)
     SELECT u.id, $1, u.field, u.number, u.reference, u.title, u.rationale, u.horizon::time_horizon, u.resources,
            u.indicators, u.all_m, u.status::recommendation_status, u.reason, $2, u.created, u.updated, 1
       FROM unnest($3::uuid[], $4::uuid[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                   $11::text[], $12::bool[], $13::text[], $14::text[], $15::timestamptz[], $16::timestamptz[])
            AS u(id, field, number, reference, title, rationale, horizon, resources, indicators, all_m, status, reason,
                 created, updated)`,
    [
      fx.revisionA,
      fx.accounts.coordinatorA.id,
      recs.map((r) => r.id),
      recs.map((r) => r.field),
      recs.map((r) => r.number),
      recs.map((r) => r.reference),
      recs.map((r) => r.title),
      recs.map((r) => r.rationale),
      recs.map((r) => r.horizon),
      recs.map((r) => r.resources),
      recs.map((r) => r.indicators),
      recs.map((r) => r.allMunicipalities),
      recs.map((r) => r.status),
      recs.map((r) => r.statusReason),
      recs.map((r) => r.created),
      recs.map((r) => r.updated),
    ],
  );
  const merged = recs.flatMap((r, i) => (r.status === RecommendationStatus.MERGED ? [[r.id, recs[i + 1].id]] : []));
  await t.ds.query(
    `UPDATE recommendation r SET merged_into_id = u.target FROM unnest($1::uuid[], $2::uuid[]) AS u(id, target) WHERE r.id = u.id`,
    [merged.map((m) => m[0]), merged.map((m) => m[1])],
  );
  const pairs = async (table: string, column: string, rows: [string, string][]) =>
    t.ds.query(`INSERT INTO ${table} (recommendation_id, ${column}) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
      rows.map((r) => r[0]),
      rows.map((r) => r[1]),
    ]);
  await pairs(
    'recommendation_target_group',
    'target_group_id',
    ids.flatMap((id, i): [string, string][] =>
      i % 3 === 0
        ? [
            [id, groupSouthEast],
            [id, groupUkraine],
          ]
        : i % 3 === 1
          ? [[id, groupUkraine]]
          : [],
    ),
  );
  await pairs(
    'recommendation_municipality',
    'municipality_id',
    ids.flatMap((id, i): [string, string][] =>
      i % 2 === 0
        ? []
        : i % 4 === 1
          ? [[id, fx.municipalityA]]
          : [
              [id, fx.municipalityA],
              [id, fx.municipalityA2],
            ],
    ),
  );
  await pairs(
    'recommendation_organisation',
    'organisation_id',
    ids.filter((_, i) => i % 2 === 1).map((id): [string, string] => [id, fx.organisationA]),
  );
  const authors = ids.flatMap((id, i) => [
    [id, fx.accounts.coordinatorA.id, true],
    ...(i % 5 === 0 ? [[id, fx.accounts.participant.id, false]] : []),
  ]);
  await t.ds.query(
    `INSERT INTO recommendation_author (recommendation_id, account_id, is_creator, created_at)
     SELECT u.r, u.a, u.c, now() + CASE WHEN u.c THEN interval '0' ELSE interval '1 minute' END
       FROM unnest($1::uuid[], $2::uuid[], $3::bool[]) AS u(r, a, c)`,
    [authors.map((a) => a[0]), authors.map((a) => a[1]), authors.map((a) => a[2])],
  );
  await pairs(
    'recommendation_support',
    'account_id',
    ids.flatMap((id, i) =>
      [fx.accounts.participant.id, fx.accounts.observer.id].slice(0, i % 3).map((a) => [id, a]),
    ) as [string, string][],
  );
  const comments = ids.flatMap((id, i) => Array.from({ length: i % 4 }, (_, k) => [id, `Kommentar ${k + 1}`]));
  await t.ds.query(
    `INSERT INTO recommendation_comment (recommendation_id, author_id, body)
     SELECT u.r, $3, u.b FROM unnest($1::uuid[], $2::text[]) AS u(r, b)`,
    [comments.map((c) => c[0]), comments.map((c) => c[1]), fx.accounts.participant.id],
  );
  const evidence = ids
    .filter((_, i) => i % 5 === 0)
    .flatMap((id) => [
      [id, 'CHALLENGE', 'Lange Wartezeiten, fehlende Kita-Plätze', 0],
      [id, 'FINDING', 'Umfrage 2025: Sprachkurse ausgebucht', 1],
    ]);
  await t.ds.query(
    `INSERT INTO evidence_link (recommendation_id, kind, label, created_at)
     SELECT u.r, u.k::evidence_kind, u.l, now() + make_interval(mins => u.m)
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[]) AS u(r, k, l, m)`,
    [evidence.map((e) => e[0]), evidence.map((e) => e[1]), evidence.map((e) => e[2]), evidence.map((e) => e[3])],
  );
  const checks = ids.flatMap((id, i) => {
    if (i % 2 === 0) return [];
    const c = FEASIBILITY[((i - 1) / 2) % 3];
    const first = [firstRequest, id, c.answer, c.comment];
    // A later request nobody has answered yet must not hide the earlier answer.
    return i === 1 ? [first, [laterRequest, id, null, null]] : [first];
  });
  await t.ds.query(
    `INSERT INTO feasibility_check (request_id, recommendation_id, organisation_id, answer, comment, answered_by_id,
       answered_at, version)
     SELECT u.q, u.r, $5, u.a::feasibility_answer, u.c, CASE WHEN u.a IS NULL THEN NULL ELSE $6::uuid END,
            CASE WHEN u.a IS NULL THEN NULL ELSE now() END, 1
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS u(q, r, a, c)`,
    [
      checks.map((c) => c[0]),
      checks.map((c) => c[1]),
      checks.map((c) => c[2]),
      checks.map((c) => c[3]),
      fx.organisationA,
      fx.accounts.implementer.id,
    ],
  );

  const expected = recs.map((r, i): Expected => {
    const feasibility = FEASIBILITY[((i - 1) / 2) % 3];
    return {
      reference: r.reference,
      title: i === 0 ? `'${FORMULA_TITLE}` : r.title,
      status: STATUS_DE[i % 7],
      statusReason: r.statusReason,
      fieldCode: r.code,
      fieldTitle: r.fieldTitle,
      rationale: `Begründung für Nr. ${i + 1}: Kitas & Schulen\n\n- Sprachförderung\n- Übergänge`,
      targetGroups:
        i % 3 === 0
          ? 'Geflüchtete aus der Ukraine, Menschen aus Südosteuropa'
          : i % 3 === 1
            ? 'Geflüchtete aus der Ukraine'
            : null,
      municipalities:
        i % 2 === 0 ? 'alle Kommunen' : i % 4 === 1 ? 'Rheda-Wiedenbrück' : 'Gütersloh, Rheda-Wiedenbrück',
      organisations: i % 2 === 1 ? ORG : null,
      timeHorizon: HORIZONS_DE[i % 4],
      resources: r.resources,
      indicators: r.indicators,
      authors: i % 5 === 0 ? 'coordinatorA, participant' : 'coordinatorA',
      supports: i % 3,
      comments: i % 4,
      evidence:
        i % 5 === 0
          ? 'Herausforderung: Lange Wartezeiten, fehlende Kita-Plätze; Ergebnis: Umfrage 2025: Sprachkurse ausgebucht'
          : null,
      mergedInto: r.status === RecommendationStatus.MERGED ? recs[i + 1].reference : null,
      feasibility:
        i % 2 === 1 ? `${ORG}: ${feasibility.de}${feasibility.comment ? ` – ${feasibility.comment}` : ''}` : null,
      createdAt: r.created,
      updatedAt: r.updated,
    };
  });
  return { ids, expected };
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const exportRow = (id: string) =>
  api.ds
    .getRepository(DataExport)
    .createQueryBuilder('e')
    .addSelect('e.content')
    .where('e.id = :id', { id })
    .getOneOrFail();

const requestAsCoordinator = async (format: ExportFormat) =>
  (await service.requestExport(actors.coordinatorA, f.revisionA, format)).id;

/** Comparable cell values: dates to the second (Excel stores fractions of days), empty cells as null. */
function normalise(value: unknown): Value {
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date) return new Date(Math.round(value.getTime() / 1000) * 1000).toISOString();
  return value as Value;
}

async function readXlsx(content: Buffer): Promise<{ header: unknown[]; rows: Expected[]; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as never);
  const sheet = workbook.worksheets[0];
  const header = RECOMMENDATION_EXPORT_COLUMNS.map((_, c) => sheet.getRow(1).getCell(c + 1).value);
  const rows: Expected[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(
      Object.fromEntries(RECOMMENDATION_EXPORT_COLUMNS.map((col, c) => [col.key, normalise(row.getCell(c + 1).value)])),
    );
  }
  return { header, rows, sheet };
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
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

const expectedXlsx = () =>
  seed.expected.map((e) => Object.fromEntries(Object.entries(e).map(([k, v]) => [k, normalise(v)])));

/** CSV writes dates as ISO 8601 and numbers as text. */
const expectedCsv = () =>
  seed.expected.map((e) =>
    Object.fromEntries(
      Object.entries(e).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v === null ? null : String(v)]),
    ),
  );

/** Records the progress the web app would see while the job runs. */
class ObservedExportJob extends RecommendationExportJob {
  readonly seen: { status: string; processed: number; total: number }[] = [];

  protected override async reportProgress(exportId: string, processed: number): Promise<void> {
    await super.reportProgress(exportId, processed);
    // Another pooled connection: what a poll of `dataExport` reads at this moment.
    const [row] = await api.ds.query('SELECT status, processed, total FROM data_export WHERE id = $1', [exportId]);
    this.seen.push(row);
  }
}

/** Throws on the second page, after the first page's rows and progress are written. */
class FailingExportJob extends RecommendationExportJob {
  private pages = 0;

  protected override async page(reader: QueryRunner, revisionId: string, after: PageCursor | null) {
    if (++this.pages === 2) throw new Error('Verbindung zur Datenbank verloren');
    return super.page(reader, revisionId, after);
  }
}

async function exportGql(role: FixtureRole | 'anonymous', query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${exportUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(role === 'anonymous' ? {} : { cookie: cookies[role] }) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[] };
}

const download = (id: string, role: FixtureRole | 'anonymous') =>
  fetch(`${exportUrl}/api/exports/${id}/download`, {
    headers: role === 'anonymous' ? {} : { cookie: cookies[role] },
  });

// ---------------------------------------------------------------------------------------------------------
// The job

describe('the export job', () => {
  test('CSV: one line per recommendation with every field, progress visible up to the total', async () => {
    const id = await requestAsCoordinator(ExportFormat.CSV);
    const job = new ObservedExportJob(api.ds);
    await expect(job.handle({ exportId: id })).resolves.toBe('done');

    // Progress was committed while the job ran (every 100 rows or 500 ms), below the total, then the total.
    expect(job.seen.length).toBeGreaterThanOrEqual(2);
    for (const s of job.seen) expect(s).toMatchObject({ status: ExportStatus.RUNNING, total: N });
    const processed = job.seen.map((s) => s.processed);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    expect(processed.every((p) => p > 0 && p <= N)).toBe(true);

    const row = await exportRow(id);
    expect(row).toMatchObject({
      status: ExportStatus.DONE,
      processed: N,
      total: N,
      contentType: 'text/csv; charset=utf-8',
      error: null,
      fileName: expect.stringMatching(/^handlungsempfehlungen-fortschreibung-2026-\d{4}-\d{2}-\d{2}\.csv$/),
    });
    expect(row.finishedAt).toBeInstanceOf(Date);
    expect(row.byteSize).toBe(row.content!.length);

    const text = row.content!.toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const [header, ...lines] = parseCsv(text.slice(1));
    expect(header).toEqual(RECOMMENDATION_EXPORT_COLUMNS.map((c) => c.header));
    expect(header).toEqual(expect.arrayContaining(['Nr.', 'Titel', 'Handlungsfeld', 'Umsetzbarkeit', 'Erstellt am']));
    expect(lines).toHaveLength(N);
    const parsed = lines.map((cells) =>
      Object.fromEntries(RECOMMENDATION_EXPORT_COLUMNS.map((c, i) => [c.key, cells[i] === '' ? null : cells[i]])),
    );
    expect(parsed).toEqual(expectedCsv());
    expect(parsed[0].title).toBe(`'=HYPERLINK("http://evil")`);
  });

  test('XLSX: read back with exceljs, one row per recommendation, every column as seeded, formulas as text', async () => {
    const id = await requestAsCoordinator(ExportFormat.XLSX);
    const job = new ObservedExportJob(api.ds);
    await job.handle({ exportId: id });
    expect(job.seen.length).toBeGreaterThanOrEqual(2);

    const row = await exportRow(id);
    expect(row).toMatchObject({
      status: ExportStatus.DONE,
      processed: N,
      total: N,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      fileName: expect.stringMatching(/^handlungsempfehlungen-fortschreibung-2026-\d{4}-\d{2}-\d{2}\.xlsx$/),
    });
    const { header, rows, sheet } = await readXlsx(row.content!);
    expect(sheet.name).toBe('Handlungsempfehlungen');
    expect(header).toEqual(RECOMMENDATION_EXPORT_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(N);
    expect(rows).toEqual(expectedXlsx());
    // Every column is filled in at least one row: nothing is silently left out.
    for (const { key } of RECOMMENDATION_EXPORT_COLUMNS) expect(rows.some((r) => r[key] !== null)).toBe(true);

    const formula = sheet.getCell('B2');
    expect(formula.type).toBe(ExcelJS.ValueType.String);
    expect(String(formula.value).startsWith("'")).toBe(true);
    expect(sheet.getCell('B3').value).toBe('Sprachkurse für Mütter – Übergänge in Rheda-Wiedenbrück gestalten');
    expect(sheet.getCell('T2').type).toBe(ExcelJS.ValueType.Date);
  });

  test('running the handler again, or twice at once, leaves one DONE file and does not change it', async () => {
    const id = await requestAsCoordinator(ExportFormat.XLSX);
    const job = new RecommendationExportJob(api.ds);
    await job.handle({ exportId: id });
    const first = await exportRow(id);

    await expect(job.handle({ exportId: id })).resolves.toBe('done');
    const again = await exportRow(id);
    expect(again.content!.equals(first.content!)).toBe(true);
    expect(again.finishedAt).toEqual(first.finishedAt);

    const other = await requestAsCoordinator(ExportFormat.CSV);
    await Promise.all([
      job.handle({ exportId: other }),
      new RecommendationExportJob(api.ds).handle({ exportId: other }),
    ]);
    const [{ n }] = await api.ds.query(`SELECT count(*)::int AS n FROM data_export WHERE id = $1 AND status = 'DONE'`, [
      other,
    ]);
    expect(n).toBe(1);
    const done = await exportRow(other);
    expect(done.byteSize).toBe(done.content!.length);
    await new RecommendationExportJob(api.ds).handle({ exportId: other });
    expect((await exportRow(other)).content!.equals(done.content!)).toBe(true);
  });

  test('a job that fails part-way leaves no file visible: QUEUED while retries remain, FAILED after the last', async () => {
    const id = await requestAsCoordinator(ExportFormat.XLSX);
    const options: RecommendationExportOptions = { isFinalAttempt: async () => false };
    await expect(new FailingExportJob(api.ds, options).handle({ exportId: id })).rejects.toThrow(
      'Verbindung zur Datenbank verloren',
    );
    let row = await exportRow(id);
    expect(row).toMatchObject({ status: ExportStatus.QUEUED, processed: 0, content: null, byteSize: null });
    expect(row.fileName).toBeNull();

    await expect(new FailingExportJob(api.ds).handle({ exportId: id })).rejects.toThrow();
    row = await exportRow(id);
    expect(row).toMatchObject({
      status: ExportStatus.FAILED,
      error: 'Verbindung zur Datenbank verloren',
      content: null,
      byteSize: null,
      fileName: null,
      contentType: null,
    });
    // The first page's progress stays as it was: the web app shows how far it got.
    expect(row.processed).toBeGreaterThan(0);
    expect(row.processed).toBeLessThan(N);

    // A later successful run (a retry the queue still had) finishes the export.
    await new RecommendationExportJob(api.ds).handle({ exportId: id });
    expect(await exportRow(id)).toMatchObject({ status: ExportStatus.DONE, processed: N, error: null });
  });

  test('an unknown export is skipped; an export whose revision is gone fails without retry', async () => {
    const job = new RecommendationExportJob(api.ds);
    await expect(job.handle({ exportId: randomUUID() })).resolves.toBe('missing');
    await expect(job.handle({ exportId: 'nonsense' })).resolves.toBe('missing');
    const [{ id }] = await api.ds.query(
      `INSERT INTO data_export (region_id, revision_id, kind, format, requested_by_id)
       VALUES ($1, $2, 'recommendations', 'CSV', $3) RETURNING id`,
      [f.regionA, randomUUID(), f.accounts.coordinatorA.id],
    );
    await expect(job.handle({ exportId: id })).resolves.toBe('failed');
    expect(await exportRow(id)).toMatchObject({ status: ExportStatus.FAILED, content: null });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Requesting, reading, downloading

describe('requesting an export', () => {
  test('inserts a QUEUED row with its audit entry, and enqueues the job only after the commit', async () => {
    enqueued.length = 0;
    const row = await service.requestExport(actors.coordinatorA, f.revisionA, ExportFormat.XLSX);
    expect(row).toMatchObject({
      kind: 'recommendations',
      format: ExportFormat.XLSX,
      status: ExportStatus.QUEUED,
      regionId: f.regionA,
      revisionId: f.revisionA,
      requestedById: f.accounts.coordinatorA.id,
    });
    expect(enqueued).toEqual([
      {
        args: ['exports', 'export.recommendations', { exportId: row.id }, { jobId: `export-${row.id}`, attempts: 3 }],
        committed: true,
      },
    ]);
    const entry = await api.ds.getRepository(AuditEntry).findOneByOrFail({ entityId: row.id });
    expect(entry).toMatchObject({
      action: 'export.requested',
      entityType: 'DataExport',
      actorId: f.accounts.coordinatorA.id,
      regionId: f.regionA,
      revisionId: f.revisionA,
      after: { kind: 'recommendations', format: 'XLSX' },
    });
  });

  test('a queue that fails or hangs does not fail the request: the export stays QUEUED for the sweep', async () => {
    const failing = new RecommendationExportService(api.ds, {
      enqueue: () => Promise.reject(new Error('Redis nicht erreichbar')),
    });
    const row = await failing.requestExport(actors.coordinatorA, f.revisionA, ExportFormat.CSV);
    expect((await exportRow(row.id)).status).toBe(ExportStatus.QUEUED);

    const hanging = new RecommendationExportService(api.ds, { enqueue: () => new Promise<void>(() => undefined) });
    const started = Date.now();
    const slow = await hanging.requestExport(actors.coordinatorA, f.revisionA, ExportFormat.CSV);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await exportRow(slow.id)).status).toBe(ExportStatus.QUEUED);
  });
});

/** Who may do what; `ok` or the error code. */
const MATRIX: Record<FixtureRole | 'anonymous', { request: string; get: string; list: string }> = {
  anonymous: { request: 'UNAUTHENTICATED', get: 'UNAUTHENTICATED', list: 'UNAUTHENTICATED' },
  admin: { request: 'FORBIDDEN', get: 'NOT_FOUND', list: 'FORBIDDEN' },
  coordinatorA: { request: 'ok', get: 'ok', list: 'ok' },
  coordinatorB: { request: 'NOT_FOUND', get: 'NOT_FOUND', list: 'NOT_FOUND' },
  participant: { request: 'FORBIDDEN', get: 'NOT_FOUND', list: 'FORBIDDEN' },
  reviewer: { request: 'FORBIDDEN', get: 'NOT_FOUND', list: 'FORBIDDEN' },
  implementer: { request: 'FORBIDDEN', get: 'NOT_FOUND', list: 'FORBIDDEN' },
  observer: { request: 'FORBIDDEN', get: 'NOT_FOUND', list: 'FORBIDDEN' },
  outsider: { request: 'NOT_FOUND', get: 'NOT_FOUND', list: 'NOT_FOUND' },
};
const WHO = Object.keys(MATRIX) as (FixtureRole | 'anonymous')[];

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof DomainError ? e.code : `unexpected ${String(e)}`),
  );

describe('authorization (service)', () => {
  let exportId: string;
  beforeAll(async () => {
    exportId = await requestAsCoordinator(ExportFormat.CSV);
  });

  test.each(WHO)('%s', async (who) => {
    const actor = actors[who];
    expect({
      request: await outcome(service.requestExport(actor, f.revisionA, ExportFormat.XLSX)),
      get: await outcome(service.getExport(actor, exportId)),
      list: await outcome(service.exportsOfRevision(actor, f.revisionA)),
    }).toEqual(MATRIX[who]);
  });

  test('the requester keeps access to their export; coordinators of the region see everyone’s, latest 20', async () => {
    const [{ id }] = await api.ds.query(
      `INSERT INTO data_export (region_id, revision_id, kind, format, requested_by_id)
       VALUES ($1, $2, 'recommendations', 'CSV', $3) RETURNING id`,
      [f.regionA, f.revisionA, f.accounts.participant.id],
    );
    expect((await service.getExport(actors.participant, id)).id).toBe(id);
    expect((await service.getExport(actors.coordinatorA, id)).id).toBe(id);
    await expect(service.getExport(actors.observer, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.getExport(actors.coordinatorA, 'not-a-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await api.ds.query(
      `INSERT INTO data_export (region_id, revision_id, kind, format, status, requested_by_id, created_at)
       SELECT $1, $2, 'recommendations', 'XLSX', 'FAILED', $3, now() - make_interval(mins => n)
         FROM generate_series(1, 25) n`,
      [f.regionA, f.revisionA, f.accounts.coordinatorA.id],
    );
    const foreign = await service.requestExport(actors.coordinatorB, f.revisionB, ExportFormat.CSV);
    await expect(service.getExport(actors.coordinatorA, foreign.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const list = await service.exportsOfRevision(actors.coordinatorA, f.revisionA);
    expect(list).toHaveLength(20);
    expect(list.map((e) => e.createdAt.getTime())).toEqual(
      list.map((e) => e.createdAt.getTime()).sort((a, b) => b - a),
    );
    expect(list.every((e) => e.revisionId === f.revisionA)).toBe(true);
    expect(list.some((e) => e.id === foreign.id)).toBe(false);
  });
});

describe('authorization (GraphQL, with the resolver registered)', () => {
  let exportId: string;
  beforeAll(async () => {
    exportId = await requestAsCoordinator(ExportFormat.CSV);
  });

  test.each(WHO)('%s', async (who) => {
    const code = (r: Awaited<ReturnType<typeof exportGql>>) =>
      r.errors ? (r.errors[0].extensions?.code ?? 'no code') : 'ok';
    const request = await exportGql(
      who,
      'mutation($r:ID!){ exportRecommendations(revisionId:$r, format:XLSX){ id status format processed total downloadUrl } }',
      { r: f.revisionA },
    );
    const get = await exportGql(who, 'query($id:ID!){ dataExport(id:$id){ id status downloadUrl } }', {
      id: exportId,
    });
    const list = await exportGql(who, 'query($r:ID!){ dataExports(revisionId:$r){ id } }', { r: f.revisionA });
    expect({ request: code(request), get: code(get), list: code(list) }).toEqual(MATRIX[who]);
    if (who === 'coordinatorA') {
      expect(request.data!.exportRecommendations).toMatchObject({
        status: 'QUEUED',
        format: 'XLSX',
        processed: 0,
        total: null,
        downloadUrl: null,
      });
      expect(list.data!.dataExports.length).toBeGreaterThan(0);
    }
  });
});

describe('on the queue and over HTTP', () => {
  test('the download answers 409 before the file is done, 404 to others, 401 without a session', async () => {
    const id = await requestAsCoordinator(ExportFormat.CSV);
    const res = await download(id, 'coordinatorA');
    expect(res.status).toBe(409);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(((await res.json()) as { code: string }).code).toBe('NOT_READY');

    const notAllowed = await download(id, 'participant');
    const unknown = await download(randomUUID(), 'coordinatorA');
    const garbage = await download('..%2F..%2Fetc', 'coordinatorA');
    expect([notAllowed.status, unknown.status, garbage.status]).toEqual([404, 404, 404]);
    expect(await notAllowed.text()).toBe(await unknown.text());
    expect((await download(id, 'anonymous')).status).toBe(401);
  });

  /** Only the job a test enqueues itself is in the queue when its worker starts. */
  const startWorker = async (handlers: Parameters<typeof startJobWorker>[2]) => {
    await queues.get('exports').drain(true);
    worker = await startJobWorker(workerConfig(), silent, handlers);
    return worker;
  };

  test('requested through GraphQL, built by the worker, downloaded over HTTP', async () => {
    await startWorker([exportJobs]);
    const requested = await exportGql(
      'coordinatorA',
      'mutation($r:ID!){ exportRecommendations(revisionId:$r, format:XLSX){ id status downloadUrl } }',
      { r: f.revisionA },
    );
    const { id } = requested.data!.exportRecommendations;
    const done = await waitFor('the export to be DONE', async () => {
      const r = await exportGql(
        'coordinatorA',
        'query($id:ID!){ dataExport(id:$id){ status processed total downloadUrl fileName byteSize error } }',
        { id },
      );
      const e = r.data?.dataExport;
      return e?.status === 'DONE' && e;
    });
    expect(done).toMatchObject({
      processed: N,
      total: N,
      error: null,
      downloadUrl: `/api/exports/${id}/download`,
      fileName: expect.stringMatching(/^handlungsempfehlungen-fortschreibung-2026-\d{4}-\d{2}-\d{2}\.xlsx$/),
    });

    const res = await fetch(`${exportUrl}${done.downloadUrl}`, { headers: { cookie: cookies.coordinatorA } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="${done.fileName}"; filename*=UTF-8''${done.fileName}`,
    );
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-length')).toBe(String(done.byteSize));
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.equals((await exportRow(id)).content!)).toBe(true);
    expect((await readXlsx(body)).rows).toEqual(expectedXlsx());

    for (const who of ['participant', 'coordinatorB', 'admin', 'outsider'] as const)
      expect((await download(id, who)).status).toBe(404);
    expect((await download(id, 'anonymous')).status).toBe(401);
  }, 120_000);

  test('a failing export is retried by BullMQ and marked FAILED only after the last attempt', async () => {
    /** Status as each attempt finds it, and each attempt's verdict on being the last. */
    const found: string[] = [];
    const verdicts: boolean[] = [];
    class Broken extends RecommendationExportJob {
      override async handle(data: { exportId: string }) {
        found.push((await exportRow(data.exportId)).status);
        return super.handle(data);
      }

      protected override async page(): Promise<never> {
        throw new Error('Datenbank nicht erreichbar');
      }
    }
    await startWorker([
      ({ db, queues: q }) => {
        const isFinal = finalAttemptCheck(q);
        return [
          new Broken(db, {
            isFinalAttempt: async (exportId) => {
              const final = await isFinal(exportId);
              verdicts.push(final);
              return final;
            },
          }),
        ];
      },
    ]);
    const { id } = await new RecommendationExportService(api.ds, queues).requestExport(
      actors.coordinatorA,
      f.revisionA,
      ExportFormat.CSV,
    );
    await waitFor('the export to fail', async () => (await exportRow(id)).status === ExportStatus.FAILED);

    // Three attempts (backoff 2 s, 4 s); between them the export waits as QUEUED, FAILED only after the last.
    expect(found).toEqual([ExportStatus.QUEUED, ExportStatus.QUEUED, ExportStatus.QUEUED]);
    expect(verdicts).toEqual([false, false, true]);
    // The row is written inside the last attempt; BullMQ records the attempt just after it returns.
    const job = await waitFor('BullMQ to record the failure', async () => {
      const j = await queues.get('exports').getJob(RecommendationExportJob.jobId(id));
      return (await j?.getState()) === 'failed' && j;
    });
    expect(job.attemptsMade).toBe(3);
    expect(await exportRow(id)).toMatchObject({ error: 'Datenbank nicht erreichbar', content: null });
  }, 120_000);

  test('the sweep enqueues lost exports, leaves live jobs alone and records jobs BullMQ gave up on', async () => {
    const insert = async (status: ExportStatus, ageSeconds: number) =>
      (
        (await api.ds.query(
          `INSERT INTO data_export (region_id, revision_id, kind, format, status, requested_by_id, created_at)
           VALUES ($1, $2, 'recommendations', 'CSV', $3, $4, now() - make_interval(secs => $5)) RETURNING id`,
          [f.regionA, f.revisionA, status, f.accounts.coordinatorA.id, ageSeconds],
        )) as { id: string }[]
      )[0].id;
    const state = async (id: string) =>
      (await (await queues.get('exports').getJob(RecommendationExportJob.jobId(id)))?.getState()) ?? 'missing';

    // A job whose worker died on it: the handler never wrote FAILED, BullMQ gave up.
    const gaveUp = await insert(ExportStatus.RUNNING, 600);
    const dies: JobHandler = {
      queue: 'exports',
      name: RecommendationExportJob.jobName,
      handle: () => Promise.reject(new Error('Arbeitsspeicher erschöpft')),
    };
    const dying = await startWorker([() => [dies]]);
    await queues.enqueue(
      'exports',
      RecommendationExportJob.jobName,
      { exportId: gaveUp },
      {
        jobId: RecommendationExportJob.jobId(gaveUp),
        attempts: 1,
      },
    );
    await waitFor('the job to fail', async () => (await state(gaveUp)) === 'failed');
    await dying.close();
    worker = null;

    const lost = await insert(ExportStatus.QUEUED, 60);
    const fresh = await insert(ExportStatus.QUEUED, 0);
    const orphaned = await insert(ExportStatus.RUNNING, 600);
    const waiting = await insert(ExportStatus.RUNNING, 600);
    await RecommendationExportJob.enqueue(queues, waiting);

    const sweep = new ExportSweepJob(api.ds, queues, {
      [RECOMMENDATIONS_EXPORT_KIND]: RecommendationExportJob.jobName,
    });
    const result = await sweep.handle();
    expect(result.failed).toBeGreaterThanOrEqual(1);
    expect(result.enqueued).toBeGreaterThanOrEqual(2);
    expect(await exportRow(gaveUp)).toMatchObject({ status: ExportStatus.FAILED, error: 'Arbeitsspeicher erschöpft' });
    expect(await state(lost)).toBe('waiting');
    expect(await state(orphaned)).toBe('waiting');
    expect(await state(fresh)).toBe('missing');
    expect(await state(waiting)).toBe('waiting');
    expect((await exportRow(waiting)).status).toBe(ExportStatus.RUNNING);

    // Everything now has a live job: a second sweep changes nothing.
    expect(await sweep.handle()).toEqual({ enqueued: 0, failed: 0 });
  }, 120_000);
});
