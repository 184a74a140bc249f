import type { DataSource } from 'typeorm';
import { FeasibilityAnswer } from '@konzeptwerk/contracts';
import { connectAndMigrate } from '@konzeptwerk/database';
import {
  createJobQueues,
  type JobQueues,
  type RunningJobWorker,
  startJobWorker,
  type WorkerConfig,
} from '@konzeptwerk/jobs';
import type { Actor } from '@konzeptwerk/platform';
import {
  createTestDatabase,
  seedFixtures,
  TEST_PASSWORD,
  type Fixtures,
  type TestDatabase,
} from '@konzeptwerk/testing';
import {
  assertReachable,
  queueTestBackends,
  removeQueueKeys,
  waitFor,
} from '../../../../jobs/src/testing/queue-backends';
import {
  FeasibilityReminderSweepJob,
  FeasibilityRemindJob,
  type FeasibilityRemindData,
  feasibilityJobs,
} from '../feasibility-reminders.job';
import { FeasibilityService } from '../feasibility.service';
import { actorOf, addRecommendations, type FeasibilityFixtures, inDays, seedFeasibility } from './feasibility-fixtures';

jest.setTimeout(60_000);

const silent = { warn: () => undefined };

describe.each(queueTestBackends())('feasibility reminders on the $name backend', (backend) => {
  let db: TestDatabase;
  let ds: DataSource;
  let f: Fixtures;
  let x: FeasibilityFixtures;
  let config: WorkerConfig;
  let queues: JobQueues;
  let service: FeasibilityService;
  let sweep: FeasibilityReminderSweepJob;
  let remind: FeasibilityRemindJob;
  let coordinator: Actor;
  let implementer: Actor;
  let worker: RunningJobWorker | null = null;

  beforeAll(async () => {
    await assertReachable(backend);
    db = await createTestDatabase();
    ds = await connectAndMigrate(db.url);
    f = await seedFixtures(ds, TEST_PASSWORD);
    x = await seedFeasibility(ds, f);
    config = {
      databaseUrl: db.url,
      redisUrl: backend.redisUrl,
      queuePrefix: backend.queuePrefix,
      mail: { maxAttempts: 3, retryDelayMs: 100 },
      concurrency: 2,
      lockDurationMs: 5_000,
      stalledIntervalMs: 5_000,
      migrate: false,
      smtpUrl: null,
      mailFrom: 'Konzeptwerk <no-reply@konzeptwerk.example>',
      mailSweepIntervalMs: 300,
    };
    queues = createJobQueues(config, { logger: silent });
    service = new FeasibilityService(ds);
    sweep = new FeasibilityReminderSweepJob(ds, queues);
    remind = new FeasibilityRemindJob(ds);
    coordinator = await actorOf(ds, f.accounts.coordinatorA.id);
    implementer = await actorOf(ds, f.accounts.implementer.id);
  });

  afterEach(async () => {
    await worker?.close();
    worker = null;
  });

  afterAll(async () => {
    await queues?.close();
    await ds?.destroy();
    await db?.drop();
    await removeQueueKeys(backend);
  });

  /** A request with its deadline `deadlineIn` days away, made `madeAgo` days ago. */
  async function makeRequest(organisationIds: string[], deadlineIn: number, madeAgo: number, count = 2) {
    const recs = await addRecommendations(ds, {
      revisionId: f.revisionA,
      fieldId: x.fieldSB,
      createdById: f.accounts.participant.id,
      count,
    });
    const { request } = await service.requestFeasibility(coordinator, {
      revisionId: f.revisionA,
      recommendationIds: recs.map((r) => r.id),
      organisationIds,
      deadline: inDays(deadlineIn),
    });
    await ds.query(`UPDATE feasibility_request SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [
      request.id,
      madeAgo,
    ]);
    return { request, recs };
  }

  const moveDeadline = (requestId: string, days: number) =>
    ds.query(`UPDATE feasibility_request SET deadline = $2 WHERE id = $1`, [requestId, inDays(days)]);

  const duePoints = async (requestId: string) =>
    (await sweep.duePoints())
      .filter((p) => p.requestId === requestId)
      .sort((a, b) => a.organisationId.localeCompare(b.organisationId));

  const point = (requestId: string, organisationId: string, daysBefore: number): FeasibilityRemindData => ({
    requestId,
    organisationId,
    daysBefore,
  });

  /** Reminder mails naming the reference, per recipient. */
  async function remindersAbout(reference: string): Promise<Record<string, number>> {
    const rows = (await ds.query(
      `SELECT recipient, count(*)::int AS n FROM outbox_message
        WHERE kind = 'feasibility-reminder' AND text_body LIKE $1 GROUP BY recipient`,
      [`%- ${reference} „%`],
    )) as { recipient: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.recipient, r.n]));
  }

  const queuedFor = async (requestId: string) =>
    (await queues.get('reminders').getJobs(['waiting', 'delayed', 'prioritized', 'active']))
      .filter(
        (j) => j.name === FeasibilityRemindJob.jobName && (j.data as FeasibilityRemindData).requestId === requestId,
      )
      .map((j) => j.id)
      .sort();

  const answerAll = async (requestId: string, organisationId: string) => {
    const checks = (await ds.query(`SELECT id FROM feasibility_check WHERE request_id = $1 AND organisation_id = $2`, [
      requestId,
      organisationId,
    ])) as { id: string }[];
    for (const c of checks) {
      await service.answerFeasibility(implementer, { checkId: c.id, answer: FeasibilityAnswer.FEASIBLE, version: 1 });
    }
  };

  test('the sweep enqueues one job per due point with a deterministic id, however often it runs', async () => {
    const { request } = await makeRequest([f.organisationA, x.orgContact, x.orgSilent], 2, 10);

    // Seven days before lies after the request was made and has passed; one day before lies ahead.
    // The organisation without any recipient has nobody to remind.
    expect(await duePoints(request.id)).toEqual(
      [point(request.id, f.organisationA, 7), point(request.id, x.orgContact, 7)].sort((a, b) =>
        a.organisationId.localeCompare(b.organisationId),
      ),
    );

    await sweep.handle();
    await sweep.handle();
    await queues.enqueue('reminders', FeasibilityRemindJob.jobName, point(request.id, f.organisationA, 7), {
      jobId: FeasibilityReminderSweepJob.jobId(point(request.id, f.organisationA, 7)),
    });

    expect(await queuedFor(request.id)).toEqual(
      [
        `feasibility-remind-${request.id}-${f.organisationA}-7`,
        `feasibility-remind-${request.id}-${x.orgContact}-7`,
      ].sort(),
    );
  });

  test('a reminder runs twice and is sent once per recipient and point; answered organisations get none', async () => {
    const { request, recs } = await makeRequest([f.organisationA, x.orgContact], 2, 10);
    const [first, second] = recs;

    for (let run = 0; run < 2; run++) {
      for (const p of await duePoints(request.id)) await remind.handle(p);
      await remind.handle(point(request.id, f.organisationA, 7));
      await remind.handle(point(request.id, x.orgContact, 7));
    }

    expect(await remindersAbout(first.reference)).toEqual({
      [f.accounts.implementer.email]: 1,
      'kontakt@caritas-guetersloh.example': 1,
    });
    const [mail] = (await ds.query(
      `SELECT subject, text_body FROM outbox_message WHERE kind = 'feasibility-reminder' AND recipient = $1 AND text_body LIKE $2`,
      [f.accounts.implementer.email, `%${first.reference} „%`],
    )) as { subject: string; text_body: string }[];
    expect(mail.subject).toMatch(/^Erinnerung: Umsetzbarkeitsprüfung bis \d\d\.\d\d\.\d{4}$/);
    expect(mail.text_body).toContain(`- ${second.reference} „${second.title}“`);
    expect(mail.text_body).toMatch(/Die Frist endet am \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr/);
    expect(mail.text_body).toContain(`/fortschreibungen/${f.revisionA}/umsetzbarkeit`);
    const [{ n: notices }] = await ds.query(
      `SELECT count(*)::int AS n FROM notification WHERE kind = 'feasibility.reminder' AND account_id = $1`,
      [f.accounts.implementer.id],
    );
    expect(notices).toBe(1);
    // Sent points are not enqueued again every minute.
    expect(await duePoints(request.id)).toEqual([]);

    // Half a day before the deadline the one-day point is due; the implementing actor answers first.
    await moveDeadline(request.id, 0.5);
    expect((await duePoints(request.id)).map((p) => p.daysBefore)).toEqual([1, 1]);
    await answerAll(request.id, f.organisationA);
    expect(await remind.handle(point(request.id, f.organisationA, 1))).toBe(0);
    expect(await duePoints(request.id)).toEqual([point(request.id, x.orgContact, 1)]);
    expect(await remind.handle(point(request.id, x.orgContact, 1))).toBe(1);
    expect(await remind.handle(point(request.id, x.orgContact, 1))).toBe(0);

    expect(await remindersAbout(first.reference)).toEqual({
      [f.accounts.implementer.email]: 1,
      'kontakt@caritas-guetersloh.example': 2,
    });
  });

  test('no reminders for points before the request was made, for answered requests or past deadlines', async () => {
    const late = await makeRequest([f.organisationA], 0.5, 0);
    const answered = await makeRequest([f.organisationA], 2, 10);
    await answerAll(answered.request.id, f.organisationA);
    const expired = await makeRequest([x.orgContact], 2, 10);
    await moveDeadline(expired.request.id, -0.1);

    for (const r of [late, answered, expired]) expect(await duePoints(r.request.id)).toEqual([]);
    await sweep.handle();
    for (const r of [late, answered, expired]) expect(await queuedFor(r.request.id)).toEqual([]);
    expect(await remind.handle(point(answered.request.id, f.organisationA, 7))).toBe(0);
    expect(await remind.handle(point(expired.request.id, x.orgContact, 7))).toBe(0);
    expect(await remindersAbout(answered.recs[0].reference)).toEqual({});
    expect(await remindersAbout(expired.recs[0].reference)).toEqual({});
  });

  test('the worker schedules the sweep and sends due reminders by itself', async () => {
    const { recs } = await makeRequest([x.orgOther], 3, 10);

    worker = await startJobWorker(config, silent, [feasibilityJobs]);

    const schedulers = await queues.get('reminders').getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toContain(FeasibilityReminderSweepJob.jobName);
    await waitFor(
      'the reminder to be written',
      async () => (await remindersAbout(recs[0].reference))[x.implementer2.email] === 1,
      30_000,
    );
  });
});
