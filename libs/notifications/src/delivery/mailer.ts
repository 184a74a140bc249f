import { createTransport } from 'nodemailer';
import type { OutboxMessage } from '../outbox-message.entity';

export const DEFAULT_MAIL_FROM = 'Konzeptwerk <no-reply@konzeptwerk.example>';

export type OutgoingMail = Pick<OutboxMessage, 'id' | 'recipient' | 'subject' | 'textBody'> &
  Partial<Pick<OutboxMessage, 'attachments'>>;

/** Hands a message to the mail system; resolves once the server has accepted it. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * The Message-ID follows from the outbox id, so every attempt at one message
 * carries the same one. Receiving systems (and our tests) can then recognise
 * the single duplicate a sender cannot rule out: the process dying after the
 * server answered 250 but before the outbox row was marked sent.
 */
export function outboxMessageId(outboxMessageId: string): string {
  return `<outbox-${outboxMessageId}@konzeptwerk>`;
}

export function smtpMailer(options: { smtpUrl: string; from: string }): Mailer {
  const transport = createTransport({
    url: options.smtpUrl,
    // The outbox row stays locked for the whole exchange: a hanging server must
    // not hold it (and a worker slot) for nodemailer's default of minutes.
    // Query parameters of SMTP_URL override these.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({
        from: options.from,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.textBody,
        messageId: outboxMessageId(mail.id),
        attachments: mail.attachments?.map(({ filename, content, contentType }) => ({
          filename,
          content,
          contentType,
        })),
      });
    },
    close: () => transport.close(),
  };
}

/**
 * A recipient the server refused for good (5xx to RCPT TO): retrying cannot
 * help. Other 5xx answers (authentication, policy on the connection) usually
 * mean our configuration is wrong and are retried, so fixing it still delivers.
 */
export function isPermanentRejection(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  return code === 'EENVELOPE' && typeof responseCode === 'number' && responseCode >= 500;
}
