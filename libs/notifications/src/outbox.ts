import type { EntityManager } from 'typeorm';
import { type MailAttachment, OutboxMessage } from './outbox-message.entity';

export interface MailDraft {
  regionId: string | null;
  kind: string;
  recipient: string;
  subject: string;
  textBody: string;
  attachments?: MailAttachment[];
}

export const MAX_ATTACHMENTS = 5;
/** Total UTF-8 size of all attachments of one message. */
export const MAX_ATTACHMENT_BYTES = 256 * 1024;

// C0 and C1 control characters and DEL.
const CONTROL = /\p{Cc}/u;
// type/subtype, optionally followed by parameters; nothing that could end the header line.
const CONTENT_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+( *;\P{Cc}*)?$/iu;

/**
 * Refuses attachments a mail should not carry. Thrown before anything is
 * written, so the caller's transaction rolls back with the change that
 * wanted to send the mail.
 */
export function validateAttachments(attachments: MailAttachment[]): void {
  if (attachments.length > MAX_ATTACHMENTS) {
    throw new Error(`A mail may carry at most ${MAX_ATTACHMENTS} attachments, not ${attachments.length}.`);
  }
  let bytes = 0;
  for (const { filename, contentType, content } of attachments) {
    if (typeof filename !== 'string' || !filename.trim() || /[/\\]/.test(filename) || CONTROL.test(filename)) {
      throw new Error(
        `Attachment file name ${JSON.stringify(filename)} is not allowed: it must be non-empty and contain no path separators or control characters.`,
      );
    }
    if (typeof contentType !== 'string' || !CONTENT_TYPE.test(contentType)) {
      throw new Error(
        `Attachment ${JSON.stringify(filename)} has an invalid content type ${JSON.stringify(contentType)}.`,
      );
    }
    if (typeof content !== 'string') {
      throw new Error(`Attachment ${JSON.stringify(filename)} must have text content.`);
    }
    bytes += Buffer.byteLength(content, 'utf8');
  }
  if (bytes > MAX_ATTACHMENT_BYTES) {
    throw new Error(`Attachments of a mail may total at most ${MAX_ATTACHMENT_BYTES} bytes, not ${bytes}.`);
  }
}

/**
 * Puts a message into the outbox inside the caller's transaction: it is sent
 * if and only if the change that caused it commits. Throws on attachments
 * `validateAttachments` refuses, writing nothing.
 */
export async function enqueueMail(tx: EntityManager, draft: MailDraft): Promise<string> {
  const { attachments, ...mail } = draft;
  if (attachments) validateAttachments(attachments);
  const result = await tx.insert(OutboxMessage, {
    ...mail,
    attachments: attachments?.length
      ? attachments.map(({ filename, contentType, content }) => ({ filename, contentType, content }))
      : null,
  });
  return result.identifiers[0].id as string;
}
