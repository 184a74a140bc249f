import type { DataSource } from 'typeorm';
import { connectAndMigrate } from '@konzeptwerk/database';
import { createTestDatabase, type TestDatabase } from '@konzeptwerk/testing';
import { enqueueMail, type MailDraft } from '../../outbox';
import { OutboxCommitSubscriber } from '../outbox-commits';

let db: TestDatabase;
let ds: DataSource;
let observer: DataSource;
/** Each batch of ids the subscriber reported, with whether another connection could already see them. */
let reported: { ids: string[]; visible: Promise<number> }[];

const draft = (recipient: string): MailDraft => ({
  regionId: null,
  kind: 'test',
  recipient,
  subject: 'Betreff',
  textBody: 'Text',
});

beforeAll(async () => {
  db = await createTestDatabase();
  ds = await connectAndMigrate(db.url);
  observer = await connectAndMigrate(db.url);
  ds.subscribers.push(
    new OutboxCommitSubscriber((ids) => {
      const visible = observer
        .query(`SELECT count(*)::int AS n FROM outbox_message WHERE id = ANY($1)`, [ids])
        .then((r: { n: number }[]) => r[0].n);
      reported.push({ ids, visible });
    }),
  );
});
beforeEach(() => {
  reported = [];
});
afterAll(async () => {
  await ds?.destroy();
  await observer?.destroy();
  await db?.drop();
});

test('reports the messages of a transaction once it has committed, when others can read them', async () => {
  const ids = await ds.transaction(async (tx) => {
    const a = await enqueueMail(tx, draft('a@example.org'));
    const b = await enqueueMail(tx, draft('b@example.org'));
    expect(reported).toHaveLength(0);
    return [a, b];
  });

  expect(reported.map((r) => r.ids)).toEqual([ids]);
  expect(await reported[0].visible).toBe(2);
});

test('reports nothing for a transaction that rolls back', async () => {
  await expect(
    ds.transaction(async (tx) => {
      await enqueueMail(tx, draft('c@example.org'));
      throw new Error('change refused');
    }),
  ).rejects.toThrow('change refused');

  expect(reported).toHaveLength(0);
});

test('waits for the outermost commit when a savepoint is released', async () => {
  const id = await ds.transaction(async (outer) => {
    const inner = await outer.transaction((tx) => enqueueMail(tx, draft('d@example.org')));
    expect(reported).toHaveLength(0);
    return inner;
  });

  expect(reported.map((r) => r.ids)).toEqual([[id]]);
  expect(await reported[0].visible).toBe(1);
});

test('reports an insert outside a transaction at once', async () => {
  const id = await enqueueMail(ds.manager, draft('e@example.org'));

  expect(reported.map((r) => r.ids)).toEqual([[id]]);
  expect(await reported[0].visible).toBe(1);
});
