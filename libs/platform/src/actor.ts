import { RevisionRole } from '@konzeptwerk/contracts';
import { DomainError } from './domain-error';

export interface RevisionMembershipGrant {
  revisionId: string;
  regionId: string;
  role: RevisionRole;
  municipalityId: string | null;
  organisationId: string | null;
}

/**
 * Who is asking. Built once per request from the session; every service
 * decides from it what the caller may see and do.
 */
export class Actor {
  constructor(
    readonly userId: string | null,
    readonly isPlatformAdmin: boolean,
    readonly coordinatorRegionIds: ReadonlySet<string>,
    readonly memberships: readonly RevisionMembershipGrant[],
  ) {}

  static anonymous(): Actor {
    return new Actor(null, false, new Set(), []);
  }

  get isAuthenticated(): boolean {
    return this.userId !== null;
  }

  requireUser(): string {
    if (!this.userId) throw new DomainError('UNAUTHENTICATED');
    return this.userId;
  }

  isCoordinatorOf(regionId: string): boolean {
    return this.coordinatorRegionIds.has(regionId);
  }

  membershipsIn(revisionId: string): RevisionMembershipGrant[] {
    return this.memberships.filter((m) => m.revisionId === revisionId);
  }

  isMemberOf(revisionId: string): boolean {
    return this.memberships.some((m) => m.revisionId === revisionId);
  }

  /** Regions whose basic data the actor may read. */
  canSeeRegion(regionId: string): boolean {
    return (
      this.isPlatformAdmin || this.isCoordinatorOf(regionId) || this.memberships.some((m) => m.regionId === regionId)
    );
  }

  canSeeRevision(revisionId: string, regionId: string): boolean {
    return this.isPlatformAdmin || this.isCoordinatorOf(regionId) || this.isMemberOf(revisionId);
  }
}
