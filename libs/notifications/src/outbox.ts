import type { EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';

export interface MailDraft {
  regionId: string | null;
  kind: string;
  recipient: string;
  subject: string;
  textBody: string;
}

/**
 * Puts a message into the outbox inside the caller's transaction: it is sent
 * if and only if the change that caused it commits.
 */
export async function enqueueMail(tx: EntityManager, draft: MailDraft): Promise<string> {
  const result = await tx.insert(OutboxMessage, draft);
  return result.identifiers[0].id as string;
}
