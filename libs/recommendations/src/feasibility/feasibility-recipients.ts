import type { EntityManager } from 'typeorm';

export interface FeasibilityRecipient {
  /** Null when the organisation is reached through its contact address. */
  accountId: string | null;
  email: string;
  /** Who a reminder was sent to, in the reminder key: the account id, or the contact address. */
  key: string;
}

export interface RecipientOrganisation {
  id: string;
  regionId: string;
  name: string;
  recipients: FeasibilityRecipient[];
}

/**
 * Who answers for each organisation in a revision: the accounts holding an
 * IMPLEMENTING_ACTOR membership for it, or, while there are none, the
 * organisation's contact address. One query for any number of organisations;
 * unknown ids are simply absent from the result.
 */
export async function recipientsOf(
  tx: EntityManager,
  revisionId: string,
  organisationIds: readonly string[],
): Promise<Map<string, RecipientOrganisation>> {
  const rows = (await tx.query(
    `SELECT o.id, o.region_id, o.name, o.contact_email, a.id AS account_id, a.email
       FROM organisation o
       LEFT JOIN revision_membership m
              ON m.organisation_id = o.id AND m.revision_id = $1 AND m.role = 'IMPLEMENTING_ACTOR'
       LEFT JOIN account a ON a.id = m.account_id
      WHERE o.id = ANY($2::uuid[])
      ORDER BY o.name, a.email`,
    [revisionId, [...organisationIds]],
  )) as {
    id: string;
    region_id: string;
    name: string;
    contact_email: string | null;
    account_id: string | null;
    email: string | null;
  }[];
  const result = new Map<string, RecipientOrganisation>();
  for (const row of rows) {
    let org = result.get(row.id);
    if (!org) {
      org = { id: row.id, regionId: row.region_id, name: row.name, recipients: [] };
      result.set(row.id, org);
    }
    if (row.account_id && row.email)
      org.recipients.push({ accountId: row.account_id, email: row.email, key: row.account_id });
  }
  for (const row of rows) {
    const org = result.get(row.id)!;
    if (org.recipients.length === 0 && row.contact_email) {
      org.recipients.push({ accountId: null, email: row.contact_email, key: row.contact_email });
    }
  }
  return result;
}

/** The reminder_log key of one reminder point for one recipient: claimed once, so it is sent once. */
export const reminderKey = (requestId: string, recipientKey: string, daysBefore: number) =>
  `feasibility:${requestId}:${recipientKey}:${daysBefore}`;
