import type { EntityManager } from 'typeorm';
import { PhaseKind, PhaseState, RevisionRole } from '@konzeptwerk/contracts';
import { Actor, DomainError, forbidden, isUuid, notFound } from '@konzeptwerk/platform';
import { PHASE_LABELS } from '@konzeptwerk/contracts';
import { ConceptRevision, Phase } from '@konzeptwerk/revisions';

/** What the actor is within one revision: the facts every rule of the workbench decides from. */
export class RevisionAccess {
  constructor(
    readonly actor: Actor,
    readonly revision: ConceptRevision,
  ) {}

  get userId(): string {
    return this.actor.requireUser();
  }

  get regionId(): string {
    return this.revision.regionId;
  }

  get isCoordinator(): boolean {
    return this.actor.isCoordinatorOf(this.revision.regionId);
  }

  hasRole(role: RevisionRole): boolean {
    return this.actor.membershipsIn(this.revision.id).some((m) => m.role === role);
  }

  get isParticipant(): boolean {
    return this.hasRole(RevisionRole.PARTICIPANT);
  }

  /** Organisations the actor answers for as implementing actor in this revision. */
  get implementingOrganisationIds(): string[] {
    return this.actor
      .membershipsIn(this.revision.id)
      .filter((m) => m.role === RevisionRole.IMPLEMENTING_ACTOR && m.organisationId)
      .map((m) => m.organisationId!);
  }

  requireCoordinator(): void {
    if (!this.isCoordinator) throw forbidden();
  }

  /** Participants write recommendations while the conference or the workshop phase runs; coordinators always. */
  async requireWritingPhase(manager: EntityManager): Promise<void> {
    if (this.isCoordinator) return;
    const open = await manager.count(Phase, {
      where: [
        { revisionId: this.revision.id, kind: PhaseKind.CONFERENCE, state: PhaseState.ACTIVE },
        { revisionId: this.revision.id, kind: PhaseKind.WORKSHOPS, state: PhaseState.ACTIVE },
      ],
    });
    if (open === 0) throw new DomainError('PHASE_NOT_ACTIVE', { phase: PHASE_LABELS[PhaseKind.WORKSHOPS] });
  }
}

/**
 * Loads the revision for a signed-in actor who may see it; NOT_FOUND otherwise,
 * exactly as for a revision that does not exist. `lock` takes a share lock so
 * the revision cannot change under a write.
 */
export async function revisionAccess(
  manager: EntityManager,
  actor: Actor,
  revisionId: string,
  lock = false,
): Promise<RevisionAccess> {
  actor.requireUser();
  const revision = isUuid(revisionId)
    ? await manager.findOne(ConceptRevision, {
        where: { id: revisionId },
        ...(lock ? { lock: { mode: 'pessimistic_read' as const } } : {}),
      })
    : null;
  if (!revision || !actor.canSeeRevision(revision.id, revision.regionId)) throw notFound();
  return new RevisionAccess(actor, revision);
}
