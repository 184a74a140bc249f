import type { EntityManager } from 'typeorm';
import { Notification } from './notification.entity';

export interface NotificationDraft {
  regionId: string | null;
  kind: string;
  params: Record<string, unknown>;
  link: string | null;
}

/** Puts a notification into each account's inbox inside the caller's transaction. */
export async function notify(tx: EntityManager, accountIds: Iterable<string>, draft: NotificationDraft): Promise<void> {
  const ids = [...new Set(accountIds)];
  if (ids.length === 0) return;
  await tx.insert(
    Notification,
    ids.map((accountId) => ({ ...draft, accountId, params: draft.params as never })),
  );
}

/**
 * Claims a reminder key in the caller's transaction. True the first time, false
 * ever after: the reminder (mail and notification) is written only when true,
 * so a job that runs twice sends once.
 */
export async function claimReminder(tx: EntityManager, key: string): Promise<boolean> {
  const rows = (await tx.query(
    `INSERT INTO reminder_log (key) VALUES ($1) ON CONFLICT (key) DO NOTHING RETURNING key`,
    [key],
  )) as unknown[];
  return rows.length === 1;
}
