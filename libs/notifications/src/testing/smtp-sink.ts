import type { AddressInfo, Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  messageId: string | null;
  recipients: string[];
  raw: string;
  /** When the server answered 250, if it did. */
  acceptedAt?: number;
}

export interface SmtpSinkOptions {
  /**
   * Milliseconds between the end of DATA and the server's answer. A sender
   * that disappears in this window never learns the message was accepted, so
   * the sink discards it, as a mail server that never answered must.
   */
  answerDelayMs?: number;
  /** Refuses a recipient with an SMTP error code (e.g. 451 to test retries, 550 for good); null accepts. */
  refuseRecipient?: (address: string) => { code: number; message: string } | null;
}

/** A real SMTP server for tests, on a random local port, that records what it accepted. */
export class SmtpSink {
  /** Messages the server answered with 250 while the sender was still connected. */
  readonly accepted: ReceivedMail[] = [];
  /** Messages whose DATA completed but whose sender was gone before the answer. */
  readonly discarded: ReceivedMail[] = [];
  /** SMTP connections open right now, counted from the TCP connect (the greeting comes 100 ms later). */
  openConnections = 0;
  url = '';

  private readonly server: SMTPServer;
  private readonly closedSessions = new Set<string>();
  private held: (() => void)[] | null = null;

  private constructor(options: SmtpSinkOptions) {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 200,
      disableReverseLookup: true,
      onRcptTo: (address, _session, callback) => {
        const refusal = options.refuseRecipient?.(address.address);
        if (!refusal) return callback();
        callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const headers = raw.split(/\r?\n\r?\n/, 1)[0];
          const mail: ReceivedMail = {
            messageId: /^Message-ID:\s*(<[^>]+>)/im.exec(headers)?.[1] ?? null,
            recipients: session.envelope.rcptTo.map((r) => r.address),
            raw,
          };
          const answer = () => {
            if (this.closedSessions.has(session.id)) {
              this.discarded.push(mail);
              return callback(new Error('sender disconnected'));
            }
            mail.acceptedAt = Date.now();
            this.accepted.push(mail);
            callback();
          };
          setTimeout(() => (this.held ? this.held.push(answer) : answer()), options.answerDelayMs ?? 0);
        });
      },
      onClose: (session) => {
        this.closedSessions.add(session.id);
      },
    });
    // A sender killed mid-session (the worker tests do that on purpose) resets its connection; smtp-server reports
    // it as an 'error' event, which without a listener would crash the test process.
    this.server.on('error', () => undefined);
    this.server.server.on('connection', (socket: Socket) => {
      this.openConnections++;
      socket.once('close', () => this.openConnections--);
    });
  }

  static async start(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
    const sink = new SmtpSink(options);
    await new Promise<void>((resolve, reject) => {
      sink.server.once('error', reject);
      sink.server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = sink.server.server.address() as AddressInfo;
    sink.url = `smtp://127.0.0.1:${port}`;
    return sink;
  }

  /** When the server last answered 250 (ms since the epoch), 0 before the first time. */
  get lastAcceptedAt(): number {
    return this.accepted.at(-1)?.acceptedAt ?? 0;
  }

  /** Holds back every answer to a completed DATA until released, so a test can act between two answers. */
  holdAnswers(): void {
    this.held ??= [];
  }

  releaseAnswers(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const answer of held) answer();
  }

  /** How often each Message-ID was accepted. */
  countsByMessageId(): Map<string | null, number> {
    const counts = new Map<string | null, number>();
    for (const m of this.accepted) counts.set(m.messageId, (counts.get(m.messageId) ?? 0) + 1);
    return counts;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
