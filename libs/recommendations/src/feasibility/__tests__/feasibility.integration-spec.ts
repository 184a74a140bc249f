import { FeasibilityAnswer } from '@konzeptwerk/contracts';
import { Actor, type DomainError } from '@konzeptwerk/platform';
import { seedFixtures, startTestApi, TEST_PASSWORD, type Fixtures, type TestApi } from '@konzeptwerk/testing';
import { FeasibilityService } from '../feasibility.service';
import {
  actorOf,
  addRecommendations,
  codeOf,
  type FeasibilityFixtures,
  inDays,
  seedFeasibility,
} from './feasibility-fixtures';

let api: TestApi;
let f: Fixtures;
let x: FeasibilityFixtures;
let service: FeasibilityService;
const as: Record<string, Actor> = {};

beforeAll(async () => {
  api = await startTestApi();
  f = await seedFixtures(api.ds, TEST_PASSWORD);
  x = await seedFeasibility(api.ds, f);
  service = new FeasibilityService(api.ds);
  for (const [role, account] of Object.entries(f.accounts)) as[role] = await actorOf(api.ds, account.id);
  as.implementer2 = await actorOf(api.ds, x.implementer2.id);
  as.anonymous = Actor.anonymous();
});
afterAll(() => api?.close());

const recs = (count = 1, status = 'IN_REVIEW') =>
  addRecommendations(api.ds, {
    revisionId: f.revisionA,
    fieldId: x.fieldSB,
    createdById: f.accounts.participant.id,
    count,
    status,
  });

const request = (
  actor: Actor,
  recommendationIds: string[],
  organisationIds: string[],
  more: { deadline?: Date; message?: string | null; reminderDaysBefore?: number[] } = {},
) =>
  service.requestFeasibility(actor, {
    revisionId: f.revisionA,
    recommendationIds,
    organisationIds,
    deadline: more.deadline ?? inDays(14),
    message: more.message,
    reminderDaysBefore: more.reminderDaysBefore,
  });

/** Notification parameters as a JSON object, however the column holds them (object or JSON text). */
const PARAMS = `(CASE jsonb_typeof(params) WHEN 'string' THEN (params #>> '{}')::jsonb ELSE params END)`;

const checksOf = (requestId: string) =>
  api.ds.query(
    `SELECT c.id, c.recommendation_id, c.organisation_id, c.answer, c.version FROM feasibility_check c WHERE c.request_id = $1`,
    [requestId],
  ) as Promise<
    { id: string; recommendation_id: string; organisation_id: string; answer: string | null; version: number }[]
  >;

const checkFor = async (requestId: string, recommendationId: string, organisationId: string) =>
  (await checksOf(requestId)).find(
    (c) => c.recommendation_id === recommendationId && c.organisation_id === organisationId,
  )!;

