import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { ExportFormat, ExportStatus } from '@konzeptwerk/contracts';
import { createJobQueues, type JobQueues } from '@konzeptwerk/jobs';
import { enqueueExport } from '@konzeptwerk/recommendations';
import {
  readPdf,
  asCaller,
  dataOf,
  errorCode,
  seedFixtures,
  signInAll,
  startTestApi,
  TEST_PASSWORD,
  testWorkerConfig,
  type FixtureRole,
  type Fixtures,
  type TestApi,
} from '@konzeptwerk/testing';
import {
  assertReachable,
  queueTestBackends,
  removeQueueKeys,
  waitFor,
} from '../../../../libs/jobs/src/testing/queue-backends';
import { ConceptDocumentJob } from '../concept-document.job';
import { OPEN_DATA_COLUMNS } from '../concept-documents';
import { CONCEPT_DOCUMENT_JOB } from '../publication.service';

jest.setTimeout(120_000);

const root = resolve(__dirname, '../../../..');
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
const one = async (sql: string, params: unknown[]) => ((await api.ds.query(sql, params)) as { id: string }[])[0].id;

/**
 * A revision of region A (with revision A's members) and a concept of `chapters` chapters, each with a
 * sub-chapter and a few paragraphs, `perField` agreed recommendations in each of three fields of action,
 * version 1 frozen through the API.
 */
async function concept(chapters: number, perField: number) {
  const revision = await one(
    `INSERT INTO concept_revision (region_id, title, version) VALUES ($1, 'Fortschreibung 2027', 1) RETURNING id`,
    [f.regionA],
  );
  await api.ds.query(
    `INSERT INTO revision_membership (revision_id, account_id, role, municipality_id, organisation_id)
     SELECT $1, account_id, role, municipality_id, organisation_id FROM revision_membership WHERE revision_id = $2`,
    [revision, f.revisionA],
  );
  const fields: string[] = [];
  for (const [i, [title, code_]] of [
    ['Sprache und Bildung', 'SB'],
    ['Arbeit und Wirtschaft', 'AW'],
    ['Zusammenleben', 'ZL'],
  ].entries())
    fields.push(
      await one(
        `INSERT INTO field_of_action (revision_id, title, code, position, version) VALUES ($1, $2, $3, $4, 1) RETURNING id`,
        [revision, title, code_, i + 1],
      ),
    );
  const group = await one(
    `INSERT INTO target_group (revision_id, name, position, version) VALUES ($1, 'Eltern', 1, 1) RETURNING id`,
    [revision],
  );
  const codes = ['SB', 'AW', 'ZL'];
  for (const [i, field] of fields.entries())
    for (let n = 1; n <= perField; n++) {
      const rec = await one(
        `INSERT INTO recommendation (revision_id, field_of_action_id, number, reference, title, rationale, status, all_municipalities, created_by_id, version)
         VALUES ($1, $2, $3, $4, $5, $6, 'AGREED', $7, $8, 1) RETURNING id`,
        [
          revision,
          field,
          i * 1000 + n,
          `${codes[i]}-${String(n).padStart(2, '0')}`,
          `Empfehlung ${codes[i]} ${n}: Angebote wohnortnah ausbauen`,
          `<p>Begründung ${n}: Viele Familien erreichen die Angebote nicht; =HYPERLINK("x") bleibt Text.</p>`,
          n % 2 === 0,
          f.accounts.coordinatorA.id,
        ],
      );
      if (n % 3 === 0)
        await api.ds.query(
          `INSERT INTO recommendation_target_group (recommendation_id, target_group_id) VALUES ($1, $2)`,
          [rec, group],
        );
      if (n % 2 === 1)
        await api.ds.query(
          `INSERT INTO recommendation_municipality (recommendation_id, municipality_id) VALUES ($1, $2)`,
          [rec, f.municipalityA],
        );
    }
  const { createConceptDraft } = ok(
    await as('coordinatorA')(`mutation($r:ID!){ createConceptDraft(revisionId:$r){ id } }`, { r: revision }),
  );
  const paragraph = (c: number, p: number) =>
    `<p>Kapitel ${c}, Absatz ${p}: Die Kommunen des Kreises arbeiten in diesem Bereich eng zusammen und stimmen ihre Angebote ab, damit alle Menschen sie finden und nutzen können.</p>`;
  for (let c = 1; c <= chapters; c++) {
    const { addConceptSection } = ok(
      await as('coordinatorA')(
        `mutation($d:ID!,$i:NewConceptSectionInput!){ addConceptSection(draftId:$d, input:$i){ id } }`,
        {
          d: createConceptDraft.id,
          i: {
            title: `Zusatzkapitel ${c}`,
            body:
              Array.from({ length: 6 }, (_, p) => paragraph(c, p + 1)).join('') +
              '<ul><li>Erstens</li><li>Zweitens</li></ul>',
          },
        },
      ),
    );
    ok(
      await as('coordinatorA')(
        `mutation($d:ID!,$i:NewConceptSectionInput!){ addConceptSection(draftId:$d, input:$i){ id } }`,
        {
          d: createConceptDraft.id,
          i: { parentId: addConceptSection.id, title: `Abschnitt ${c}.1`, body: paragraph(c, 7) },
        },
      ),
    );
  }
  const { freezeConceptVersion } = ok(
    await as('coordinatorA')(
      `mutation($d:ID!){ freezeConceptVersion(draftId:$d){ id number sections { id level title } } }`,
      {
        d: createConceptDraft.id,
      },
    ),
  );
  return {
    revision,
    draft: createConceptDraft.id as string,
    version: freezeConceptVersion as { id: string; sections: { id: string; level: number; title: string }[] },
  };
}

