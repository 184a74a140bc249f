import { FeasibilityAnswer } from '@konzeptwerk/contracts';
import {
  checkAnswer,
  checkAnswerWindow,
  checkDeadline,
  checkIds,
  checkOrder,
  checkReminderDays,
} from './feasibility-rules';
import { germanDeadline } from './feasibility-mails';

const code = (fn: () => unknown) => {
  try {
    fn();
    return 'OK';
  } catch (e) {
    return (e as { code: string }).code;
  }
};

const now = new Date('2026-03-01T12:00:00Z');
const later = new Date('2026-03-15T12:00:00Z');

test('the deadline must lie in the future', () => {
  expect(checkDeadline(later, now)).toBe(later);
  expect(code(() => checkDeadline(now, now))).toBe('DEADLINE_INVALID');
  expect(code(() => checkDeadline(new Date('2026-02-01'), now))).toBe('DEADLINE_INVALID');
  expect(code(() => checkDeadline(new Date('no date'), now))).toBe('VALIDATION_FAILED');
});

test('reminder days: default 7 and 1, whole days 1 to 60, each once, earliest reminder first', () => {
  expect(checkReminderDays(undefined)).toEqual([7, 1]);
  expect(checkReminderDays(null)).toEqual([7, 1]);
  expect(checkReminderDays([1, 14, 3])).toEqual([14, 3, 1]);
  expect(checkReminderDays([])).toEqual([]);
  expect(checkReminderDays([60])).toEqual([60]);
  for (const bad of [[0], [61], [1.5], [-3], [7, 7]])
    expect(code(() => checkReminderDays(bad))).toBe('VALIDATION_FAILED');
});

test('ids: distinct, at least one, within the limit, UUIDs', () => {
  const id = '6f1c1b8e-2f4a-4a53-9a55-0d2a3c1e9b10';
  expect(checkIds([id, id], 'organisationIds', 3, 'unknown')).toEqual([id]);
  expect(code(() => checkIds([], 'organisationIds', 3, 'unknown'))).toBe('VALIDATION_FAILED');
  expect(code(() => checkIds(['x'], 'organisationIds', 3, 'unknown'))).toBe('VALIDATION_FAILED');
  expect(code(() => checkIds([id, '7f1c1b8e-2f4a-4a53-9a55-0d2a3c1e9b10'], 'organisationIds', 1, 'unknown'))).toBe(
    'VALIDATION_FAILED',
  );
});

test('anything but FEASIBLE needs a reason', () => {
  expect(code(() => checkAnswer(FeasibilityAnswer.FEASIBLE, null))).toBe('OK');
  expect(code(() => checkAnswer(FeasibilityAnswer.FEASIBLE_WITH_CONDITIONS, null))).toBe('VALIDATION_FAILED');
  expect(code(() => checkAnswer(FeasibilityAnswer.NOT_FEASIBLE, null))).toBe('VALIDATION_FAILED');
  expect(code(() => checkAnswer(FeasibilityAnswer.NOT_FEASIBLE, 'Keine Mittel'))).toBe('OK');
  expect(code(() => checkAnswer('MAYBE' as FeasibilityAnswer, 'x'))).toBe('VALIDATION_FAILED');
});

test('answers may change until the deadline; after it, answered and unanswered checks say so differently', () => {
  expect(code(() => checkAnswerWindow(null, later, now))).toBe('OK');
  expect(code(() => checkAnswerWindow(FeasibilityAnswer.FEASIBLE, later, now))).toBe('OK');
  expect(code(() => checkAnswerWindow(FeasibilityAnswer.FEASIBLE, now, later))).toBe('ALREADY_ANSWERED');
  expect(code(() => checkAnswerWindow(null, now, later))).toBe('DEADLINE_PASSED');
});

test('open checks first by deadline, then answered ones latest first, then expired ones', () => {
  const c = (reference: string, answer: string | null, deadline: string, answeredAt: string | null = null) => ({
    reference,
    answer,
    deadline: new Date(deadline),
    answeredAt: answeredAt ? new Date(answeredAt) : null,
  });
  const checks = [
    c('SB-10', null, '2026-02-01'),
    c('SB-02', 'FEASIBLE', '2026-03-20', '2026-02-20'),
    c('SB-09', null, '2026-03-20'),
    c('SB-03', 'FEASIBLE', '2026-03-20', '2026-02-25'),
    c('SB-01', null, '2026-03-10'),
    c('SB-08', null, '2026-03-20'),
  ];
  expect(checks.sort((a, b) => checkOrder(a, b, now)).map((x) => x.reference)).toEqual([
    'SB-01',
    'SB-08',
    'SB-09',
    'SB-03',
    'SB-02',
    'SB-10',
  ]);
});

test('deadlines read in German time', () => {
  expect(germanDeadline(new Date('2026-03-14T22:59:00Z'))).toBe('14.03.2026, 23:59 Uhr');
  expect(germanDeadline(new Date('2026-07-01T10:00:00Z'))).toBe('01.07.2026, 12:00 Uhr');
});
