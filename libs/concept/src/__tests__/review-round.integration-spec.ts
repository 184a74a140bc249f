import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ExportFormat } from '@konzeptwerk/contracts';
import { type JobEnqueuer } from '@konzeptwerk/platform';
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
import { ConsiderationExportJob } from '../consideration-export.job';
import { ReviewReminderSweepJob, ReviewRemindJob, type ReviewRemindData } from '../review-reminders.job';
import { plainTextOf } from '../text';

type Who = FixtureRole | 'reviewer2' | 'reviewer3' | 'anonymous';

let api: TestApi;
let f: Fixtures;
const cookies = {} as Record<Exclude<Who, 'anonymous'>, string>;
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
let fieldA: string;

beforeAll(async () => {
  api = await startTestApi();
  f = await seedFixtures(api.ds, TEST_PASSWORD);
  Object.assign(cookies, await signInAll(api, f, ROLES));
  // A reviewer for the second municipality and a second one for the first.
  for (const [key, municipality] of [
    ['reviewer2', f.municipalityA2],
    ['reviewer3', f.municipalityA],
  ] as const) {
    const [{ id }] = (await api.ds.query(
      `INSERT INTO account (email, display_name, password_hash) SELECT $1, $2, password_hash FROM account WHERE id = $3 RETURNING id`,
      [`${key}@example.org`, key, f.accounts.reviewer.id],
    )) as { id: string }[];
    await api.ds.query(
      `INSERT INTO revision_membership (revision_id, account_id, role, municipality_id) VALUES ($1, $2, 'MUNICIPAL_REVIEWER', $3)`,
      [f.revisionA, id, municipality],
    );
    cookies[key] = await api.signIn(`${key}@example.org`);
  }
  const field = async (title: string, code: string, position: number) =>
    (
      (await api.ds.query(
        `INSERT INTO field_of_action (revision_id, title, code, position, version) VALUES ($1, $2, $3, $4, 1) RETURNING id`,
        [f.revisionA, title, code, position],
      )) as { id: string }[]
    )[0].id;
  fieldA = await field('Sprache und Bildung', 'SB', 1);
  await field('Arbeit und Wirtschaft', 'AW', 2);
  await api.ds.query(
    `INSERT INTO goal (revision_id, field_of_action_id, text, position, version) VALUES
       ($1, $2, 'Alle Kinder sprechen beim Schuleintritt Deutsch.', 1, 1), ($1, NULL, 'Teilhabe für alle.', 1, 1)`,
    [f.revisionA, fieldA],
  );
  await api.ds.query(
    `INSERT INTO recommendation (revision_id, field_of_action_id, number, reference, title, rationale, status, created_by_id, version)
     VALUES ($1, $2, 1, 'SB-01', 'Sprachkurse mit Kinderbetreuung', '<p>Mütter erreichen wir nur mit Betreuung.</p>', 'AGREED', $3, 1),
            ($1, $2, 2, 'SB-02', 'Noch im Entwurf', '<p>Entwurf</p>', 'DRAFT', $3, 1)`,
    [f.revisionA, fieldA, f.accounts.coordinatorA.id],
  );
});
afterAll(() => api?.close());

const as = (who: Who) => asCaller(api, cookies)(who);
const code = errorCode;
const ok = dataOf;
const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

const DRAFT = `query($r:ID!){ conceptDraft(revisionId:$r){ id title sections { id parentId position kind title body liveHtml version } versions { id number } } }`;
const UPDATE = `mutation($id:ID!,$v:Int!,$input:ConceptSectionInput!){ updateConceptSection(id:$id, version:$v, input:$input){ id body version } }`;
const FREEZE = `mutation($d:ID!,$n:String){ freezeConceptVersion(draftId:$d, note:$n){ id number sections { id level title html } } }`;
const COMPARE = `query($a:ID!,$b:ID!){ compareDraftVersions(fromId:$a, toId:$b){ added removed changed html docxUrl sections { id status title blocks { status segments { kind text } } } } }`;
const START = `mutation($input:StartReviewRoundInput!){ startReviewRound(input:$input){ id number status version } }`;
const COMMENT = `mutation($input:ReviewCommentInput!){ addReviewComment(input:$input){ id version quote municipalityName passage { found start end } } }`;
const STATEMENT = `mutation($r:ID!,$k:StatementKind!,$t:String){ giveReviewStatement(roundId:$r, kind:$k, text:$t){ id kind municipalityName } }`;
const ROUND = `query($id:ID!){ reviewRound(id:$id){ id status myPart { deadline } comments { id text municipalityName quote proposedText disposition } statements { kind municipalityName } } }`;
const BOARD = `query($id:ID!){ reviewRound(id:$id){ board { municipalityName progress comments statement deadline } } }`;
const ANSWER = `mutation($id:ID!,$v:Int!,$d:DispositionKind!,$r:String){ answerReviewComment(id:$id, version:$v, disposition:$d, reason:$r){ id version disposition dispositionReason } }`;