const FINALISE = `mutation($v:ID!,$r:String){ finaliseConceptVersion(versionId:$v, overrideReason:$r){ id version overrideReason recommendationCount } }`;
const ADOPT = `mutation($id:ID!,$v:Int!,$i:AdoptionInput!){ recordConceptAdoption(id:$id, version:$v, input:$i){ id version adoptionResult } }`;
const PUBLISH = `mutation($id:ID!,$v:Int!){ publishConcept(id:$id, version:$v){ id version publishedAt } }`;
const PUBLIC = `query($r:ID!,$f:ID,$s:String){ publishedConcept(revisionId:$r){ title regionName versionNumber adoptionResult sections { id level title } fieldsOfAction { id code } recommendations(fieldOfActionId:$f, search:$s){ reference municipalities } documents { format url } } }`;

describe('finalising, adopting, publishing', () => {
  test('a version is made final (open rounds need a reason), the resolution recorded, the adopted concept published for everyone', async () => {
    const c = await concept(2, 4);
    const round = ok(
      await as('coordinatorA')(
        `mutation($v:ID!,$m:ID!,$d:DateTime!){ startReviewRound(input:{versionId:$v, municipalityIds:[$m], deadline:$d}){ id } }`,
        { v: c.version.id, m: f.municipalityA, d: new Date(Date.now() + 86_400_000 * 7).toISOString() },
      ),
    ).startReviewRound;
    for (const [who, expected] of [
      ['participant', 'FORBIDDEN'],
      ['reviewer', 'FORBIDDEN'],
      ['coordinatorB', 'NOT_FOUND'],
      ['anonymous', 'UNAUTHENTICATED'],
    ] as const)
      expect([who, code(await as(who)(FINALISE, { v: c.version.id }))]).toEqual([who, expected]);
    const refused = await as('coordinatorA')(FINALISE, { v: c.version.id });
    expect(code(refused)).toBe('ROUNDS_OPEN');
    expect(refused.errors![0].extensions!.messages).toEqual({
      de: expect.stringContaining('(1)') as string,
      en: expect.stringContaining('(1)') as string,
    });
    const pub = ok(
      await as('coordinatorA')(FINALISE, { v: c.version.id, r: 'Der Kreistag tagt vor Fristende.' }),
    ).finaliseConceptVersion;
    expect(pub).toMatchObject({ overrideReason: 'Der Kreistag tagt vor Fristende.', recommendationCount: 12 });
    expect(round.id).toBeTruthy();

    // Not adopted, not published; a wrong date is refused; a stale version too.
    expect(code(await as('coordinatorA')(PUBLISH, { id: pub.id, v: pub.version }))).toBe('NOT_ADOPTED');
    const adoption = { body: 'Kreistag', date: '2027-03-18', reference: 'Drucksache 37/2027', result: 'REJECTED' };
    expect(
      code(await as('coordinatorA')(ADOPT, { id: pub.id, v: pub.version, i: { ...adoption, date: '18.03.2027' } })),
    ).toBe('VALIDATION_FAILED');
    const rejected = ok(
      await as('coordinatorA')(ADOPT, { id: pub.id, v: pub.version, i: adoption }),
    ).recordConceptAdoption;
    expect(code(await as('coordinatorA')(PUBLISH, { id: pub.id, v: rejected.version }))).toBe('NOT_ADOPTED');
    expect(code(await as('coordinatorA')(ADOPT, { id: pub.id, v: pub.version, i: adoption }))).toBe('VERSION_CONFLICT');
    const adopted = ok(
      await as('coordinatorA')(ADOPT, { id: pub.id, v: rejected.version, i: { ...adoption, result: 'ADOPTED' } }),
    ).recordConceptAdoption;
    expect(code(await as('anonymous')(PUBLIC, { r: c.revision }))).toBe('NOT_FOUND');
    const published = ok(await as('coordinatorA')(PUBLISH, { id: pub.id, v: adopted.version })).publishConcept;
    expect(published.publishedAt).toEqual(expect.any(String));
    expect(code(await as('coordinatorA')(FINALISE, { v: c.version.id, r: 'x' }))).toBe('STATUS_TRANSITION_INVALID');
    const trail = (await api.ds.query(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY created_at`, [
      pub.id,
    ])) as {
      action: string;
    }[];
    expect(trail.map((t) => t.action)).toEqual([
      'concept.finalised',
      'concept.adoption.recorded',
      'concept.adoption.recorded',
      'concept.published',
    ]);

    // Everyone reads it without signing in, with the title it had when made final; recommendations filter by field
    // and by words.
    const { title } = ok(await as('anonymous')(PUBLIC, { r: c.revision })).publishedConcept;
    await api.ds.query(`UPDATE concept_draft SET title = 'Später umbenannt' WHERE id = $1`, [c.draft]);
    const read = ok(await as('anonymous')(PUBLIC, { r: c.revision })).publishedConcept;
    expect(read.title).toBe(title);
    expect(title).toMatch(/^Integrationskonzept – /);
    expect(read).toMatchObject({ versionNumber: 1, adoptionResult: 'ADOPTED', regionName: expect.any(String) });
    expect(read.sections.map((s: { title: string }) => s.title)).toEqual(c.version.sections.map((s) => s.title));
    expect(read.recommendations).toHaveLength(12);
    const aw = read.fieldsOfAction.find((x: { code: string }) => x.code === 'AW').id;
    const filtered = ok(await as('anonymous')(PUBLIC, { r: c.revision, f: aw })).publishedConcept.recommendations;
    expect(filtered.map((r: { reference: string }) => r.reference)).toEqual(['AW-01', 'AW-02', 'AW-03', 'AW-04']);
    expect(filtered[0].municipalities).toEqual(['Rheda-Wiedenbrück']);
    expect(filtered[1].municipalities).toBeNull();
    const words = ok(await as('anonymous')(PUBLIC, { r: c.revision, s: 'Empfehlung ZL 3' })).publishedConcept
      .recommendations;
    expect(words.map((r: { reference: string }) => r.reference)).toEqual(['ZL-03']);
    // Publishing asked for the four documents, once.
    const exports = (await api.ds.query(
      `SELECT format, status FROM data_export WHERE kind = 'concept-document' AND subject_id = $1 ORDER BY format::text`,
      [c.version.id],
    )) as { format: string; status: string }[];
    expect(exports.map((e) => e.format)).toEqual(['CSV', 'DOCX', 'PDF', 'JSON'].sort());
    ok(await as('coordinatorA')(`mutation($id:ID!){ buildConceptDocuments(id:$id){ id } }`, { id: pub.id }));
    expect(
      Number(
        (
          await api.ds.query(`SELECT count(*) FROM data_export WHERE kind = 'concept-document' AND subject_id = $1`, [
            c.version.id,
          ])
        )[0].count,
      ),
    ).toBe(4);
  });
});

describe('the documents', () => {
  let c: Awaited<ReturnType<typeof concept>>;
  const get = (format: string, revision = c.revision) =>
    fetch(`${api.url}/api/oeffentlich/konzepte/${revision}/${format}`);

  beforeAll(async () => {
    c = await concept(3, 5);
    const pub = ok(await as('coordinatorA')(FINALISE, { v: c.version.id })).finaliseConceptVersion;
    const adopted = ok(
      await as('coordinatorA')(ADOPT, {
        id: pub.id,
        v: pub.version,
        i: { body: 'Kreistag', date: '2027-03-18', reference: 'Drucksache 37/2027', result: 'ADOPTED_WITH_CHANGES' },
      }),
    ).recordConceptAdoption;
    ok(await as('coordinatorA')(PUBLISH, { id: pub.id, v: adopted.version }));
  });

  test('nothing is served before a file is complete; then PDF and DOCX hold every chapter and every recommendation', async () => {
    expect((await get('pdf')).status).toBe(404);
    const ids = (await api.ds.query(
      `SELECT id, format FROM data_export WHERE kind = 'concept-document' AND subject_id = $1`,
      [c.version.id],
    )) as { id: string; format: ExportFormat }[];
    for (const e of ids) expect(await new ConceptDocumentJob(api.ds).handle({ exportId: e.id })).toBe('done');
    const references = ['SB', 'AW', 'ZL'].flatMap((k) => [1, 2, 3, 4, 5].map((n) => `${k}-0${n}`));
    const chapterTitles = c.version.sections.map((s) => s.title);

    const pdfRes = await get('pdf');
    expect([pdfRes.status, pdfRes.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const pdf = await readPdf(Buffer.from(await pdfRes.arrayBuffer()));
    expect(pdf.tagged).toBe(true);
    const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
    for (const title of chapterTitles) expect(text).toContain(title);
    for (const ref of references) expect(text).toContain(ref);
    expect(text).toContain('Beschluss: Kreistag, 18. März 2027, Drucksache 37/2027: mit Änderungen beschlossen');
    expect(pdf.outline).toEqual(expect.arrayContaining(['Einleitung', 'Handlungsfelder', 'Zusatzkapitel 3']));
    // The contents on page 2 name each chapter with the page it starts on.
    const einleitung = pdf.pages.findIndex((p, i) => i > 1 && p.includes('Einleitung'));
    expect(pdf.pages[1]).toContain('Inhalt');
    expect(pdf.pages[1].replace(/\s+/g, ' ')).toMatch(new RegExp(`Einleitung ?${einleitung + 1}`));
    pdf.pages.forEach((p, i) => expect(p).toContain(`Seite ${i + 1} von ${pdf.pages.length}`));

    const docxRes = await get('docx');
    const zip = await JSZip.loadAsync(Buffer.from(await docxRes.arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    const docText = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    for (const title of chapterTitles) expect(docText).toContain(title);
    for (const ref of references) expect(docText).toContain(ref);
    expect(xml).toMatch(/TOC [^<]*\\o &quot;1-3&quot;/);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    const footer = Object.keys(zip.files).find((name) => /^word\/footer\d*\.xml$/.test(name))!;
    expect(await zip.file(footer)!.async('string')).toContain('PAGE');
  });

  test('open data: JSON after its published schema, CSV with the same fields, formulas neutralised', async () => {
    const schema = (await (await fetch(`${api.url}/api/oeffentlich/schema/handlungsempfehlungen.json`)).json()) as {
      properties: { recommendations: { items: { required: string[]; properties: Record<string, unknown> } } };
    };
    const json = (await (await get('json')).json()) as {
      $schema: string;
      concept: { version: number; adoption: { result: string } };
      recommendations: Record<string, unknown>[];
    };
    expect(json.$schema).toBe('/api/oeffentlich/schema/handlungsempfehlungen.json');
    expect(json.concept).toMatchObject({ version: 1, adoption: { result: 'ADOPTED_WITH_CHANGES' } });
    expect(json.recommendations).toHaveLength(15);
    const item = schema.properties.recommendations.items;
    for (const r of json.recommendations) {
      for (const key of item.required) expect(r).toHaveProperty(key);
      for (const key of Object.keys(r)) expect(Object.keys(item.properties)).toContain(key);
      expect(r.reference).toMatch(/^[A-Z]{1,4}-\d{2,}$/);
    }
    const csv = await (await get('csv')).text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0].split(';')).toEqual(OPEN_DATA_COLUMNS.map((col) => col.header));
    expect(lines).toHaveLength(16);
    expect(csv).not.toMatch(/;=HYPERLINK/);
    expect((await get('xlsx')).status).toBe(404);
    expect((await get('pdf', f.revisionA)).status).toBe(404); // not published
  });
});

describe.each(queueTestBackends())('an export killed mid-way on the $name backend', (backend) => {
  let queues: JobQueues;
  const children = new Set<ChildProcess>();

  beforeAll(async () => {
    await assertReachable(backend);
    queues = createJobQueues(
      testWorkerConfig(api.db.url, { redisUrl: backend.redisUrl, queuePrefix: backend.queuePrefix }),
      {
        logger: { warn: () => undefined },
      },
    );
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await queues?.close();
    await removeQueueKeys(backend);
  });

  const startWorker = () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      SWC_NODE_PROJECT: resolve(root, 'tsconfig.server.json'),
      DATABASE_URL: api.db.url,
      MIGRATE_ON_START: 'false',
      QUEUE_PREFIX: backend.queuePrefix,
      JOB_LOCK_DURATION_MS: '2000',
      JOB_STALLED_INTERVAL_MS: '1000',
    };
    if (backend.redisUrl) env.REDIS_URL = backend.redisUrl;
    else delete env.REDIS_URL;
    delete env.SMTP_URL;
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    children.add(child);
    child.once('exit', () => children.delete(child));
    return child;
  };

  test('kill -9 while the PDF is written: it completes after restart, exactly one file exists, a partial one is never served', async () => {
    const c = await concept(60, 2);
    const pub = ok(await as('coordinatorA')(FINALISE, { v: c.version.id })).finaliseConceptVersion;
    const adopted = ok(
      await as('coordinatorA')(ADOPT, {
        id: pub.id,
        v: pub.version,
        i: { body: 'Kreistag', date: '2027-03-18', reference: 'DS 1', result: 'ADOPTED' },
      }),
    ).recordConceptAdoption;
    ok(await as('coordinatorA')(PUBLISH, { id: pub.id, v: adopted.version }));
    const [{ id }] = (await api.ds.query(
      `SELECT id FROM data_export WHERE kind = 'concept-document' AND subject_id = $1 AND format = 'PDF'`,
      [c.version.id],
    )) as { id: string }[];
    await enqueueExport(queues, CONCEPT_DOCUMENT_JOB, id);

    const first = startWorker();
    const state = async () =>
      (
        (await api.ds.query(
          `SELECT status, processed, total, content IS NOT NULL AS has_file FROM data_export WHERE id = $1`,
          [id],
        )) as {
          status: string;
          processed: number;
          total: number;
          has_file: boolean;
        }[]
      )[0];
    const running = await waitFor(
      'the PDF to be half written',
      async () => {
        const s = await state();
        return s.status === ExportStatus.RUNNING && s.processed >= 2 && s;
      },
      60_000,
    );
    first.kill('SIGKILL');
    expect(running.processed).toBeLessThan(running.total);
    expect(running.has_file).toBe(false);
    const served = await fetch(`${api.url}/api/oeffentlich/konzepte/${c.revision}/pdf`);
    expect(served.status).toBe(404);

    startWorker();
    await waitFor('the PDF to be complete', async () => (await state()).status === ExportStatus.DONE, 60_000);
    const files = (await api.ds.query(
      `SELECT count(*)::int AS n FROM data_export WHERE kind = 'concept-document' AND subject_id = $1 AND format = 'PDF' AND content IS NOT NULL`,
      [c.version.id],
    )) as { n: number }[];
    expect(files[0].n).toBe(1);
    const pdf = await readPdf(
      Buffer.from(await (await fetch(`${api.url}/api/oeffentlich/konzepte/${c.revision}/pdf`)).arrayBuffer()),
    );
    expect(pdf.pages.join(' ')).toContain('Zusatzkapitel 60');
  });
});
