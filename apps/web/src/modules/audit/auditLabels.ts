/**
 * Audit actions and recorded fields the interface has words for. Anything
 * else (a newer server) is shown as recorded rather than hidden.
 */
export const AUDIT_ACTIONS = [
  'revision.created',
  'revision.updated',
  'phase.planned',
  'phase.activated',
  'phase.closed',
  'phase.reopened',
  'field-of-action.created',
  'field-of-action.updated',
  'field-of-action.deleted',
  'goal.created',
  'goal.updated',
  'goal.deleted',
  'guideline.created',
  'guideline.updated',
  'guideline.deleted',
  'target-group.created',
  'target-group.updated',
  'target-group.deleted',
  'invitation.sent',
  'invitation.accepted',
  'invitation.revoked',
  'membership.removed',
] as const;

export const AUDIT_FIELDS = [
  'title',
  'description',
  'predecessor',
  'kind',
  'state',
  'plannedStart',
  'plannedEnd',
  'code',
  'text',
  'name',
  'position',
  'email',
  'role',
  'municipality',
  'organisation',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export type AuditField = (typeof AUDIT_FIELDS)[number];

export const isAuditAction = (value: string): value is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(value);
export const isAuditField = (value: string): value is AuditField => (AUDIT_FIELDS as readonly string[]).includes(value);

/** Internal references (ids) mean nothing to a reader. */
const HIDDEN_FIELDS = new Set(['fieldOfActionId']);

export type AuditValues = Record<string, unknown>;

export function parseAuditValues(json: string | null): AuditValues | null {
  if (!json) return null;
  const parsed: unknown = JSON.parse(json);
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as AuditValues) : null;
}

/**
 * The fields worth showing for one entry: for a change, only what changed
 * (plus the phase it concerns); for a creation or deletion, everything.
 */
export function shownFields(before: AuditValues | null, after: AuditValues | null): string[] {
  // Stored as jsonb, the recorded objects come back in PostgreSQL's key order; show them in a reading order.
  const rank = (key: string) => (isAuditField(key) ? AUDIT_FIELDS.indexOf(key) : AUDIT_FIELDS.length);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
    .filter((k) => !HIDDEN_FIELDS.has(k))
    .sort((a, b) => rank(a) - rank(b));
  if (!before || !after) return keys;
  return keys.filter((k) => k === 'kind' || JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}
