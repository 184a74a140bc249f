import type { EntityManager } from 'typeorm';
import { RecommendationStatus } from '@konzeptwerk/contracts';
import { enqueueMail, notify } from '@konzeptwerk/notifications';
import type { RevisionAccess } from './access';
import { recommendationPath, statusMail } from './recommendation-mails';

/** Authors and supporters of the recommendations, without the actor: who hears of a change. */
export async function followersOf(
  tx: EntityManager,
  recIds: string[],
  actorId: string,
): Promise<{ id: string; email: string }[]> {
  return (await tx.query(
    `SELECT DISTINCT a.id, a.email FROM account a
      WHERE a.id <> $2 AND (a.id IN (SELECT account_id FROM recommendation_author WHERE recommendation_id = ANY($1))
         OR a.id IN (SELECT account_id FROM recommendation_support WHERE recommendation_id = ANY($1)))
      ORDER BY a.id`,
    [recIds, actorId],
  )) as { id: string; email: string }[];
}

/**
 * Tells authors and supporters that a recommendation moved, in the app and by
 * e-mail, inside the transaction that moved it.
 */
export async function announceStatusChange(
  tx: EntityManager,
  access: RevisionAccess,
  rec: { id: string; revisionId: string; reference: string; title: string },
  from: RecommendationStatus,
  to: RecommendationStatus,
  reason: string | null,
): Promise<void> {
  const recipients = await followersOf(tx, [rec.id], access.userId);
  if (recipients.length === 0) return;
  const rows = (await tx.query(`SELECT display_name FROM account WHERE id = $1`, [access.userId])) as {
    display_name: string;
  }[];
  const actorName = rows[0]?.display_name ?? '';
  await notify(
    tx,
    recipients.map((r) => r.id),
    {
      regionId: access.regionId,
      kind: 'recommendation.status',
      params: { reference: rec.reference, title: rec.title, from, to, reason, by: actorName },
      link: recommendationPath(rec.revisionId, rec.id),
    },
  );
  const mail = statusMail({
    revisionId: rec.revisionId,
    id: rec.id,
    reference: rec.reference,
    title: rec.title,
    from,
    to,
    reason,
    actorName,
  });
  for (const r of recipients) {
    await enqueueMail(tx, { regionId: access.regionId, kind: 'recommendation-status', recipient: r.email, ...mail });
  }
}