describe('requestFeasibility', () => {
  test('a coordinator asks four organisations about two recommendations: checks, status, mails, notices, audit', async () => {
    const [inReview, inCheck] = [...(await recs()), ...(await recs(1, 'FEASIBILITY_CHECK'))];
    const orgs = [f.organisationA, x.orgContact, x.orgOther, x.orgSilent];

    const result = await request(as.coordinatorA, [inReview.id, inCheck.id], orgs, {
      deadline: new Date('2099-03-14T22:59:00Z'),
      message: 'Bitte stimmen Sie sich mit Ihrer Geschäftsführung ab.',
    });

    expect(result).toMatchObject({ created: 8, skipped: 0, organisationsWithoutRecipient: [x.orgSilent] });
    expect(result.request).toMatchObject({ revisionId: f.revisionA, reminderDaysBefore: [7, 1] });
    expect(await checksOf(result.request.id)).toHaveLength(8);

    const statuses = (await api.ds.query(`SELECT id, status, version FROM recommendation WHERE id = ANY($1)`, [
      [inReview.id, inCheck.id],
    ])) as { id: string; status: string; version: number }[];
    expect(statuses.find((s) => s.id === inReview.id)).toMatchObject({ status: 'FEASIBILITY_CHECK', version: 2 });
    expect(statuses.find((s) => s.id === inCheck.id)).toMatchObject({ status: 'FEASIBILITY_CHECK', version: 1 });

    const mails = (await api.ds.query(
      `SELECT recipient, subject, text_body FROM outbox_message WHERE kind = 'feasibility-request' AND text_body LIKE $1 ORDER BY recipient`,
      [`%${inReview.reference}%`],
    )) as { recipient: string; subject: string; text_body: string }[];
    const to = (recipient: string) => mails.find((m) => m.recipient === recipient)!;
    expect(mails.map((m) => m.recipient).sort()).toEqual(
      [f.accounts.implementer.email, x.implementer2.email, 'kontakt@caritas-guetersloh.example'].sort(),
    );
    const mail = to(f.accounts.implementer.email);
    expect(mail.subject).toBe('Umsetzbarkeitsprüfung: 2 Handlungsempfehlungen bis 14.03.2099');
    expect(mail.text_body).toContain(`- ${inReview.reference} „${inReview.title}“`);
    expect(mail.text_body).toContain(`- ${inCheck.reference} „${inCheck.title}“`);
    expect(mail.text_body).toContain('bis zum 14.03.2099, 23:59 Uhr');
    expect(mail.text_body).toContain('Bitte stimmen Sie sich mit Ihrer Geschäftsführung ab.');
    expect(mail.text_body).toContain(`/fortschreibungen/${f.revisionA}/umsetzbarkeit`);
    expect(mail.text_body).toContain(
      'coordinatorA (Koordination, Kreis Gütersloh) bittet Jobcenter Kreis Gütersloh um eine Einschätzung',
    );
    expect(mail.text_body).not.toContain('Kontaktadresse');
    expect(to('kontakt@caritas-guetersloh.example').text_body).toContain('Kontaktadresse');

    const notices = (await api.ds.query(
      `SELECT account_id, ${PARAMS} AS params, link FROM notification
        WHERE kind = 'feasibility.requested' AND ${PARAMS}->>'requestId' = $1`,
      [result.request.id],
    )) as { account_id: string; params: { references: string[] }; link: string }[];
    expect(notices.map((n) => n.account_id).sort()).toEqual([f.accounts.implementer.id, x.implementer2.id].sort());
    expect(notices[0].params.references).toEqual([inReview.reference, inCheck.reference]);
    expect(notices[0].link).toBe(`/fortschreibungen/${f.revisionA}/umsetzbarkeit`);

    const audits = (await api.ds.query(
      `SELECT action, entity_id, before, after FROM audit_entry WHERE entity_id = ANY($1) ORDER BY id`,
      [[inReview.id, inCheck.id, result.request.id]],
    )) as { action: string; entity_id: string; before: unknown; after: Record<string, unknown> }[];
    expect(audits).toEqual([
      {
        action: 'recommendation.status',
        entity_id: inReview.id,
        before: { status: 'IN_REVIEW' },
        after: { status: 'FEASIBILITY_CHECK' },
      },
      expect.objectContaining({ action: 'feasibility.requested', entity_id: result.request.id, before: null }),
    ]);
    expect(audits[1].after).toMatchObject({ checks: 8, skipped: 0, reminderDaysBefore: [7, 1] });
  });

  test('pairs that already wait in an open request are skipped and said so; nothing new at all is refused', async () => {
    const [first, second] = await recs(2);
    const one = await request(as.coordinatorA, [first.id], [f.organisationA]);
    const two = await request(as.coordinatorA, [first.id, second.id], [f.organisationA]);
    expect(two).toMatchObject({ created: 1, skipped: 1 });
    expect((await checksOf(two.request.id)).map((c) => c.recommendation_id)).toEqual([second.id]);
    const [mail] = (await api.ds.query(
      `SELECT text_body FROM outbox_message WHERE kind = 'feasibility-request' AND text_body LIKE $1`,
      [`%${second.reference}%`],
    )) as { text_body: string }[];
    expect(mail.text_body).not.toContain(first.reference);

    expect(await codeOf(request(as.coordinatorA, [first.id, second.id], [f.organisationA]))).toBe('VALIDATION_FAILED');

    // Once the earlier request's deadline has passed, its unanswered pair can be asked again.
    await api.ds.query(`UPDATE feasibility_request SET deadline = now() - interval '1 day' WHERE id = $1`, [
      one.request.id,
    ]);
    expect(await request(as.coordinatorA, [first.id, second.id], [f.organisationA])).toMatchObject({
      created: 1,
      skipped: 1,
    });
  });

  test('invalid requests are refused and write nothing', async () => {
    const [ok] = await recs();
    const [draft] = await recs(1, 'DRAFT');
    const [agreed] = await recs(1, 'AGREED');
    const [foreign] = await addRecommendations(api.ds, {
      revisionId: f.revisionB,
      fieldId: x.fieldB,
      createdById: f.accounts.coordinatorB.id,
      code: 'BS',
    });
    const count = async () =>
      (
        await api.ds.query(
          `SELECT (SELECT count(*) FROM feasibility_request) + (SELECT count(*) FROM outbox_message) AS n`,
        )
      )[0].n as string;
    const before = await count();

    expect(await codeOf(request(as.coordinatorA, [ok.id], [f.organisationA], { deadline: inDays(-1) }))).toBe(
      'DEADLINE_INVALID',
    );
    expect(await codeOf(request(as.coordinatorA, [ok.id, foreign.id], [f.organisationA]))).toBe('VALIDATION_FAILED');
    expect(await codeOf(request(as.coordinatorA, ['not-a-uuid'], [f.organisationA]))).toBe('VALIDATION_FAILED');
    expect(await codeOf(request(as.coordinatorA, [], [f.organisationA]))).toBe('VALIDATION_FAILED');
    expect(await codeOf(request(as.coordinatorA, [ok.id], [f.organisationB]))).toBe('VALIDATION_FAILED');
    expect(await codeOf(request(as.coordinatorA, [ok.id], [f.organisationA], { reminderDaysBefore: [0] }))).toBe(
      'VALIDATION_FAILED',
    );
    expect(await codeOf(request(as.coordinatorA, [ok.id], [f.organisationA], { reminderDaysBefore: [7, 7] }))).toBe(
      'VALIDATION_FAILED',
    );
    expect(await codeOf(request(as.coordinatorA, [ok.id], [f.organisationA], { reminderDaysBefore: [61] }))).toBe(
      'VALIDATION_FAILED',
    );
    const inDraft = await request(as.coordinatorA, [ok.id, draft.id], [f.organisationA]).catch((e: DomainError) => e);
    expect(inDraft).toMatchObject({
      code: 'STATUS_TRANSITION_INVALID',
      params: { status: { de: 'Entwurf', en: 'Draft' } },
      details: { recommendationId: draft.id },
    });
    expect(await codeOf(request(as.coordinatorA, [agreed.id], [f.organisationA]))).toBe('STATUS_TRANSITION_INVALID');

    expect(await count()).toBe(before);
    const [{ status }] = await api.ds.query(`SELECT status FROM recommendation WHERE id = $1`, [ok.id]);
    expect(status).toBe('IN_REVIEW');
  });

  test('only a coordinator of the region may ask', async () => {
    const [rec] = await recs();
    const codes: Record<string, string> = {};
    for (const role of [
      'anonymous',
      'admin',
      'coordinatorB',
      'participant',
      'reviewer',
      'implementer',
      'observer',
      'outsider',
    ]) {
      codes[role] = await codeOf(request(as[role], [rec.id], [f.organisationA]));
    }
    expect(codes).toEqual({
      anonymous: 'UNAUTHENTICATED',
      admin: 'FORBIDDEN',
      coordinatorB: 'NOT_FOUND',
      participant: 'FORBIDDEN',
      reviewer: 'FORBIDDEN',
      implementer: 'FORBIDDEN',
      observer: 'FORBIDDEN',
      outsider: 'NOT_FOUND',
    });
    expect(await codeOf(request(as.coordinatorA, [rec.id], [f.organisationA]))).toBe('OK');
  });
});

