import type { DataSource } from 'typeorm';
import { OutboxStatus } from '@konzeptwerk/contracts';
import { connectAndMigrate } from '@konzeptwerk/database';
import { enqueueMail, OutboxMessage, outboxMessageId } from '@konzeptwerk/notifications';
import { createTestDatabase, type TestDatabase } from '@konzeptwerk/testing';
import { SmtpSink } from '../../../notifications/src/testing/smtp-sink';
import { createJobQueues, type JobQueues } from '../job-queues';
import { type RunningJobWorker, startJobWorker } from '../job-worker';
import type { WorkerConfig } from '../jobs.config';
import { DeliverMailJob } from '../mail/deliver-mail.job';
import { assertReachable, queueTestBackends, removeQueueKeys, waitFor } from '../testing/queue-backends';

jest.setTimeout(40_000);

const silent = { warn: () => undefined };

describe.each(queueTestBackends())('mail jobs on the $name backend', (backend) => {
  let db: TestDatabase;
  let ds: DataSource;
  let sink: SmtpSink;
  let config: WorkerConfig;
  let queues: JobQueues;
  let worker: RunningJobWorker | null = null;
  /** Per recipient: how many more times the SMTP server answers 451. */
  const refusals = new Map<string, number>();

  beforeAll(async () => {
    await assertReachable(backend);
    db = await createTestDatabase();
    ds = await connectAndMigrate(db.url);
    sink = await SmtpSink.start({
      refuseRecipient(address) {
        const left = refusals.get(address) ?? 0;
        if (address.startsWith('never')) return { code: 451, message: 'Mailbox busy' };
        if (left === 0) return null;
        refusals.set(address, left - 1);
        return { code: 451, message: 'Try again later' };
      },
    });
    config = {
      databaseUrl: db.url,
      redisUrl: backend.redisUrl,
      queuePrefix: backend.queuePrefix,
      mail: { maxAttempts: 3, retryDelayMs: 100 },
      concurrency: 2,
      lockDurationMs: 5_000,
      stalledIntervalMs: 5_000,
      migrate: false,
      smtpUrl: sink.url,
      mailFrom: 'Konzeptwerk <no-reply@konzeptwerk.example>',
      mailSweepIntervalMs: 300,
    };
    queues = createJobQueues(config, { logger: silent });
  });

  afterEach(async () => {
    await worker?.close();
    worker = null;
  });

  afterAll(async () => {
    await queues?.close();
    await sink?.close();
    await ds?.destroy();
    await db?.drop();
    await removeQueueKeys(backend);
  });

  const write = (recipient: string) =>
    ds.transaction((tx) =>
      enqueueMail(tx, { regionId: null, kind: 'test', recipient, subject: 'Hallo', textBody: 'Guten Tag' }),
    );
  const row = (id: string) => ds.getRepository(OutboxMessage).findOneByOrFail({ id });
  const received = (id: string) => sink.accepted.filter((m) => m.messageId === outboxMessageId(id)).length;
  /** No delivery job waits, runs or waits for a retry (the sweep's next run is always there). */
  const settled = async () => {
    const jobs = await queues.get('mail').getJobs(['waiting', 'active', 'delayed', 'prioritized']);
    return jobs.every((j) => j.name !== DeliverMailJob.jobName);
  };
  const sent = (id: string) =>
    waitFor(`message ${id} to be SENT`, async () => (await row(id)).status === OutboxStatus.SENT);

  test('a message enqueued twice is one job and one e-mail; enqueued again after sending, still one', async () => {
    const id = await write('once@example.org');

    await DeliverMailJob.enqueue(queues, [id]);
    await DeliverMailJob.enqueue(queues, [id]);
    const waiting = await queues.get('mail').getJobs(['waiting']);
    expect(waiting.map((j) => j.id)).toEqual([DeliverMailJob.jobId(id)]);

    worker = await startJobWorker(config, silent);
    await sent(id);
    await DeliverMailJob.enqueue(queues, [id]);
    await waitFor('the queue to be empty', settled);

    expect(received(id)).toBe(1);
    expect(await row(id)).toMatchObject({ status: OutboxStatus.SENT, attempts: 1 });
  });

  test('the start-up sweep and the scheduled sweep send what was never enqueued, once each', async () => {
    const before = [await write('s1@example.org'), await write('s2@example.org'), await write('s3@example.org')];

    worker = await startJobWorker(config, silent);
    for (const id of before) await sent(id);
    const later = await write('s4@example.org');
    await sent(later);

    for (const id of [...before, later]) expect(received(id)).toBe(1);
  });

  test('a refusing server is retried with backoff until it accepts', async () => {
    const id = await write('flaky@example.org');
    refusals.set('flaky@example.org', 2);

    worker = await startJobWorker(config, silent);
    await sent(id);

    expect(received(id)).toBe(1);
    expect(await row(id)).toMatchObject({ attempts: 3, lastError: expect.stringMatching(/451/) });
  });

  test('after the last attempt the message is FAILED and no longer retried', async () => {
    const id = await write('never@example.org');

    worker = await startJobWorker(config, silent);
    await waitFor('the message to fail', async () => (await row(id)).status === OutboxStatus.FAILED);
    await new Promise((r) => setTimeout(r, 1_000)); // several sweeps

    expect(await row(id)).toMatchObject({ status: OutboxStatus.FAILED, attempts: 3 });
    expect(received(id)).toBe(0);
  });
});
