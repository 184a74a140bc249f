import { PHASE_LABELS, PHASE_ORDER, PHASE_STATE_LABELS, PhaseKind, PhaseState } from '@konzeptwerk/contracts';
import { DomainError } from '@konzeptwerk/platform';

export type PhaseAction = 'activate' | 'close' | 'reopen';

const TARGET: Record<PhaseAction, PhaseState> = {
  activate: PhaseState.ACTIVE,
  close: PhaseState.CLOSED,
  reopen: PhaseState.ACTIVE,
};

const ALLOWED_FROM: Record<PhaseAction, PhaseState> = {
  activate: PhaseState.PLANNED,
  close: PhaseState.ACTIVE,
  reopen: PhaseState.CLOSED,
};

/**
 * PLANNED → ACTIVE → CLOSED, and CLOSED → ACTIVE again with a reason. A phase
 * may start only once the phase before it has started.
 */
export function checkPhaseTransition(
  phase: { kind: PhaseKind; state: PhaseState },
  action: PhaseAction,
  previous: { kind: PhaseKind; state: PhaseState } | null,
  reason?: string | null,
): PhaseState {
  const to = TARGET[action];
  if (phase.state !== ALLOWED_FROM[action]) {
    throw new DomainError('PHASE_TRANSITION_INVALID', {
      phase: PHASE_LABELS[phase.kind],
      from: PHASE_STATE_LABELS[phase.state],
      to: PHASE_STATE_LABELS[to],
    });
  }
  if (action === 'activate' && previous && previous.state === PhaseState.PLANNED) {
    throw new DomainError('PHASE_ORDER_VIOLATED', {
      phase: PHASE_LABELS[phase.kind],
      previous: PHASE_LABELS[previous.kind],
    });
  }
  if (action === 'reopen' && !reason?.trim()) throw new DomainError('REASON_REQUIRED');
  return to;
}

export const phasePosition = (kind: PhaseKind) => PHASE_ORDER.indexOf(kind) + 1;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkPlannedDates(start: string | null, end: string | null): void {
  for (const [field, value] of [
    ['plannedStart', start],
    ['plannedEnd', end],
  ] as const) {
    if (value !== null && (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))) {
      throw new DomainError('VALIDATION_FAILED', { details: `${field}: expected a date as YYYY-MM-DD` });
    }
  }
  if (start && end && start > end) {
    throw new DomainError('VALIDATION_FAILED', { details: 'plannedEnd: must not be before plannedStart' });
  }
}
