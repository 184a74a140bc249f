import type { PhaseKind, PhaseState } from '../../gql/graphql';
import { rightsOf, type Viewer } from '../auth/session';

/**
 * Whether the viewer may start a new recommendation in the revision, as the
 * API decides it: coordinators of the region always; participants of the
 * revision while the conference or the workshop phase is active.
 */
export function mayCreateRecommendation(
  viewer: Viewer,
  revision: { id: string; regionId: string; phases: readonly { kind: PhaseKind; state: PhaseState }[] },
): boolean {
  if (rightsOf(viewer).coordinates(revision.regionId)) return true;
  const participates = viewer.memberships.some((m) => m.revisionId === revision.id && m.role === 'PARTICIPANT');
  const writing = revision.phases.some(
    (p) => (p.kind === 'CONFERENCE' || p.kind === 'WORKSHOPS') && p.state === 'ACTIVE',
  );
  return participates && writing;
}
