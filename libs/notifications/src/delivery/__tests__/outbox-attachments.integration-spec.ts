import type { DataSource } from 'typeorm';
import { OutboxStatus } from '@konzeptwerk/contracts';
import { connectAndMigrate } from '@konzeptwerk/database';
import { createTestDatabase, type TestDatabase } from '@konzeptwerk/testing';
import { calendarAttachment } from '../../calendar/ics';
import { enqueueMail, type MailDraft } from '../../outbox';
import { type MailAttachment, OutboxMessage } from '../../outbox-message.entity';
import { SmtpSink } from '../../testing/smtp-sink';
import { type Mailer, outboxMessageId, smtpMailer } from '../mailer';
import { OutboxDelivery } from '../outbox-delivery';

jest.setTimeout(30_000);

interface MimePart {
  headers: Map<string, string>;
  body: Buffer;
}

/** Just enough MIME to read what nodemailer writes: unfolded headers, multipart, base64 and quoted-printable. */
function parseMime(raw: string): MimePart {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const text = rest.join('\n\n');
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const body =
    encoding === 'base64'
      ? Buffer.from(text.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            text
              .replace(/=\r?\n/g, '')
              .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          )
        : Buffer.from(text, 'utf8');
  return { headers, body };
}

function parameter(header: string | undefined, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}=(?:"([^"]*)"|([^;\\s]*))`, 'i').exec(header ?? '');
  return match?.[1] ?? match?.[2];
}

function multipartParts(raw: string): MimePart[] {
  const message = parseMime(raw);
  const boundary = parameter(message.headers.get('content-type'), 'boundary');
  if (!boundary) throw new Error(`not multipart: ${message.headers.get('content-type')}`);
  const body = raw.slice(raw.search(/\r?\n\r?\n/));
  const sections = body.split(new RegExp(`\\r?\\n--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?\\r?\\n?`));
  // Before the first boundary: the preamble; after the closing one: the epilogue.
  return sections.slice(1, -1).map(parseMime);
}

interface ReceivedAttachment {
  filename: string | undefined;
  contentType: string | undefined;
  content: string;
}

function receivedAttachments(raw: string): ReceivedAttachment[] {
  return multipartParts(raw)
    .filter((p) => /^attachment\b/i.test(p.headers.get('content-disposition') ?? ''))
    .map((p) => ({
      filename: parameter(p.headers.get('content-disposition'), 'filename'),
      // Drops the name parameter, in which nodemailer repeats the file name.
      contentType: p.headers.get('content-type')?.replace(/;\s*name=(?:"[^"]*"|[^;\s]*)/i, ''),
      content: new TextDecoder('utf-8', { fatal: true }).decode(p.body),
    }));
}

let db: TestDatabase;
let ds: DataSource;
let sink: SmtpSink;
let mailer: Mailer;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = await connectAndMigrate(db.url);
  sink = await SmtpSink.start();
  mailer = smtpMailer({ smtpUrl: sink.url, from: 'Konzeptwerk <no-reply@konzeptwerk.example>' });
});

afterAll(async () => {
  mailer?.close();
  await sink?.close();
  await ds?.destroy();
  await db?.drop();
});

const draft = (recipient: string, attachments?: MailAttachment[]): MailDraft => ({
  regionId: null,
  kind: 'conference-registration',
  recipient,
  subject: 'Ihre Anmeldung zur Integrationskonferenz',
  textBody: 'Guten Tag, Ihre Anmeldung ist eingegangen.',
  attachments,
});

const storedAttachments = async (id: string) =>
  (await ds.getRepository(OutboxMessage).findOneOrFail({ where: { id }, select: { id: true, attachments: true } }))
    .attachments;

const rowsFor = (recipient: string) => ds.getRepository(OutboxMessage).countBy({ recipient });

