import { PhaseKind, PhaseState } from '@konzeptwerk/contracts';
import { DomainError } from '@konzeptwerk/platform';
import { checkPhaseTransition, checkPlannedDates } from './phase-rules';

const phase = (kind: PhaseKind, state: PhaseState) => ({ kind, state });
const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return (e as DomainError).code;
  }
};

describe('phase transitions', () => {
  test.each([
    ['activate', PhaseState.PLANNED, PhaseState.ACTIVE, 'ok'],
    ['activate', PhaseState.ACTIVE, PhaseState.ACTIVE, 'PHASE_TRANSITION_INVALID'],
    ['activate', PhaseState.CLOSED, PhaseState.ACTIVE, 'PHASE_TRANSITION_INVALID'],
    ['close', PhaseState.ACTIVE, PhaseState.ACTIVE, 'ok'],
    ['close', PhaseState.PLANNED, PhaseState.ACTIVE, 'PHASE_TRANSITION_INVALID'],
    ['close', PhaseState.CLOSED, PhaseState.ACTIVE, 'PHASE_TRANSITION_INVALID'],
    ['reopen', PhaseState.CLOSED, PhaseState.ACTIVE, 'ok'],
    ['reopen', PhaseState.ACTIVE, PhaseState.ACTIVE, 'PHASE_TRANSITION_INVALID'],
  ] as const)('%s from %s (previous %s): %s', (action, from, previousState, expected) => {
    const result = codeOf(() =>
      checkPhaseTransition(phase(PhaseKind.SURVEY, from), action, phase(PhaseKind.INVENTORY, previousState), 'Grund'),
    );
    expect(result).toBe(expected);
  });

  test('the first phase needs no predecessor; later ones need theirs started', () => {
    expect(checkPhaseTransition(phase(PhaseKind.INVENTORY, PhaseState.PLANNED), 'activate', null)).toBe(
      PhaseState.ACTIVE,
    );
    expect(
      codeOf(() =>
        checkPhaseTransition(
          phase(PhaseKind.SURVEY, PhaseState.PLANNED),
          'activate',
          phase(PhaseKind.INVENTORY, PhaseState.PLANNED),
        ),
      ),
    ).toBe('PHASE_ORDER_VIOLATED');
    expect(
      checkPhaseTransition(
        phase(PhaseKind.SURVEY, PhaseState.PLANNED),
        'activate',
        phase(PhaseKind.INVENTORY, PhaseState.CLOSED),
      ),
    ).toBe(PhaseState.ACTIVE);
  });

  test('reopening needs a reason that is not blank', () => {
    expect(codeOf(() => checkPhaseTransition(phase(PhaseKind.SURVEY, PhaseState.CLOSED), 'reopen', null, ' \n'))).toBe(
      'REASON_REQUIRED',
    );
  });
});

describe('planned dates', () => {
  test.each([
    ['2027-01-01', '2027-02-01', 'ok'],
    ['2027-01-01', '2027-01-01', 'ok'],
    [null, null, 'ok'],
    ['2027-02-01', '2027-01-01', 'VALIDATION_FAILED'],
    ['01.02.2027', null, 'VALIDATION_FAILED'],
    ['2027-13-45', null, 'VALIDATION_FAILED'],
  ])('%s – %s: %s', (start, end, expected) => {
    expect(codeOf(() => checkPlannedDates(start, end))).toBe(expected);
  });
});
