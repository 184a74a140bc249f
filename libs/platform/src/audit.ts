import type { EntityManager } from 'typeorm';
import { AuditEntry } from './audit.entity';

export interface AuditRecord {
  regionId: string | null;
  revisionId?: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
  reason?: string | null;
}

const plain = (value: object | null | undefined): Record<string, unknown> | null =>
  value == null ? null : (JSON.parse(JSON.stringify(value)) as Record<string, unknown>);

/** Writes the audit entry inside the caller's transaction, so change and record commit together. */
export async function audit(manager: EntityManager, record: AuditRecord): Promise<void> {
  await manager.getRepository(AuditEntry).insert({
    regionId: record.regionId,
    revisionId: record.revisionId ?? null,
    actorId: record.actorId,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    before: plain(record.before) as never,
    after: plain(record.after) as never,
    reason: record.reason ?? null,
  });
}