interface Section {
  id: string;
  parentId: string | null;
  kind: string;
  title: string;
  body: string;
  liveHtml: string;
  version: number;
}

async function draft(): Promise<{ id: string; sections: Section[]; versions: { id: string; number: number }[] }> {
  return ok(await as('coordinatorA')(DRAFT, { r: f.revisionA })).conceptDraft;
}

/** The passage's offsets in a version section's plain text, as the browser computes them from the selection. */
const passage = (html: string, quote: string) => {
  const text = plainTextOf(html);
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + quote.length };
};

let draftId: string;
let introId: string;
let fieldSectionId: string;
let v1: { id: string; number: number; sections: { id: string; html: string; title: string }[] };

describe('the concept draft', () => {
  test('created from the template by a coordinator, with a chapter per field of action showing goals and agreed recommendations live', async () => {
    for (const [who, expected] of [
      ['participant', 'FORBIDDEN'],
      ['reviewer', 'FORBIDDEN'],
      ['coordinatorB', 'NOT_FOUND'],
      ['anonymous', 'UNAUTHENTICATED'],
    ] as const)
      expect([
        who,
        code(await as(who)(`mutation($r:ID!){ createConceptDraft(revisionId:$r){ id } }`, { r: f.revisionA })),
      ]).toEqual([who, expected]);
    ok(await as('coordinatorA')(`mutation($r:ID!){ createConceptDraft(revisionId:$r){ id } }`, { r: f.revisionA }));
    expect(
      code(await as('coordinatorA')(`mutation($r:ID!){ createConceptDraft(revisionId:$r){ id } }`, { r: f.revisionA })),
    ).toBe('DRAFT_EXISTS');
    const d = await draft();
    draftId = d.id;
    const chapters = d.sections.filter((s) => !s.parentId).sort((a, b) => a.title.localeCompare(b.title));
    expect(d.sections.filter((s) => !s.parentId).map((s) => s.kind)).toEqual([
      'INTRODUCTION',
      'GUIDING_PRINCIPLES',
      'DATA_AND_FACTS',
      'STRUCTURES',
      'FIELDS_OF_ACTION',
      'IMPLEMENTATION',
    ]);
    expect(chapters).toHaveLength(6);
    const fields = d.sections.filter((s) => s.kind === 'FIELD_OF_ACTION');
    expect(fields.map((s) => s.title)).toEqual(['Sprache und Bildung', 'Arbeit und Wirtschaft']);
    const sb = fields[0];
    expect(sb.liveHtml).toContain('Alle Kinder sprechen beim Schuleintritt Deutsch.');
    expect(sb.liveHtml).toContain('<h4>SB-01 Sprachkurse mit Kinderbetreuung</h4>');
    expect(sb.liveHtml).not.toContain('Noch im Entwurf');
    expect(d.sections.find((s) => s.kind === 'GUIDING_PRINCIPLES')!.liveHtml).toContain('Teilhabe für alle.');
    // Everyone of the revision reads it; other regions do not.
    expect(ok(await as('participant')(DRAFT, { r: f.revisionA })).conceptDraft.id).toBe(d.id);
    expect(code(await as('coordinatorB')(DRAFT, { r: f.revisionA }))).toBe('NOT_FOUND');
    introId = d.sections.find((s) => s.kind === 'INTRODUCTION')!.id;
    fieldSectionId = sb.id;
    // The inventory's figures stand in "Daten und Fakten": each indicator's latest year as a table.
    const [{ id: indicator }, { id: notInConcept }] = (await api.ds.query(
      `INSERT INTO indicator (revision_id, name, unit, source, in_concept, version)
       VALUES ($1, 'Schülerinnen und Schüler mit Zuwanderungsgeschichte', 'Personen', 'IT.NRW', true, 1),
              ($1, 'Nicht im Konzept', 'Personen', 'IT.NRW', false, 1) RETURNING id`,
      [f.revisionA],
    )) as { id: string }[];
    await api.ds.query(
      `INSERT INTO indicator_value (indicator_id, municipality_id, year, value, version)
       VALUES ($1, $2, 2023, 100, 1), ($1, $2, 2024, 1234.5, 1), ($1, $3, 2024, 812, 1), ($4, $2, 2024, 5, 1)`,
      [indicator, f.municipalityA, f.municipalityA2, notInConcept],
    );
    const facts = (await draft()).sections.find((s) => s.kind === 'DATA_AND_FACTS')!.liveHtml;
    expect(facts).toContain('<h3>Schülerinnen und Schüler mit Zuwanderungsgeschichte</h3>');
    expect(facts).toContain('2024, in Personen. Quelle: IT.NRW.');
    expect(facts).toMatch(/Rheda-Wiedenbrück<\/td><td>1\.234,5<\/td>.*Gütersloh<\/td><td>812<\/td>/);
    expect(facts).not.toContain('>100<');
    expect(facts).not.toContain('Nicht im Konzept');
    // A recommendation agreed later appears at once: the part is live until a version freezes it.
    await api.ds.query(`UPDATE recommendation SET status = 'AGREED' WHERE reference = 'SB-02'`);
    expect((await draft()).sections.find((s) => s.id === sb.id)!.liveHtml).toContain('SB-02 Noch im Entwurf');
    await api.ds.query(`UPDATE recommendation SET status = 'DRAFT' WHERE reference = 'SB-02'`);
  });

  test('sections are written as sanitized rich text; a stale version is refused and nothing is overwritten', async () => {
    const intro = (await draft()).sections.find((s) => s.id === introId)!;
    const body =
      '<h2>Anlass</h2><p>Der Kreis schreibt sein Integrationskonzept fort. Die Sprachkurse werden ausgebaut.</p>' +
      '<p>Alle Kommunen wirken mit.<script>alert(1)</script></p><ul><li>Kita</li><li>Schule</li></ul>';
    const saved = ok(
      await as('coordinatorA')(UPDATE, { id: introId, v: intro.version, input: { title: 'Einleitung', body } }),
    ).updateConceptSection;
    expect(saved.body).not.toContain('script');
    expect(saved.body).toContain('<li>Kita</li>');
    const stale = await as('coordinatorA')(UPDATE, {
      id: introId,
      v: intro.version,
      input: { title: 'X', body: '<p>weg</p>' },
    });
    expect(code(stale)).toBe('VERSION_CONFLICT');
    expect(
      code(await as('participant')(UPDATE, { id: introId, v: saved.version, input: { title: 'X', body: '' } })),
    ).toBe('FORBIDDEN');
    expect((await draft()).sections.find((s) => s.id === introId)!.body).toBe(saved.body);
  });

  test('chapters of their own are added, moved and removed; the template chapters stay', async () => {
    const fieldsOf = async () =>
      (await draft()).sections
        .filter((s) => s.kind === 'FIELD_OF_ACTION')
        .sort((a, b) => (a as Section & { position: number }).position - (b as Section & { position: number }).position)
        .map((s) => s.title);
    const aw = (await draft()).sections.find((s) => s.title === 'Arbeit und Wirtschaft')!;
    ok(await as('coordinatorA')(`mutation($id:ID!){ moveConceptSection(id:$id, direction:-1){ id } }`, { id: aw.id }));
    expect(await fieldsOf()).toEqual(['Arbeit und Wirtschaft', 'Sprache und Bildung']);
    ok(await as('coordinatorA')(`mutation($id:ID!){ moveConceptSection(id:$id, direction:-1){ id } }`, { id: aw.id }));
    expect(await fieldsOf()).toEqual(['Arbeit und Wirtschaft', 'Sprache und Bildung']); // already first
    ok(await as('coordinatorA')(`mutation($id:ID!){ moveConceptSection(id:$id, direction:1){ id } }`, { id: aw.id }));
    expect(await fieldsOf()).toEqual(['Sprache und Bildung', 'Arbeit und Wirtschaft']);

    const added = ok(
      await as('coordinatorA')(
        `mutation($d:ID!,$p:ID){ addConceptSection(draftId:$d, input:{parentId:$p, title:"Glossar", body:"<p>Begriffe</p>"}){ id kind position } }`,
        { d: draftId, p: null },
      ),
    ).addConceptSection;
    expect(added).toMatchObject({ kind: 'CUSTOM', position: 6 });
    expect(code(await as('coordinatorA')(`mutation($id:ID!){ deleteConceptSection(id:$id) }`, { id: introId }))).toBe(
      'VALIDATION_FAILED',
    );
    ok(await as('coordinatorA')(`mutation($id:ID!){ deleteConceptSection(id:$id) }`, { id: added.id }));
    expect((await draft()).sections.some((s) => s.id === added.id)).toBe(false);
  });

  test('freezing makes immutable numbered versions; any two compare as a word-level redline, in the browser and as DOCX', async () => {
    v1 = ok(await as('coordinatorA')(FREEZE, { d: draftId, n: 'Erster Entwurf' })).freezeConceptVersion;
    expect(v1.sections.find((s) => s.id === fieldSectionId)!.html).toContain('SB-01 Sprachkurse mit Kinderbetreuung');
    const intro = (await draft()).sections.find((s) => s.id === introId)!;
    ok(
      await as('coordinatorA')(UPDATE, {
        id: introId,
        v: intro.version,
        input: {
          title: 'Einleitung',
          body: intro.body.replace(
            'Die Sprachkurse werden ausgebaut.',
            'Die Sprachkurse für Eltern werden deutlich ausgebaut.',
          ),
        },
      }),
    );
    const v2 = ok(await as('coordinatorA')(FREEZE, { d: draftId })).freezeConceptVersion;
    expect(v2.number).toBe(v1.number + 1);
    // The first version did not change with the draft.
    const again = ok(
      await as('participant')(`query($id:ID!){ draftVersion(id:$id){ sections { id html } } }`, { id: v1.id }),
    ).draftVersion;
    expect(again.sections.find((s: { id: string }) => s.id === introId).html).toContain(
      'Die Sprachkurse werden ausgebaut.',
    );

    const cmp = ok(await as('participant')(COMPARE, { a: v1.id, b: v2.id })).compareDraftVersions;
    expect([cmp.added, cmp.removed, cmp.changed]).toEqual([0, 0, 1]);
    const changed = cmp.sections.find((s: { id: string }) => s.id === introId);
    expect(changed.status).toBe('changed');
    const block = changed.blocks.find((b: { status: string }) => b.status === 'changed');
    const added = block.segments
      .filter((s: { kind: string }) => s.kind === 'added')
      .map((s: { text: string }) => s.text.trim());
    expect(added).toEqual(expect.arrayContaining([expect.stringContaining('für Eltern')]));
    expect(block.segments.filter((s: { kind: string }) => s.kind === 'removed')).toEqual([]);
    expect(cmp.html).toMatch(/<ins>[^<]*für Eltern/);
    const docx = await fetch(`${api.url}${cmp.docxUrl}`, { headers: { cookie: cookies.participant } });
    expect(docx.status).toBe(200);
    const xml = await (
      await JSZip.loadAsync(Buffer.from(await docx.arrayBuffer()))
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml).toMatch(/<w:ins [^>]*w:author="Konzeptwerk"/);
    expect(xml).toContain('für Eltern');
    expect((await fetch(`${api.url}${cmp.docxUrl}`, { headers: { cookie: cookies.coordinatorB } })).status).toBe(404);
    expect((await fetch(`${api.url}${cmp.docxUrl}`)).status).toBe(401);
  });
});

