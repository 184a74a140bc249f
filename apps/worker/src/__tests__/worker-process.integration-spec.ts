import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { connectAndMigrate } from '@konzeptwerk/database';
import { enqueueMail, outboxMessageId } from '@konzeptwerk/notifications';
import { createTestDatabase, type TestDatabase } from '@konzeptwerk/testing';
import {
  assertReachable,
  queueTestBackends,
  removeQueueKeys,
  type TestBackend,
  waitFor,
} from '../../../../libs/jobs/src/testing/queue-backends';
import { SmtpSink } from '../../../../libs/notifications/src/testing/smtp-sink';

jest.setTimeout(90_000);

const root = resolve(__dirname, '../../../..');

interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<WorkerProcess>();

/** How long after the SMTP server's 250 the test keeps from killing the worker. */
const QUIET_MS = 100;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The worker as `npm start` runs it: its own node process, TypeScript compiled on the fly. */
function startWorker(backend: TestBackend, env: Record<string, string>): WorkerProcess {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    SWC_NODE_PROJECT: resolve(root, 'tsconfig.server.json'),
    QUEUE_PREFIX: backend.queuePrefix,
    // Recover the jobs of a killed worker in seconds rather than the production 30 s.
    JOB_LOCK_DURATION_MS: '2000',
    JOB_STALLED_INTERVAL_MS: '1000',
    JOB_CONCURRENCY: '2',
    MAIL_SWEEP_INTERVAL_MS: '1000',
    ...env,
  };
  if (backend.redisUrl) childEnv.REDIS_URL = backend.redisUrl;
  else delete childEnv.REDIS_URL;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const worker: WorkerProcess = {
    child,
    output: () => output,
    exited: new Promise((done) => child.once('exit', (code, signal) => done({ code, signal }))),
  };
  running.add(worker);
  void worker.exited.then(() => running.delete(worker));
  return worker;
}

async function stopAll() {
  await Promise.all(
    [...running].map((w) => {
      w.child.kill('SIGKILL');
      return w.exited;
    }),
  );
}

describe.each(queueTestBackends())('the worker process on the $name backend', (backend) => {
  let db: TestDatabase;
  let ds: DataSource;
  let sink: SmtpSink | undefined;

  beforeAll(async () => {
    await assertReachable(backend);
    db = await createTestDatabase();
    ds = await connectAndMigrate(db.url);
  });

  afterEach(async () => {
    await stopAll();
    await sink?.close();
    sink = undefined;
  });

  afterAll(async () => {
    await stopAll();
    await ds?.destroy();
    await db?.drop();
    await removeQueueKeys(backend);
  });

  const writeMessages = (n: number) =>
    ds.transaction(async (tx) => {
      const ids: string[] = [];
      for (let i = 0; i < n; i++) {
        ids.push(
          await enqueueMail(tx, {
            regionId: null,
            kind: 'test',
            recipient: `person${i}@example.org`,
            subject: `Nachricht ${i}`,
            textBody: 'Guten Tag',
          }),
        );
      }
      return ids;
    });
  const statuses = async (ids: string[]) =>
    (await ds.query(`SELECT status FROM outbox_message WHERE id = ANY($1)`, [ids])).map(
      (r: { status: string }) => r.status,
    ) as string[];

  test('killed in the middle of a batch, then restarted, it delivers every message exactly once', async () => {
    const ids = await writeMessages(20);
    sink = await SmtpSink.start({ answerDelayMs: 150 });

    const first = startWorker(backend, { DATABASE_URL: db.url, SMTP_URL: sink.url });
    await waitFor('five messages to arrive', async () => sink!.accepted.length >= 5, 30_000);
    // Anywhere in the exchanges under way, except within QUIET_MS after a 250: there the worker may
    // not have committed SENT yet, a window no sender can close (the Message-ID lets receivers drop
    // such a duplicate). Held answers keep a 250 from going out while the kill lands.
    await sleep(Math.random() * 150);
    while (Date.now() - sink.lastAcceptedAt < QUIET_MS) await sleep(2);
    sink.holdAnswers();
    const acceptedAtKill = sink.accepted.length;
    const connectionsAtKill = sink.openConnections;
    first.child.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    await waitFor('the killed worker’s connections to close', async () => sink!.openConnections === 0);
    sink.releaseAnswers();
    const atKill = await statuses(ids);

    expect(connectionsAtKill).toBeGreaterThan(0);
    expect(acceptedAtKill).toBeGreaterThanOrEqual(5);
    expect(atKill.filter((s) => s === 'SENT')).toHaveLength(acceptedAtKill);
    expect(atKill.filter((s) => s === 'PENDING').length).toBeGreaterThan(0);

    const second = startWorker(backend, { DATABASE_URL: db.url, SMTP_URL: sink.url });
    await waitFor('every message to be SENT', async () => (await statuses(ids)).every((s) => s === 'SENT'), 60_000);
    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });

    const counts = sink.countsByMessageId();
    expect([...counts.keys()].sort()).toEqual(ids.map(outboxMessageId).sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(sink.accepted).toHaveLength(20);
  });

  test('without SMTP_URL it says once that mail delivery is off, leaves the outbox alone and stops on SIGTERM', async () => {
    const [id] = await writeMessages(1);

    const worker = startWorker(backend, { DATABASE_URL: db.url, SMTP_URL: '' });
    await waitFor('the ready line', async () => /worker ready in \d+ ms/.test(worker.output()), 30_000);
    await sleep(1_500); // a sweep interval
    worker.child.kill('SIGTERM');

    expect(await worker.exited).toEqual({ code: 0, signal: null });
    expect(worker.output().match(/Mail delivery is off/g)).toHaveLength(1);
    expect(await statuses([id])).toEqual(['PENDING']);
  });
});
