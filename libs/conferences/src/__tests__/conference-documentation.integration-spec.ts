import JSZip from 'jszip';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ExportFormat, ExportStatus } from '@konzeptwerk/contracts';
import { AuthService } from '@konzeptwerk/identity';
import {
  createJobQueues,
  startJobWorker,
  type JobQueues,
  type RunningJobWorker,
  type WorkerConfig,
} from '@konzeptwerk/jobs';
import { type JobEnqueuer, UPLOAD_HEADER } from '@konzeptwerk/platform';
import { ExportSweepJob, exportJobsOf, RECOMMENDATIONS_EXPORT } from '@konzeptwerk/recommendations';
import {
  readPdf,
  redPng,
  asCaller,
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
import {
  CONFERENCE_DOCUMENTATION_EXPORT,
  CONFERENCE_DOCUMENTATION_KIND,
  ConferenceDocumentationJob,
} from '../documents/documentation.job';
import { ConferenceDocumentationService } from '../documents/documentation.service';
import { MAX_PHOTO_BYTES } from '../documents/photos';

// A queue prefix of this file's own, set before the API reads it: the exports awaited here are the only ones.
process.env.QUEUE_PREFIX = `${process.env.QUEUE_PREFIX ?? 'kw-test'}-docs-${randomBytes(4).toString('hex')}`;

const silent = { warn: () => undefined };
const ROLES: FixtureRole[] = [
  'admin',
  'coordinatorA',
  'coordinatorB',
  'participant',
  'reviewer',
  'observer',
  'outsider',
];

let api: TestApi;
let f: Fixtures;
let queues: JobQueues;
let worker: RunningJobWorker | null = null;
const cookies = {} as Record<FixtureRole, string>;

const workerConfig = (): WorkerConfig => testWorkerConfig(api.db.url);

beforeAll(async () => {
  api = await startTestApi();
  f = await seedFixtures(api.ds, TEST_PASSWORD);
  Object.assign(cookies, await signInAll(api, f, ROLES));
  queues = createJobQueues(workerConfig(), { logger: silent });
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

type Who = FixtureRole | 'anonymous';
const as = (who: Who) => asCaller(api, cookies)(who);
const code = errorCode;

async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const BASE = Math.floor(Date.now() / 3_600_000) * 3_600_000 + 3_600_000;
const hours = (h: number) => new Date(BASE + h * 3_600_000).toISOString();

/** A conference with two workshops (the participant moderates the first), three people placed, cards and a dot. */
async function conference() {
  const created = await as('coordinatorA')(
    `mutation($input: CreateConferenceInput!){ createConference(input:$input){ id } }`,
    {
      input: {
        revisionId: f.revisionA,
        title: 'Integrationskonferenz Dokumentation',
        startsAt: hours(24 * 14),
        endsAt: hours(24 * 14 + 7),
        venue: 'Kreishaus Gütersloh',
        capacity: 50,
        registrationOpensAt: hours(-1),
        registrationClosesAt: hours(24 * 7),
        privacyTextDe: 'Wir verarbeiten Ihre Angaben nur für die Organisation der Konferenz.',
        privacyTextEn: 'We process your details only to organise the conference.',
      },
    },
  );
  expect(created.errors).toBeUndefined();
  const id = created.data!.createConference.id as string;
  const workshop = async (title: string, moderatorIds: string[]) =>
    (
      await as('coordinatorA')(
        `mutation($c:ID!,$input: WorkshopSessionInput!){ addWorkshop(conferenceId:$c, input:$input){ id } }`,
        {
          c: id,
          input: {
            title,
            slotStartsAt: hours(24 * 14 + 1),
            slotEndsAt: hours(24 * 14 + 3),
            room: title,
            capacity: 10,
            moderatorIds,
          },
        },
      )
    ).data!.addWorkshop.id as string;
  const a = await workshop('Sprache und Bildung', [f.accounts.participant.id]);
  const b = await workshop('Arbeit und Wirtschaft', []);
  for (const [name, role, wish] of [
    ['Anna Adler', 'PROFESSIONAL', a],
    ['Ben Berg', 'VOLUNTEER', a],
    ['Cem Can', 'MIGRATION_HISTORY', b],
  ] as const) {
    const r = await as('anonymous')(`mutation($input: RegisterInput!){ register(input:$input){ status } }`, {
      input: {
        conferenceId: id,
        name,
        email: `${name.split(' ')[0].toLowerCase()}-${id.slice(0, 8)}@example.org`,
        municipalityId: f.municipalityA,
        role,
        preferences: [wish],
        privacyTextVersion: 1,
        consent: true,
      },
    });
    expect(r.errors).toBeUndefined();
  }
  await api.ds.query('DELETE FROM registration_attempt');
  expect(
    (
      await as('coordinatorA')(`mutation($c:ID!){ assignWorkshops(conferenceId:$c){ slots { registrants } } }`, {
        c: id,
      })
    ).errors,
  ).toBeUndefined();
  await api.ds.query(
    `INSERT INTO workshop_contribution (session_id, kind, text, idempotency_key, version) VALUES
       ($1, 'CHALLENGE', 'Zu wenige Kitaplätze', $3, 1), ($1, 'SOLUTION_APPROACH', 'Betreuung im Kursgebäude', $4, 1),
       ($2, 'CHALLENGE', 'Anerkennung dauert zu lange', $5, 1)`,
    [a, b, `${id}-1`, `${id}-2`, `${id}-3`],
  );
  await api.ds.query(
    `INSERT INTO contribution_vote (contribution_id, voter_key, session_id)
     SELECT id, 'guest:x', session_id FROM workshop_contribution WHERE idempotency_key = $1`,
    [`${id}-1`],
  );
  return { id, a, b };
}

const upload = (
  conferenceId: string,
  who: FixtureRole | 'anonymous',
  fields: { caption?: string; sessionId?: string; file?: Buffer; fileName?: string; type?: string },
  header = true,
) => {
  const form = new FormData();
  if (fields.caption !== undefined) form.set('caption', fields.caption);
  if (fields.sessionId) form.set('sessionId', fields.sessionId);
  if (fields.file)
    form.set('file', new Blob([fields.file], { type: fields.type ?? 'image/png' }), fields.fileName ?? 'flipchart.png');
  return fetch(`${api.url}/api/conferences/${conferenceId}/fotos`, {
    method: 'POST',
    headers: { ...(who === 'anonymous' ? {} : { cookie: cookies[who] }), ...(header ? { [UPLOAD_HEADER]: '1' } : {}) },
    body: form,
  });
};
const photoCount = async (conferenceId: string) =>
  Number(
    (await api.ds.query(`SELECT count(*) FROM conference_photo WHERE conference_id = $1`, [conferenceId]))[0].count,
  );

describe('flip-chart photos', () => {
  test('coordinators and a workshop’s moderators upload; the bytes decide what is a photo; every refusal stores nothing', async () => {
    const { id, a, b } = await conference();
    const png = redPng(80, 60);
    const ok = await upload(id, 'coordinatorA', {
      caption: 'Flipchart: Herausforderungen Kita',
      sessionId: a,
      file: png,
    });
    expect(ok.status).toBe(201);
    const { id: photoId } = (await ok.json()) as { id: string };
    const own = await upload(id, 'participant', { caption: 'Pinnwand des Workshops', sessionId: a, file: png });
    expect(own.status).toBe(201);
    const whole = await upload(id, 'coordinatorA', { caption: 'Ergebniswand im Foyer', file: png });
    expect(whole.status).toBe(201);
    expect(await photoCount(id)).toBe(3);

    const refusals: [string, Response, number, string][] = [
      // The moderator of "a" has no say over "b" or the whole conference.
      [
        'moderator, other workshop',
        await upload(id, 'participant', { caption: 'x', sessionId: b, file: png }),
        403,
        'FORBIDDEN',
      ],
      ['moderator, whole day', await upload(id, 'participant', { caption: 'x', file: png }), 403, 'FORBIDDEN'],
      ['reviewer', await upload(id, 'reviewer', { caption: 'x', sessionId: a, file: png }), 403, 'FORBIDDEN'],
      ['other region', await upload(id, 'coordinatorB', { caption: 'x', file: png }), 404, 'NOT_FOUND'],
      ['anonymous', await upload(id, 'anonymous', { caption: 'x', file: png }), 401, 'UNAUTHENTICATED'],
      ['no app header', await upload(id, 'coordinatorA', { caption: 'x', file: png }, false), 403, 'CSRF_REJECTED'],
      ['no caption', await upload(id, 'coordinatorA', { caption: '  ', file: png }), 400, 'VALIDATION_FAILED'],
      ['no file', await upload(id, 'coordinatorA', { caption: 'x' }), 400, 'VALIDATION_FAILED'],
      [
        'text called a PNG',
        await upload(id, 'coordinatorA', {
          caption: 'x',
          file: Buffer.from('<svg onload=alert(1)>'),
          type: 'image/png',
        }),
        400,
        'VALIDATION_FAILED',
      ],
      [
        'a truncated PNG',
        await upload(id, 'coordinatorA', { caption: 'x', file: png.subarray(0, 30) }),
        400,
        'VALIDATION_FAILED',
      ],
      [
        'too large',
        await upload(id, 'coordinatorA', { caption: 'x', file: Buffer.concat([png, Buffer.alloc(MAX_PHOTO_BYTES)]) }),
        400,
        'VALIDATION_FAILED',
      ],
      [
        'workshop of another conference',
        await upload(id, 'coordinatorA', { caption: 'x', sessionId: f.revisionA, file: png }),
        400,
        'VALIDATION_FAILED',
      ],
    ];
    const answers = await Promise.all(
      refusals.map(async ([what, res]) => [what, res.status, ((await res.json()) as { code: string }).code]),
    );
    expect(answers).toEqual(refusals.map(([what, , status, c]) => [what, status, c]));
    const tooLarge = (await (
      await upload(id, 'coordinatorA', { caption: 'x', file: Buffer.concat([png, Buffer.alloc(MAX_PHOTO_BYTES)]) })
    ).json()) as { messages: { de: string; en: string } };
    expect(tooLarge.messages).toEqual({
      de: expect.stringMatching(/^Die Eingaben sind nicht gültig: .*8 MB/) as string,
      en: expect.stringMatching(/^The input is not valid: .*8 MB/) as string,
    });
    expect(await photoCount(id)).toBe(3);

    // Listed by who may see them; shown as the bytes uploaded; removed by coordinators.
    const list = `query($c:ID!){ conferencePhotos(conferenceId:$c){ id caption sessionId width height contentType } }`;
    const all = (await as('coordinatorA')(list, { c: id })).data!.conferencePhotos as { caption: string }[];
    expect(all.map((p) => p.caption)).toEqual([
      'Flipchart: Herausforderungen Kita',
      'Pinnwand des Workshops',
      'Ergebniswand im Foyer',
    ]);
    expect(all[0]).toMatchObject({ width: 80, height: 60, contentType: 'image/png', sessionId: a });
    const moderators = (await as('participant')(list, { c: id })).data!.conferencePhotos as unknown[];
    expect(moderators).toHaveLength(2);
    expect((await as('reviewer')(list, { c: id })).data!.conferencePhotos).toEqual([]);
    expect(code(await as('coordinatorB')(list, { c: id }))).toBe('NOT_FOUND');

    const image = await fetch(`${api.url}/api/conferences/fotos/${photoId}`, {
      headers: { cookie: cookies.coordinatorA },
    });
    expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(Buffer.from(await image.arrayBuffer()).equals(png)).toBe(true);
    for (const [who, status] of [
      ['reviewer', 404],
      ['coordinatorB', 404],
      ['anonymous', 401],
    ] as const) {
      const res = await fetch(`${api.url}/api/conferences/fotos/${photoId}`, {
        headers: who === 'anonymous' ? {} : { cookie: cookies[who] },
      });
      expect([who, res.status]).toEqual([who, status]);
    }
    const del = `mutation($id:ID!){ deleteConferencePhoto(id:$id) }`;
    expect(code(await as('reviewer')(del, { id: photoId }))).toBe('NOT_FOUND');
    expect((await as('coordinatorA')(del, { id: photoId })).data!.deleteConferencePhoto).toBe(true);
    expect(await photoCount(id)).toBe(2);
    const trail = (await api.ds.query(
      `SELECT action FROM audit_entry WHERE entity_type = 'ConferencePhoto' AND entity_id = $1 ORDER BY created_at`,
      [photoId],
    )) as { action: string }[];
    expect(trail.map((t) => t.action)).toEqual(['conference.photo.added', 'conference.photo.deleted']);
  });
});

describe('the documentation as a job', () => {
  const EXPORT = `mutation($c:ID!,$f:ExportFormat!){ exportConferenceDocumentation(conferenceId:$c, format:$f){ id status kind format } }`;
  const POLL = `query($id:ID!){ dataExport(id:$id){ status processed total fileName error downloadUrl } }`;

  const startWorker = async () => {
    await queues.get('exports').drain(true);
    worker = await startJobWorker(workerConfig(), silent, [
      exportJobsOf(RECOMMENDATIONS_EXPORT, CONFERENCE_DOCUMENTATION_EXPORT),
    ]);
  };
  const done = (id: string) =>
    waitFor(`export ${id} to be DONE`, async () => {
      const e = (await as('coordinatorA')(POLL, { id })).data?.dataExport as
        | {
            status: string;
            processed: number;
            total: number;
            fileName: string;
            downloadUrl: string;
            error: string | null;
          }
        | undefined;
      if (e?.status === 'FAILED') throw new Error(`export failed: ${e.error}`);
      return e?.status === 'DONE' && e;
    });
  const file = async (url: string) => {
    const res = await fetch(`${api.url}${url}`, { headers: { cookie: cookies.coordinatorA } });
    expect(res.status).toBe(200);
    return { type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
  };

  test('requested by a coordinator, built by the worker as PDF and DOCX with the photos, downloaded; no names', async () => {
    const { id, a } = await conference();
    expect(
      (
        await upload(id, 'coordinatorA', {
          caption: 'Flipchart mit den Kita-Karten',
          sessionId: a,
          file: redPng(120, 90),
        })
      ).status,
    ).toBe(201);
    await startWorker();

    const pdfRequest = await as('coordinatorA')(EXPORT, { c: id, f: 'PDF' });
    expect(pdfRequest.errors).toBeUndefined();
    expect(pdfRequest.data!.exportConferenceDocumentation).toMatchObject({
      kind: CONFERENCE_DOCUMENTATION_KIND,
      format: 'PDF',
    });
    const pdf = await done(pdfRequest.data!.exportConferenceDocumentation.id);
    // Two workshops plus writing the file.
    expect(pdf).toMatchObject({ processed: 3, total: 3, error: null });
    expect(pdf.fileName).toMatch(/^dokumentation-integrationskonferenz-dokumentation-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdfFile = await file(pdf.downloadUrl);
    expect(pdfFile.type).toBe('application/pdf');
    const read = await readPdf(pdfFile.body);
    const text = read.pages.join(' ').replace(/\s+/g, ' ');
    expect(read.outline).toEqual(['Arbeit und Wirtschaft', 'Sprache und Bildung']); // by slot, then title
    expect(text).toContain('Zu wenige Kitaplätze (1 Punkt)');
    expect(text).toContain('Betreuung im Kursgebäude (0 Punkte)');
    expect(text).toContain('Anerkennung dauert zu lange (0 Punkte)');
    expect(text).toContain('3 Anmeldungen');
    expect(text).toContain('Flipchart mit den Kita-Karten');
    expect(read.figures).toEqual(['Flipchart mit den Kita-Karten']);
    expect(read.images.reduce((x, y) => x + y, 0)).toBe(1);
    for (const name of ['Anna', 'Ben', 'Cem']) expect(text).not.toContain(name);

    const docx = await done(
      (await as('coordinatorA')(EXPORT, { c: id, f: 'DOCX' })).data!.exportConferenceDocumentation.id,
    );
    const docxFile = await file(docx.downloadUrl);
    expect(docxFile.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const zip = await JSZip.loadAsync(docxFile.body);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Zu wenige Kitaplätze (1 Punkt)');
    expect(xml).toContain('descr="Flipchart mit den Kita-Karten"');
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/') && !zip.files[name].dir);
    expect(media).toHaveLength(1);
    expect((await zip.file(media[0])!.async('nodebuffer')).equals(redPng(120, 90))).toBe(true);

    const listed = await as('coordinatorA')(
      `query($c:ID!){ conferenceDocumentationExports(conferenceId:$c){ format status } }`,
      { c: id },
    );
    expect(listed.data!.conferenceDocumentationExports).toEqual([
      { format: 'DOCX', status: 'DONE' },
      { format: 'PDF', status: 'DONE' },
    ]);
  });

  test('only coordinators of the region; documents only as PDF or DOCX, recommendations never as PDF', async () => {
    const { id } = await conference();
    const before = Number((await api.ds.query(`SELECT count(*) FROM data_export`))[0].count);
    for (const [who, expected] of [
      ['participant', 'FORBIDDEN'],
      ['reviewer', 'FORBIDDEN'],
      ['coordinatorB', 'NOT_FOUND'],
      ['anonymous', 'UNAUTHENTICATED'],
    ] as const)
      expect([who, code(await as(who)(EXPORT, { c: id, f: 'PDF' }))]).toEqual([who, expected]);
    expect(code(await as('coordinatorA')(EXPORT, { c: id, f: 'CSV' }))).toBe('VALIDATION_FAILED');
    expect(
      code(
        await as('coordinatorA')(`mutation($r:ID!){ exportRecommendations(revisionId:$r, format:PDF){ id } }`, {
          r: f.revisionA,
        }),
      ),
    ).toBe('VALIDATION_FAILED');
    expect(
      code(
        await as('participant')(`query($c:ID!){ conferenceDocumentationExports(conferenceId:$c){ id } }`, { c: id }),
      ),
    ).toBe('FORBIDDEN');
    expect(Number((await api.ds.query(`SELECT count(*) FROM data_export`))[0].count)).toBe(before);
  });

  test('progress is stored after each workshop while the file is written; a second run leaves the finished file alone', async () => {
    const { id } = await conference();
    const lost: JobEnqueuer = { enqueue: async () => undefined };
    const requested = await new ConferenceDocumentationService(api.ds, lost).requestDocumentation(
      await actorOf('coordinatorA'),
      id,
      ExportFormat.PDF,
    );
    const seen: { processed: number; total: number | null; status: string }[] = [];
    class Watched extends ConferenceDocumentationJob {
      protected override async reportProgress(exportId: string, processed: number) {
        await super.reportProgress(exportId, processed);
        seen.push(await stateOf(api.ds, exportId));
      }
    }
    expect(await new Watched(api.ds).handle({ exportId: requested.id })).toBe('done');
    expect(seen).toEqual([
      { processed: 1, total: 3, status: 'RUNNING' },
      { processed: 2, total: 3, status: 'RUNNING' },
    ]);
    const first = await contentOf(api.ds, requested.id);
    expect(await stateOf(api.ds, requested.id)).toEqual({ processed: 3, total: 3, status: ExportStatus.DONE });
    expect(await new Watched(api.ds).handle({ exportId: requested.id })).toBe('done');
    expect((await contentOf(api.ds, requested.id)).equals(first)).toBe(true);
  });

  test('an export whose enqueue was lost is picked up by the sweep and finished by the worker', async () => {
    const { id } = await conference();
    const lost: JobEnqueuer = { enqueue: async () => undefined };
    const requested = await new ConferenceDocumentationService(api.ds, lost).requestDocumentation(
      await actorOf('coordinatorA'),
      id,
      ExportFormat.DOCX,
    );
    await startWorker();
    const sweep = new ExportSweepJob(
      api.ds,
      queues,
      { [CONFERENCE_DOCUMENTATION_KIND]: ConferenceDocumentationJob.jobName },
      { queuedGraceMs: 0 },
    );
    expect(await sweep.handle()).toEqual({ enqueued: 1, failed: 0 });
    await done(requested.id);
  });
});

// ---------------------------------------------------------------------------------------------------------

async function actorOf(role: FixtureRole) {
  const cookie = cookies[role];
  return new AuthService(api.ds).actorForToken(cookie.slice(cookie.indexOf('=') + 1));
}

async function stateOf(ds: DataSource, exportId: string) {
  const [row] = (await ds.query(`SELECT processed, total, status FROM data_export WHERE id = $1`, [exportId])) as {
    processed: number;
    total: number | null;
    status: string;
  }[];
  return row;
}

async function contentOf(ds: DataSource, exportId: string): Promise<Buffer> {
  return ((await ds.query(`SELECT content FROM data_export WHERE id = $1`, [exportId])) as { content: Buffer }[])[0]
    .content;
}