describe('answerFeasibility', () => {
  test('the implementing actor answers for their organisation, with a reason where needed, and may change it', async () => {
    const [rec] = await recs();
    const { request: req } = await request(as.coordinatorA, [rec.id], [f.organisationA, x.orgOther]);
    const check = await checkFor(req.id, rec.id, f.organisationA);
    const answer = (
      actor: Actor,
      more: { answer?: FeasibilityAnswer; comment?: string | null; version?: number } = {},
    ) =>
      service.answerFeasibility(actor, {
        checkId: check.id,
        answer: more.answer ?? FeasibilityAnswer.NOT_FEASIBLE,
        comment: more.comment,
        version: more.version ?? 1,
      });

    const noReason = await answer(as.implementer, { comment: '   ' }).catch((e: DomainError) => e);
    expect(noReason).toMatchObject({
      code: 'VALIDATION_FAILED',
      params: { details: { en: expect.stringContaining('comment: required') } },
    });
    expect(await codeOf(answer(as.implementer, { answer: FeasibilityAnswer.FEASIBLE_WITH_CONDITIONS }))).toBe(
      'VALIDATION_FAILED',
    );

    const first = await answer(as.implementer, { comment: 'Keine Mittel für Kinderbetreuung im Haushalt 2027.' });
    expect(first).toMatchObject({
      answer: 'NOT_FEASIBLE',
      answeredById: f.accounts.implementer.id,
      version: 2,
      recommendation: { reference: rec.reference },
    });
    expect(await codeOf(answer(as.implementer, { answer: FeasibilityAnswer.FEASIBLE, version: 1 }))).toBe(
      'VERSION_CONFLICT',
    );
    const second = await answer(as.implementer, { answer: FeasibilityAnswer.FEASIBLE, version: 2 });
    expect(second).toMatchObject({ answer: 'FEASIBLE', comment: null, version: 3 });

    const audits = (await api.ds.query(
      `SELECT before, after FROM audit_entry WHERE action = 'feasibility.answered' AND entity_id = $1 ORDER BY id`,
      [check.id],
    )) as { before: Record<string, unknown> | null; after: Record<string, unknown> }[];
    expect(audits).toEqual([
      {
        before: null,
        after: {
          recommendation: rec.reference,
          organisation: 'Jobcenter Kreis Gütersloh',
          answer: 'NOT_FEASIBLE',
          comment: 'Keine Mittel für Kinderbetreuung im Haushalt 2027.',
        },
      },
      {
        before: expect.objectContaining({ answer: 'NOT_FEASIBLE' }),
        after: expect.objectContaining({ answer: 'FEASIBLE', comment: null }),
      },
    ]);
    const notices = (await api.ds.query(
      `SELECT account_id, ${PARAMS} AS params FROM notification
        WHERE kind = 'feasibility.answered' AND ${PARAMS}->>'checkId' = $1 ORDER BY created_at`,
      [check.id],
    )) as { account_id: string; params: Record<string, unknown> }[];
    expect(notices.map((n) => [n.account_id, n.params.answer, n.params.changed])).toEqual([
      [f.accounts.coordinatorA.id, 'NOT_FEASIBLE', false],
      [f.accounts.coordinatorA.id, 'FEASIBLE', true],
    ]);
  });

  test('nobody else answers for the organisation', async () => {
    const [rec] = await recs();
    const { request: req } = await request(as.coordinatorA, [rec.id], [f.organisationA]);
    const check = await checkFor(req.id, rec.id, f.organisationA);
    const codes: Record<string, string> = {};
    for (const role of [
      'anonymous',
      'admin',
      'coordinatorA',
      'coordinatorB',
      'participant',
      'reviewer',
      'implementer2',
      'observer',
      'outsider',
    ]) {
      codes[role] = await codeOf(
        service.answerFeasibility(as[role], { checkId: check.id, answer: FeasibilityAnswer.FEASIBLE, version: 1 }),
      );
    }
    expect(codes).toEqual({
      anonymous: 'UNAUTHENTICATED',
      admin: 'FORBIDDEN',
      coordinatorA: 'FORBIDDEN',
      coordinatorB: 'NOT_FOUND',
      participant: 'FORBIDDEN',
      reviewer: 'FORBIDDEN',
      implementer2: 'FORBIDDEN',
      observer: 'FORBIDDEN',
      outsider: 'NOT_FOUND',
    });
    expect(
      await codeOf(
        service.answerFeasibility(as.implementer, {
          checkId: '00000000-0000-4000-8000-000000000000',
          answer: FeasibilityAnswer.FEASIBLE,
          version: 1,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect((await checksOf(req.id))[0]).toMatchObject({ answer: null, version: 1 });
  });

  test('after the deadline: ALREADY_ANSWERED when answered, DEADLINE_PASSED when not', async () => {
    const [answered, open] = await recs(2);
    const { request: req } = await request(as.coordinatorA, [answered.id, open.id], [f.organisationA]);
    const a = await checkFor(req.id, answered.id, f.organisationA);
    const b = await checkFor(req.id, open.id, f.organisationA);
    await service.answerFeasibility(as.implementer, { checkId: a.id, answer: FeasibilityAnswer.FEASIBLE, version: 1 });
    await api.ds.query(`UPDATE feasibility_request SET deadline = now() - interval '1 minute' WHERE id = $1`, [req.id]);

    expect(
      await codeOf(
        service.answerFeasibility(as.implementer, {
          checkId: a.id,
          answer: FeasibilityAnswer.NOT_FEASIBLE,
          comment: 'Doch nicht',
          version: 2,
        }),
      ),
    ).toBe('ALREADY_ANSWERED');
    expect(
      await codeOf(
        service.answerFeasibility(as.implementer, { checkId: b.id, answer: FeasibilityAnswer.FEASIBLE, version: 1 }),
      ),
    ).toBe('DEADLINE_PASSED');
  });
});

describe('feasibilityMatrix', () => {
  test('shows the latest check of each pair, to coordinators only', async () => {
    const [r1, r2] = await recs(2);
    const old = await request(as.coordinatorA, [r1.id], [x.orgContact]);
    await api.ds.query(
      `UPDATE feasibility_request SET deadline = now() - interval '1 day', created_at = now() - interval '30 days' WHERE id = $1`,
      [old.request.id],
    );
    const { request: req } = await request(as.coordinatorA, [r1.id, r2.id], [f.organisationA, x.orgContact]);
    const check = await checkFor(req.id, r1.id, f.organisationA);
    await service.answerFeasibility(as.implementer, {
      checkId: check.id,
      answer: FeasibilityAnswer.FEASIBLE_WITH_CONDITIONS,
      comment: 'Mit Landesförderung',
      version: 1,
    });

    const matrix = await service.feasibilityMatrix(as.coordinatorA, f.revisionA);
    expect(matrix.recommendations.map((r) => r.id)).toEqual(expect.arrayContaining([r1.id, r2.id]));
    const refs = matrix.recommendations.map((r) => r.reference);
    expect(refs.indexOf(r1.reference)).toBeLessThan(refs.indexOf(r2.reference));
    expect(matrix.organisations.map((o) => o.id)).toEqual(expect.arrayContaining([f.organisationA, x.orgContact]));
    const mine = matrix.cells.filter((c) => [r1.id, r2.id].includes(c.recommendationId));
    expect(mine).toHaveLength(4);
    expect(mine.every((c) => c.requestId === req.id)).toBe(true);
    expect(mine.find((c) => c.checkId === check.id)).toMatchObject({
      recommendationId: r1.id,
      organisationId: f.organisationA,
      answer: 'FEASIBLE_WITH_CONDITIONS',
      comment: 'Mit Landesförderung',
      answeredAt: expect.any(Date),
      deadline: req.deadline,
    });
    expect(mine.filter((c) => c.answer === null)).toHaveLength(3);

    const codes: Record<string, string> = {};
    for (const role of [
      'anonymous',
      'admin',
      'coordinatorB',
      'participant',
      'reviewer',
      'implementer',
      'observer',
      'outsider',
    ]) {
      codes[role] = await codeOf(service.feasibilityMatrix(as[role], f.revisionA));
    }
    expect(codes).toEqual({
      anonymous: 'UNAUTHENTICATED',
      admin: 'FORBIDDEN',
      coordinatorB: 'NOT_FOUND',
      participant: 'FORBIDDEN',
      reviewer: 'FORBIDDEN',
      implementer: 'FORBIDDEN',
      observer: 'FORBIDDEN',
      outsider: 'NOT_FOUND',
    });
  });

  test('costs the same number of SQL statements for 3 and for 30 recommendations', async () => {
    const [revisionId] = (await api.ds.query(
      `INSERT INTO concept_revision (region_id, title, version) VALUES ($1, 'Fortschreibung 2030', 1) RETURNING id`,
      [f.regionA],
    )) as { id: string }[];
    const [fieldId] = (await api.ds.query(
      `INSERT INTO field_of_action (revision_id, title, code, position, version) VALUES ($1, 'Arbeit und Wirtschaft', 'AW', 1, 1) RETURNING id`,
      [revisionId.id],
    )) as { id: string }[];
    const add = async (count: number) => {
      const made = await addRecommendations(api.ds, {
        revisionId: revisionId.id,
        fieldId: fieldId.id,
        createdById: f.accounts.participant.id,
        count,
        code: 'AW',
      });
      await service.requestFeasibility(as.coordinatorA, {
        revisionId: revisionId.id,
        recommendationIds: made.map((r) => r.id),
        organisationIds: [f.organisationA, x.orgContact, x.orgOther],
        deadline: inDays(14),
      });
    };
    const measure = async () => {
      api.sql.reset();
      const matrix = await service.feasibilityMatrix(as.coordinatorA, revisionId.id);
      return { count: api.sql.count, matrix };
    };

    await add(3);
    const small = await measure();
    expect(small.matrix.cells).toHaveLength(9);
    await add(27);
    const large = await measure();
    expect(large.matrix.recommendations).toHaveLength(30);
    expect(large.matrix.cells).toHaveLength(90);
    expect(large.count).toBe(small.count);
    expect(small.count).toBeLessThanOrEqual(4);
  });
});

describe('myFeasibilityChecks', () => {
  test("implementing actors get their organisation's checks, open ones first; coordinators all", async () => {
    const [r1, r2, r3] = await recs(3);
    const { request: req } = await request(as.coordinatorA, [r1.id, r2.id, r3.id], [f.organisationA, x.orgOther]);
    const answeredCheck = await checkFor(req.id, r1.id, f.organisationA);
    await service.answerFeasibility(as.implementer, {
      checkId: answeredCheck.id,
      answer: FeasibilityAnswer.FEASIBLE,
      version: 1,
    });

    const mine = (await service.myFeasibilityChecks(as.implementer, f.revisionA)).filter((c) => c.requestId === req.id);
    expect(mine.map((c) => [c.recommendation!.reference, c.answer])).toEqual([
      [r2.reference, null],
      [r3.reference, null],
      [r1.reference, 'FEASIBLE'],
    ]);
    expect(mine.every((c) => c.organisationId === f.organisationA)).toBe(true);
    expect(mine[0].recommendation).toMatchObject({ title: r2.title, rationale: expect.stringContaining('Betreuung') });
    expect(mine[0].request).toMatchObject({ id: req.id, deadline: req.deadline, message: null });

    const all = await service.myFeasibilityChecks(as.implementer, f.revisionA);
    const firstAnswered = all.findIndex((c) => c.answer !== null);
    expect(all.slice(firstAnswered).every((c) => c.answer !== null || c.request!.deadline < new Date())).toBe(true);

    const theirs = (await service.myFeasibilityChecks(as.implementer2, f.revisionA)).filter(
      (c) => c.requestId === req.id,
    );
    expect(theirs.map((c) => c.organisationId)).toEqual([x.orgOther, x.orgOther, x.orgOther]);
    const coordinator = (await service.myFeasibilityChecks(as.coordinatorA, f.revisionA)).filter(
      (c) => c.requestId === req.id,
    );
    expect(coordinator).toHaveLength(6);

    const codes: Record<string, string> = {};
    for (const role of ['anonymous', 'admin', 'coordinatorB', 'participant', 'reviewer', 'observer', 'outsider']) {
      codes[role] = await codeOf(service.myFeasibilityChecks(as[role], f.revisionA));
    }
    expect(codes).toEqual({
      anonymous: 'UNAUTHENTICATED',
      admin: 'FORBIDDEN',
      coordinatorB: 'NOT_FOUND',
      participant: 'FORBIDDEN',
      reviewer: 'FORBIDDEN',
      observer: 'FORBIDDEN',
      outsider: 'NOT_FOUND',
    });
  });
});