describe('a review round', () => {
  let round: { id: string; version: number };
  let commentA: { id: string; version: number };
  let commentOnField: { id: string };

  test('a coordinator sends a version to chosen municipalities; their reviewers are told, nobody else sees the round', async () => {
    const input = {
      versionId: v1.id,
      municipalityIds: [f.municipalityA, f.municipalityA2],
      deadline: days(14),
      othersVisible: false,
    };
    for (const [who, expected] of [
      ['reviewer', 'FORBIDDEN'],
      ['participant', 'FORBIDDEN'],
      ['coordinatorB', 'NOT_FOUND'],
    ] as const)
      expect([who, code(await as(who)(START, { input }))]).toEqual([who, expected]);
    expect(code(await as('coordinatorA')(START, { input: { ...input, deadline: days(-1) } }))).toBe('DEADLINE_INVALID');
    expect(code(await as('coordinatorA')(START, { input: { ...input, municipalityIds: [f.municipalityB] } }))).toBe(
      'VALIDATION_FAILED',
    );
    round = ok(await as('coordinatorA')(START, { input })).startReviewRound;
    expect(round).toMatchObject({ number: 1, status: 'OPEN' });

    const mails = (await api.ds.query(
      `SELECT recipient, subject, text_body FROM outbox_message WHERE kind = 'review.invitation' ORDER BY recipient`,
    )) as { recipient: string; subject: string; text_body: string }[];
    expect(mails.map((m) => m.recipient)).toEqual([
      'reviewer2@example.org',
      'reviewer3@example.org',
      'reviewer@example.org',
    ]);
    expect(mails[0].text_body).toContain(`/abstimmung/${round.id}`);
    expect(mails[0].text_body).toContain('Gütersloh');
    for (const who of ['reviewer', 'reviewer2'] as const)
      expect(
        ok(await as(who)(`query($r:ID!){ reviewRounds(revisionId:$r){ id } }`, { r: f.revisionA })).reviewRounds,
      ).toEqual([{ id: round.id }]);
    expect(
      ok(await as('participant')(`query($r:ID!){ reviewRounds(revisionId:$r){ id } }`, { r: f.revisionA }))
        .reviewRounds,
    ).toEqual([]);
    expect(code(await as('participant')(ROUND, { id: round.id }))).toBe('NOT_FOUND');
    const board = ok(await as('coordinatorA')(BOARD, { id: round.id })).reviewRound.board;
    expect(board.map((b: { progress: string }) => b.progress)).toEqual(['NOT_OPENED', 'NOT_OPENED']);
    expect(code(await as('reviewer')(BOARD, { id: round.id }))).toBe('FORBIDDEN');
  });

  test('reviewers read, comment on passages with proposed text, and give one statement each; the board follows', async () => {
    ok(await as('reviewer')(`mutation($id:ID!){ openReviewRound(id:$id){ id } }`, { id: round.id }));
    const intro = v1.sections.find((s) => s.id === introId)!;
    const field = v1.sections.find((s) => s.id === fieldSectionId)!;
    commentA = ok(
      await as('reviewer')(COMMENT, {
        input: {
          roundId: round.id,
          sectionId: introId,
          ...passage(intro.html, 'Alle Kommunen wirken mit.'),
          text: 'Bitte die Rolle der Städte genauer beschreiben.',
          proposedText: 'Alle Städte und Gemeinden des Kreises wirken mit.',
        },
      }),
    ).addReviewComment;
    expect(commentA).toMatchObject({
      quote: 'Alle Kommunen wirken mit.',
      municipalityName: 'Rheda-Wiedenbrück',
      passage: { found: true },
    });
    commentOnField = ok(
      await as('reviewer2')(COMMENT, {
        input: {
          roundId: round.id,
          sectionId: fieldSectionId,
          ...passage(field.html, 'Sprachkurse mit Kinderbetreuung'),
          text: 'Auch Väter mitdenken.',
        },
      }),
    ).addReviewComment;
    expect(
      code(
        await as('reviewer')(COMMENT, {
          input: { roundId: round.id, sectionId: introId, start: 5, end: 99999, text: 'x' },
        }),
      ),
    ).toBe('VALIDATION_FAILED');
    expect(
      code(await as('coordinatorA')(COMMENT, { input: { roundId: round.id, sectionId: introId, text: 'x' } })),
    ).toBe('FORBIDDEN');

    // Each municipality sees its own comments only; the coordination sees all.
    const mine = ok(await as('reviewer')(ROUND, { id: round.id })).reviewRound;
    expect(mine.comments.map((c: { text: string }) => c.text)).toEqual([
      'Bitte die Rolle der Städte genauer beschreiben.',
    ]);
    expect(ok(await as('reviewer3')(ROUND, { id: round.id })).reviewRound.comments).toHaveLength(1);
    expect(ok(await as('coordinatorA')(ROUND, { id: round.id })).reviewRound.comments).toHaveLength(2);

    expect(code(await as('reviewer')(STATEMENT, { r: round.id, k: 'OBJECTION', t: ' ' }))).toBe('REASON_REQUIRED');
    const given = ok(
      await as('reviewer')(STATEMENT, {
        r: round.id,
        k: 'APPROVED_WITH_REMARKS',
        t: 'Mit den Anmerkungen einverstanden.',
      }),
    );
    expect(given.giveReviewStatement).toMatchObject({
      kind: 'APPROVED_WITH_REMARKS',
      municipalityName: 'Rheda-Wiedenbrück',
    });
    expect(code(await as('reviewer3')(STATEMENT, { r: round.id, k: 'APPROVED' }))).toBe('STATEMENT_ALREADY_GIVEN');
    expect(ok(await as('reviewer2')(ROUND, { id: round.id })).reviewRound.statements).toEqual([]);

    const board = ok(await as('coordinatorA')(BOARD, { id: round.id })).reviewRound.board;
    expect(board).toEqual([
      expect.objectContaining({ municipalityName: 'Gütersloh', progress: 'COMMENTED', comments: 1, statement: null }),
      expect.objectContaining({
        municipalityName: 'Rheda-Wiedenbrück',
        progress: 'STATEMENT_GIVEN',
        statement: 'APPROVED_WITH_REMARKS',
      }),
    ]);
  });

  test('Abwägung: every comment answered with a reason; proposed text taken into the next version, whose redline shows it; the anchor follows unchanged passages', async () => {
    expect(code(await as('coordinatorA')(ANSWER, { id: commentA.id, v: commentA.version, d: 'NOT_ACCEPTED' }))).toBe(
      'REASON_REQUIRED',
    );
    expect(code(await as('reviewer')(ANSWER, { id: commentA.id, v: commentA.version, d: 'ACCEPTED' }))).toBe(
      'FORBIDDEN',
    );
    const answered = ok(
      await as('coordinatorA')(ANSWER, { id: commentA.id, v: commentA.version, d: 'ACCEPTED' }),
    ).answerReviewComment;
    expect(code(await as('coordinatorA')(ANSWER, { id: commentA.id, v: commentA.version, d: 'PARTLY', r: 'x' }))).toBe(
      'VERSION_CONFLICT',
    );
    ok(
      await as('coordinatorA')(ANSWER, {
        id: commentOnField.id,
        v: 1,
        d: 'PARTLY',
        r: 'Väter werden im Text ergänzt.',
      }),
    );
    expect(answered.disposition).toBe('ACCEPTED');

    ok(
      await as('coordinatorA')(`mutation($id:ID!){ applyReviewProposal(id:$id){ proposalAppliedAt } }`, {
        id: commentA.id,
      }),
    );
    expect((await draft()).sections.find((s) => s.id === introId)!.body).toContain(
      'Alle Städte und Gemeinden des Kreises wirken mit.',
    );
    // Text before the other comment's passage changes; the passage itself does not.
    const fieldNow = (await draft()).sections.find((s) => s.id === fieldSectionId)!;
    ok(
      await as('coordinatorA')(UPDATE, {
        id: fieldSectionId,
        v: fieldNow.version,
        input: { title: fieldNow.title, body: '<p>Sprache öffnet Türen.</p>' },
      }),
    );
    const v3 = ok(await as('coordinatorA')(FREEZE, { d: draftId })).freezeConceptVersion;

    const cmp = ok(await as('coordinatorA')(COMPARE, { a: v1.id, b: v3.id })).compareDraftVersions;
    expect(cmp.html).toMatch(/<del>[^<]*Kommunen/);
    expect(cmp.html).toMatch(/<ins>[^<]*Städte und Gemeinden des Kreises/);

    const WHERE = `query($id:ID!,$v:ID){ reviewRound(id:$id){ comments { id passage(versionId:$v){ found start end } } } }`;
    const inV3 = ok(await as('coordinatorA')(WHERE, { id: round.id, v: v3.id })).reviewRound.comments as {
      id: string;
      passage: { found: boolean; start: number | null };
    }[];
    const inV1 = ok(await as('coordinatorA')(WHERE, { id: round.id, v: v1.id })).reviewRound.comments as typeof inV3;
    expect(inV3.find((c) => c.id === commentA.id)!.passage.found).toBe(false); // replaced by the proposal
    const moved = inV3.find((c) => c.id === commentOnField.id)!.passage;
    expect(moved.found).toBe(true);
    expect(moved.start).toBeGreaterThan(inV1.find((c) => c.id === commentOnField.id)!.passage.start!);
    const v3Field = v3.sections.find((s: { id: string }) => s.id === fieldSectionId).html as string;
    expect(plainTextOf(v3Field).slice(moved.start!, moved.start! + 'Sprachkurse mit Kinderbetreuung'.length)).toBe(
      'Sprachkurse mit Kinderbetreuung',
    );

    // Taking it over twice changes nothing; a passage that is gone cannot be replaced.
    ok(await as('coordinatorA')(`mutation($id:ID!){ applyReviewProposal(id:$id){ id } }`, { id: commentA.id }));
    expect((await draft()).sections.find((s) => s.id === introId)!.body.match(/Städte und Gemeinden/g)).toHaveLength(1);
  });

  test('the Abwägungstabelle is shown and exported as XLSX and DOCX', async () => {
    const TABLE = `query($id:ID!){ reviewRound(id:$id){ considerationTable { municipality section passage comment proposedText answer reason } } }`;
    const rows = ok(await as('coordinatorA')(TABLE, { id: round.id })).reviewRound.considerationTable;
    expect(rows).toEqual([
      expect.objectContaining({
        municipality: 'Gütersloh',
        section: 'Sprache und Bildung',
        answer: 'teilweise berücksichtigt',
        reason: 'Väter werden im Text ergänzt.',
      }),
      expect.objectContaining({
        municipality: 'Rheda-Wiedenbrück',
        passage: 'Alle Kommunen wirken mit.',
        proposedText: 'Alle Städte und Gemeinden des Kreises wirken mit.',
        answer: 'berücksichtigt',
      }),
    ]);
    expect(code(await as('reviewer')(TABLE, { id: round.id }))).toBe('FORBIDDEN');

    const EXPORT = `mutation($r:ID!,$f:ExportFormat!){ exportConsiderationTable(roundId:$r, format:$f){ id status } }`;
    expect(code(await as('coordinatorA')(EXPORT, { r: round.id, f: 'PDF' }))).toBe('VALIDATION_FAILED');
    expect(code(await as('reviewer')(EXPORT, { r: round.id, f: 'XLSX' }))).toBe('FORBIDDEN');
    const file = async (format: ExportFormat) => {
      const { id } = ok(await as('coordinatorA')(EXPORT, { r: round.id, f: format })).exportConsiderationTable;
      expect(await new ConsiderationExportJob(api.ds).handle({ exportId: id })).toBe('done');
      const res = await fetch(`${api.url}/api/exports/${id}/download`, { headers: { cookie: cookies.coordinatorA } });
      expect(res.status).toBe(200);
      return Buffer.from(await res.arrayBuffer());
    };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await file(ExportFormat.XLSX)) as never);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).values).toEqual(
      expect.arrayContaining(['Kommune', 'Textstelle', 'Anmerkung', 'Abwägung', 'Begründung']),
    );
    expect(sheet.rowCount).toBe(3);
    expect(JSON.stringify(sheet.getRow(3).values)).toContain('Alle Kommunen wirken mit.');
    const xml = await (await JSZip.loadAsync(await file(ExportFormat.DOCX))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Väter werden im Text ergänzt.');
    expect(xml).toContain('<w:tblHeader/>');
  });

  test('deadlines: extended per municipality; past it, nothing more is accepted; a closed round accepts nothing', async () => {
    const EXTEND = `mutation($r:ID!,$m:ID!,$d:DateTime!){ extendReviewDeadline(roundId:$r, municipalityId:$m, deadline:$d){ municipalityName deadline } }`;
    expect(code(await as('coordinatorA')(EXTEND, { r: round.id, m: f.municipalityA2, d: days(1) }))).toBe(
      'VALIDATION_FAILED',
    );
    const extended = ok(
      await as('coordinatorA')(EXTEND, { r: round.id, m: f.municipalityA2, d: days(21) }),
    ).extendReviewDeadline;
    expect(new Date(extended.deadline).getTime()).toBeGreaterThan(Date.now() + 20 * 86_400_000);
    expect(ok(await as('reviewer2')(ROUND, { id: round.id })).reviewRound.myPart.deadline).toBe(extended.deadline);
    await api.ds.query(
      `UPDATE review_municipality SET deadline = now() - interval '1 minute' WHERE round_id = $1 AND municipality_id = $2`,
      [round.id, f.municipalityA],
    );
    expect(
      code(await as('reviewer3')(COMMENT, { input: { roundId: round.id, sectionId: introId, text: 'spät' } })),
    ).toBe('DEADLINE_PASSED');
    const r = ok(
      await as('coordinatorA')(`query($id:ID!){ reviewRound(id:$id){ version } }`, { id: round.id }),
    ).reviewRound;
    ok(
      await as('coordinatorA')(`mutation($id:ID!,$v:Int!){ closeReviewRound(id:$id, version:$v){ status } }`, {
        id: round.id,
        v: r.version,
      }),
    );
    expect(
      code(await as('reviewer2')(COMMENT, { input: { roundId: round.id, sectionId: introId, text: 'zu spät' } })),
    ).toBe('ROUND_CLOSED');
    expect(code(await as('reviewer2')(STATEMENT, { r: round.id, k: 'APPROVED' }))).toBe('ROUND_CLOSED');
  });
});

