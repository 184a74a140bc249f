import { createServer } from 'node:net';
import { OutboxStatus } from '@konzeptwerk/contracts';
import { seedFixtures, startTestApi, TEST_PASSWORD, type TestApi } from '@konzeptwerk/testing';
import { createJobQueues, type JobQueues } from '../job-queues';
import { jobsConfigFromEnv } from '../jobs.config';
import { DeliverMailJob } from '../mail/deliver-mail.job';
import { assertReachable, queueTestBackends, removeQueueKeys, waitFor } from '../testing/queue-backends';

jest.setTimeout(40_000);

const silent = { warn: () => undefined };
const savedEnv = { REDIS_URL: process.env.REDIS_URL, QUEUE_PREFIX: process.env.QUEUE_PREFIX };

/** The API reads the queue settings from the environment, as in production. */
function useQueueEnv(redisUrl: string | null, queuePrefix: string) {
  if (redisUrl) process.env.REDIS_URL = redisUrl;
  else delete process.env.REDIS_URL;
  process.env.QUEUE_PREFIX = queuePrefix;
}

afterAll(() => {
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const requestReset = (api: TestApi) => api.gql(`mutation { requestPasswordReset(email: "coordinatora@example.org") }`);
const outboxIds = async (api: TestApi): Promise<string[]> =>
  (
    await api.ds.query(`SELECT id FROM outbox_message WHERE recipient = 'coordinatora@example.org' ORDER BY created_at`)
  ).map((r: { id: string }) => r.id);

describe.each(queueTestBackends())('the API on the $name backend', (backend) => {
  let api: TestApi;
  let queues: JobQueues;

  beforeAll(async () => {
    await assertReachable(backend);
    useQueueEnv(backend.redisUrl, backend.queuePrefix);
    api = await startTestApi();
    await seedFixtures(api.ds, TEST_PASSWORD);
    queues = createJobQueues(jobsConfigFromEnv(process.env, api.db.url), { logger: silent });
  });

  afterAll(async () => {
    await queues?.close();
    await api?.close();
    await removeQueueKeys(backend);
  });

  test('enqueues the delivery of a message once the mutation that wrote it has committed', async () => {
    const r = await requestReset(api);

    expect(r.data!.requestPasswordReset).toBe(true);
    const [id] = await outboxIds(api);
    const job = await waitFor('the delivery job', () => queues.get('mail').getJob(DeliverMailJob.jobId(id)));
    expect(job).toMatchObject({ name: DeliverMailJob.jobName, data: { outboxMessageId: id } });
  });
});

describe('the API while the queue cannot be reached', () => {
  test('answers at once, keeps the message in the outbox and still shuts down', async () => {
    const port = await unusedPort();
    useQueueEnv(`redis://127.0.0.1:${port}`, 'kw-unreachable');
    const api = await startTestApi();
    try {
      await seedFixtures(api.ds, TEST_PASSWORD);

      const started = Date.now();
      const r = await requestReset(api);

      expect(Date.now() - started).toBeLessThan(2_000);
      expect(r.data!.requestPasswordReset).toBe(true);
      const rows = await api.ds.query(`SELECT status FROM outbox_message`);
      expect(rows).toEqual([{ status: OutboxStatus.PENDING }]);
    } finally {
      await api.close();
    }
  });
});

function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