test('a registration confirmation with a calendar file arrives with the file intact', async () => {
  const ics = calendarAttachment(
    {
      uid: 'registration-42@konzeptwerk',
      start: new Date('2026-03-12T08:30:00Z'),
      end: new Date('2026-03-12T15:30:00Z'),
      summary: 'Integrationskonferenz Kreis Gütersloh',
      location: 'Stadthalle Gütersloh, Friedrichstraße 10',
      description: `Workshops: Sprache und Bildung; Arbeit und Wirtschaft; Gesundheit und Pflege.\n${'Begrüßung, Übersicht. '.repeat(8)}`,
      organizer: { name: 'Kommunales Integrationszentrum Kreis Gütersloh', email: 'ki@kreis-guetersloh.example' },
    },
    'integrationskonferenz.ics',
  );
  const note: MailAttachment = {
    filename: 'hinweise.txt',
    contentType: 'text/plain; charset=UTF-8',
    content: 'Anfahrt: Bus 201 bis Rathaus.\n',
  };
  const id = await ds.transaction((tx) => enqueueMail(tx, draft('anmeldung@example.org', [ics, note])));
  expect(await storedAttachments(id)).toEqual([ics, note]);

  expect(await new OutboxDelivery(ds, mailer, 8).deliver(id)).toEqual({ outcome: 'sent' });

  const mails = sink.accepted.filter((m) => m.messageId === outboxMessageId(id));
  expect(mails).toHaveLength(1);
  expect(ics.content).toContain('Gütersloh');
  expect(receivedAttachments(mails[0].raw)).toEqual([
    {
      filename: 'integrationskonferenz.ics',
      contentType: 'text/calendar; method=PUBLISH; charset=UTF-8',
      content: ics.content,
    },
    { filename: 'hinweise.txt', contentType: 'text/plain; charset=UTF-8', content: note.content },
  ]);
  const body = multipartParts(mails[0].raw).find((p) => !p.headers.has('content-disposition'));
  expect(body?.body.toString('utf8')).toBe('Guten Tag, Ihre Anmeldung ist eingegangen.');
  expect(await ds.getRepository(OutboxMessage).findOneByOrFail({ id })).toMatchObject({ status: OutboxStatus.SENT });
});

test('listing the outbox does not load attachment contents; a mail without them stores none', async () => {
  const withFile = await ds.transaction((tx) =>
    enqueueMail(tx, draft('list@example.org', [{ filename: 'a.ics', contentType: 'text/calendar', content: 'x' }])),
  );
  const without = await ds.transaction((tx) => enqueueMail(tx, draft('plain@example.org', [])));

  const listed = await ds.getRepository(OutboxMessage).findOneByOrFail({ id: withFile });
  expect(listed.attachments).toBeUndefined();
  expect(await storedAttachments(without)).toBeNull();
});

test('up to 5 attachments of 256 kB in total, counted in UTF-8 octets, are accepted', async () => {
  // 'ä' takes two octets: 2 × 65,536 characters are exactly 262,144 octets.
  const half = 'ä'.repeat(65_536);
  const id = await ds.transaction((tx) =>
    enqueueMail(
      tx,
      draft('limit@example.org', [
        { filename: 'a.txt', contentType: 'text/plain', content: half },
        { filename: 'b.txt', contentType: 'text/plain', content: half },
        { filename: 'c.txt', contentType: 'text/plain', content: '' },
        { filename: 'd.txt', contentType: 'text/plain', content: '' },
        { filename: 'Anmeldebestätigung (Kopie).txt', contentType: 'text/plain', content: '' },
      ]),
    ),
  );
  expect(await storedAttachments(id)).toHaveLength(5);
});

describe('a draft with a bad attachment is refused and its transaction writes nothing', () => {
  const file = (filename: string, content = 'x'): MailAttachment => ({ filename, contentType: 'text/plain', content });
  const cases: [string, MailAttachment[], RegExp][] = [
    ['six attachments', ['1', '2', '3', '4', '5', '6'].map((n) => file(`${n}.txt`)), /at most 5 attachments/],
    [
      'one octet over 256 kB',
      [file('a.txt', 'ä'.repeat(65_536)), file('b.txt', 'ä'.repeat(65_536)), file('c.txt', 'x')],
      /at most 262144 bytes/,
    ],
    ['a slash', [file('../../etc/passwd')], /path separators or control characters/],
    ['a backslash', [file('..\\boot.ini')], /path separators or control characters/],
    ['a line break', [file('termin.ics\r\nX-Injected: 1')], /path separators or control characters/],
    ['a NUL', [file('termin\u0000.ics')], /path separators or control characters/],
    ['an empty name', [file('')], /must be non-empty/],
    [
      'a content type with a line break before its parameters',
      [{ ...file('a.txt'), contentType: 'text/plain\r\n; charset=UTF-8' }],
      /invalid content type/,
    ],
    [
      'a content type with a line break',
      [{ ...file('a.txt'), contentType: 'text/plain\r\nBcc: x@example.org' }],
      /invalid content type/,
    ],
  ];

  test.each(cases)('%s', async (label, attachments, message) => {
    const recipient = `refused-${label.replace(/\W+/g, '-')}@example.org`;
    await expect(
      ds.transaction(async (tx) => {
        await enqueueMail(tx, draft(recipient));
        await enqueueMail(tx, draft(recipient, attachments));
      }),
    ).rejects.toThrow(message);

    expect(await rowsFor(recipient)).toBe(0);
  });
});