describe('at the same time', () => {
  test('two reviewers of one municipality give a statement at once: one is stored, the other is told; twenty comments at once are all kept', async () => {
    const round = ok(
      await as('coordinatorA')(START, {
        input: {
          versionId: v1.id,
          municipalityIds: [f.municipalityA, f.municipalityA2],
          deadline: days(10),
          othersVisible: true,
        },
      }),
    ).startReviewRound;
    const results = await Promise.all([
      as('reviewer')(STATEMENT, { r: round.id, k: 'APPROVED' }),
      as('reviewer3')(STATEMENT, { r: round.id, k: 'OBJECTION', t: 'Nicht einverstanden.' }),
    ]);
    expect(results.map((r) => code(r) ?? 'ok').sort()).toEqual(['STATEMENT_ALREADY_GIVEN', 'ok']);
    expect(
      Number((await api.ds.query(`SELECT count(*) FROM review_statement WHERE round_id = $1`, [round.id]))[0].count),
    ).toBe(1);

    const written = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        as(i % 2 ? 'reviewer2' : 'reviewer3')(COMMENT, {
          input: { roundId: round.id, sectionId: introId, text: `Anmerkung ${i}` },
        }),
      ),
    );
    expect(written.filter((r) => r.errors)).toEqual([]);
    // With othersVisible, a reviewer sees the other municipality's comments too.
    const seen = ok(await as('reviewer')(ROUND, { id: round.id })).reviewRound;
    expect(seen.comments).toHaveLength(20);
    expect(seen.statements).toHaveLength(1);

    const comment = written[0].data!.addReviewComment as { id: string; version: number };
    const answers = await Promise.all([
      as('coordinatorA')(ANSWER, { id: comment.id, v: comment.version, d: 'ACCEPTED' }),
      as('coordinatorA')(ANSWER, { id: comment.id, v: comment.version, d: 'NOT_ACCEPTED', r: 'Nein.' }),
    ]);
    expect(answers.map((r) => code(r) ?? 'ok').sort()).toEqual(['VERSION_CONFLICT', 'ok']);
  });
});

