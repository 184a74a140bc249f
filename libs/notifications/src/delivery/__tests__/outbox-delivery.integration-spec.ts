import type { DataSource } from 'typeorm';
import { OutboxStatus } from '@konzeptwerk/contracts';
import { connectAndMigrate } from '@konzeptwerk/database';
import { createTestDatabase, type TestDatabase } from '@konzeptwerk/testing';
import { enqueueMail } from '../../outbox';
import { OutboxMessage } from '../../outbox-message.entity';
import { SmtpSink } from '../../testing/smtp-sink';
import { type Mailer, outboxMessageId, smtpMailer } from '../mailer';
import { OutboxDelivery } from '../outbox-delivery';

jest.setTimeout(30_000);

let db: TestDatabase;
let ds: DataSource;
let sink: SmtpSink;
let mailer: Mailer;
const refused = new Map<string, number>();

beforeAll(async () => {
  db = await createTestDatabase();
  ds = await connectAndMigrate(db.url);
  sink = await SmtpSink.start({
    refuseRecipient: (address) => {
      const code = refused.get(address);
      return code ? { code, message: code >= 500 ? 'No such user' : 'Try again later' } : null;
    },
  });
  mailer = smtpMailer({ smtpUrl: sink.url, from: 'Konzeptwerk <no-reply@konzeptwerk.example>' });
});

afterAll(async () => {
  mailer?.close();
  await sink?.close();
  await ds?.destroy();
  await db?.drop();
});

function write(recipient: string): Promise<string> {
  return ds.transaction((tx) =>
    enqueueMail(tx, { regionId: null, kind: 'test', recipient, subject: 'Hallo', textBody: 'Guten Tag' }),
  );
}

const row = (id: string) => ds.getRepository(OutboxMessage).findOneByOrFail({ id });
const received = (id: string) => sink.accepted.filter((m) => m.messageId === outboxMessageId(id));

test('delivering the same message twice sends one e-mail and marks it SENT', async () => {
  const id = await write('a@example.org');
  const delivery = new OutboxDelivery(ds, mailer, 8);

  expect(await delivery.deliver(id)).toEqual({ outcome: 'sent' });
  expect(await delivery.deliver(id)).toEqual({ outcome: 'skipped' });

  expect(received(id)).toHaveLength(1);
  expect(received(id)[0].recipients).toEqual(['a@example.org']);
  expect(received(id)[0].raw).toContain('Subject: Hallo');
  expect(await row(id)).toMatchObject({ status: OutboxStatus.SENT, attempts: 1, sentAt: expect.any(Date) });
});

test('two deliveries racing for one message send it once', async () => {
  const id = await write('race@example.org');
  const delivery = new OutboxDelivery(ds, mailer, 8);

  const outcomes = await Promise.all([delivery.deliver(id), delivery.deliver(id), delivery.deliver(id)]);

  expect(outcomes.map((o) => o.outcome).sort()).toEqual(['sent', 'skipped', 'skipped']);
  expect(received(id)).toHaveLength(1);
});

test('a failed attempt is counted and the message stays PENDING until the last one, then FAILED', async () => {
  const id = await write('later@example.org');
  refused.set('later@example.org', 451);
  const delivery = new OutboxDelivery(ds, mailer, 3);

  expect((await delivery.deliver(id)).outcome).toBe('retry');
  expect(await row(id)).toMatchObject({
    status: OutboxStatus.PENDING,
    attempts: 1,
    lastError: expect.stringMatching(/451/),
  });
  expect((await delivery.deliver(id)).outcome).toBe('retry');
  expect((await delivery.deliver(id)).outcome).toBe('failed');
  expect(await row(id)).toMatchObject({ status: OutboxStatus.FAILED, attempts: 3, sentAt: null });
  expect(await delivery.deliver(id)).toEqual({ outcome: 'skipped' });
  expect(received(id)).toHaveLength(0);
});

test('a temporary failure followed by success sends once', async () => {
  const id = await write('flaky@example.org');
  refused.set('flaky@example.org', 421);
  const delivery = new OutboxDelivery(ds, mailer, 8);

  expect((await delivery.deliver(id)).outcome).toBe('retry');
  refused.delete('flaky@example.org');
  expect((await delivery.deliver(id)).outcome).toBe('sent');

  expect(received(id)).toHaveLength(1);
  expect(await row(id)).toMatchObject({ status: OutboxStatus.SENT, attempts: 2 });
});

test('a recipient refused for good fails at once', async () => {
  const id = await write('nobody@example.org');
  refused.set('nobody@example.org', 550);

  const result = await new OutboxDelivery(ds, mailer, 8).deliver(id);

  expect(result).toEqual({ outcome: 'failed', error: expect.stringMatching(/550/) });
  expect(await row(id)).toMatchObject({ status: OutboxStatus.FAILED, attempts: 1 });
});

test('an unreachable server counts as a failed attempt', async () => {
  const id = await write('b@example.org');
  const dead = smtpMailer({ smtpUrl: 'smtp://127.0.0.1:1', from: 'x@example.org' });

  const result = await new OutboxDelivery(ds, dead, 8).deliver(id);

  dead.close();
  expect(result).toEqual({ outcome: 'retry', error: expect.stringMatching(/ECONNREFUSED/) });
  expect(await row(id)).toMatchObject({ status: OutboxStatus.PENDING, attempts: 1 });
});

test('pendingIds lists PENDING messages oldest first', async () => {
  const first = await write('p1@example.org');
  const second = await write('p2@example.org');

  const ids = await new OutboxDelivery(ds, mailer, 8).pendingIds();

  expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
  const statuses = await ds.query(`SELECT DISTINCT status FROM outbox_message WHERE id = ANY($1)`, [ids]);
  expect(statuses).toEqual([{ status: 'PENDING' }]);
});
