import type { PhaseKind, PhaseState } from '../../gql/graphql';

/** The order in which the phases of a revision follow each other. */
export const PHASE_KINDS: readonly PhaseKind[] = ['INVENTORY', 'SURVEY', 'CONFERENCE', 'WORKSHOPS', 'FINALISATION'];

export type ProgressSummary = { kind: 'notStarted' } | { kind: 'running'; phase: PhaseKind } | { kind: 'finished' };

/** Where a revision stands: the latest active phase, or not started / finished. */
export function progressOf(phases: readonly { kind: PhaseKind; state: PhaseState }[]): ProgressSummary {
  const active = phases.filter((p) => p.state === 'ACTIVE').at(-1);
  if (active) return { kind: 'running', phase: active.kind };
  if (phases.length > 0 && phases.every((p) => p.state === 'CLOSED')) return { kind: 'finished' };
  return { kind: 'notStarted' };
}

export const PHASE_STATES: readonly PhaseState[] = ['PLANNED', 'ACTIVE', 'CLOSED'];

export const isPhaseKind = (value: string): value is PhaseKind => (PHASE_KINDS as readonly string[]).includes(value);
export const isPhaseState = (value: string): value is PhaseState => (PHASE_STATES as readonly string[]).includes(value);