describe('reminders', () => {
  test('exactly once per reviewer and point, none after the statement, again before an extended deadline', async () => {
    const enqueued: ReviewRemindData[] = [];
    const recorder: JobEnqueuer = {
      async enqueue(_queue, _name, data) {
        enqueued.push(data as ReviewRemindData);
      },
    };
    const round = ok(
      await as('coordinatorA')(START, {
        input: {
          versionId: v1.id,
          municipalityIds: [f.municipalityA, f.municipalityA2],
          deadline: days(1.5),
          othersVisible: false,
        },
      }),
    ).startReviewRound;
    // The round started ten days ago: the 7-day point lay after its start, so 2 days before the deadline is due now.
    await api.ds.query(`UPDATE review_round SET created_at = now() - interval '10 days' WHERE id = $1`, [round.id]);
    const sweep = new ReviewReminderSweepJob(api.ds, recorder);
    const remind = new ReviewRemindJob(api.ds);
    await sweep.handle();
    const points = enqueued.filter((p) => p.roundId === round.id);
    expect(points.map((p) => [p.municipalityId, p.daysBefore]).sort()).toEqual(
      [
        [f.municipalityA, 2],
        [f.municipalityA2, 2],
      ].sort(),
    );
    const mails = async () =>
      (
        (await api.ds.query(
          `SELECT recipient FROM outbox_message WHERE kind = 'review-reminder' AND text_body LIKE '%' || $1 || '%' ORDER BY recipient`,
          [round.id],
        )) as { recipient: string }[]
      ).map((m) => m.recipient);
    const a = points.find((p) => p.municipalityId === f.municipalityA)!;
    const a2 = points.find((p) => p.municipalityId === f.municipalityA2)!;
    expect(await remind.handle(a)).toBe(2); // reviewer and reviewer3
    expect(await remind.handle(a)).toBe(0); // run twice: nothing more
    expect(await mails()).toEqual(['reviewer3@example.org', 'reviewer@example.org']);
    // Gütersloh gives its statement before its reminder runs: none goes out, and the sweep finds nothing more.
    ok(await as('reviewer2')(STATEMENT, { r: round.id, k: 'APPROVED' }));
    expect(await remind.handle(a2)).toBe(0);
    enqueued.length = 0;
    await sweep.handle();
    expect(enqueued.filter((p) => p.roundId === round.id)).toEqual([]);
    expect(await mails()).toEqual(['reviewer3@example.org', 'reviewer@example.org']);
    // Rheda-Wiedenbrück gets more time; its reviewers are reminded again before the new deadline.
    await api.ds.query(
      `UPDATE review_municipality SET deadline = now() + interval '1 day' WHERE round_id = $1 AND municipality_id = $2`,
      [round.id, f.municipalityA],
    );
    await sweep.handle();
    const again = enqueued.filter((p) => p.roundId === round.id);
    expect(again).toHaveLength(1);
    expect(again[0].deadline).not.toBe(a.deadline);
    expect(await remind.handle(a)).toBe(0); // the old deadline's point is void
    expect(await remind.handle(again[0])).toBe(2);
    expect(await mails()).toHaveLength(4);
  });
});
