import { FeasibilityAnswer, RecommendationStatus } from '@konzeptwerk/contracts';
import { DomainError, invalid, isUuid } from '@konzeptwerk/platform';

export const DEFAULT_REMINDER_DAYS: readonly number[] = [7, 1];
export const MAX_REMINDER_DAYS = 60;
/** Upper bounds of one request: a whole revision's recommendations, every actor of a region. */
export const MAX_RECOMMENDATIONS_PER_REQUEST = 500;
export const MAX_ORGANISATIONS_PER_REQUEST = 200;

/** Statuses a recommendation may have when its feasibility is asked for; IN_REVIEW ones move on. */
export const REQUESTABLE_STATUSES: ReadonlySet<RecommendationStatus> = new Set([
  RecommendationStatus.IN_REVIEW,
  RecommendationStatus.FEASIBILITY_CHECK,
]);

export function checkDeadline(deadline: Date, now: Date): Date {
  if (!(deadline instanceof Date) || Number.isNaN(deadline.getTime())) throw invalid('deadline: not a date');
  if (deadline.getTime() <= now.getTime()) throw new DomainError('DEADLINE_INVALID');
  return deadline;
}

/** Whole days between 1 and 60, each once; sorted from the earliest reminder (most days before) to the last. */
export function checkReminderDays(days: readonly number[] | null | undefined): number[] {
  const list = days ?? DEFAULT_REMINDER_DAYS;
  for (const d of list) {
    if (!Number.isInteger(d) || d < 1 || d > MAX_REMINDER_DAYS) {
      throw invalid(`reminderDaysBefore: whole days from 1 to ${MAX_REMINDER_DAYS}`);
    }
  }
  if (new Set(list).size !== list.length) throw invalid('reminderDaysBefore: each day only once');
  return [...list].sort((a, b) => b - a);
}

/** Distinct ids; an id that is no UUID cannot name a row, so it fails like one that names none. */
export function checkIds(
  ids: readonly string[] | null | undefined,
  field: string,
  max: number,
  what: string,
): string[] {
  const distinct = [...new Set(ids ?? [])];
  if (distinct.length === 0) throw invalid(`${field}: choose at least one`);
  if (distinct.length > max) throw invalid(`${field}: at most ${max}`);
  if (!distinct.every(isUuid)) throw invalid(`${field}: ${what}`);
  return distinct;
}

/** Anything but a plain "feasible" needs a reason the coordinator can weigh. */
export function checkAnswer(answer: FeasibilityAnswer, comment: string | null): void {
  if (!Object.values(FeasibilityAnswer).includes(answer)) throw invalid('answer: unknown value');
  if (answer !== FeasibilityAnswer.FEASIBLE && !comment) {
    throw new DomainError('VALIDATION_FAILED', {
      details: {
        de: 'Begründung: bei „nicht umsetzbar“ und „umsetzbar mit Bedingungen“ erforderlich',
        en: 'comment: required for “not feasible” and “feasible with conditions”',
      },
    });
  }
}

/** Answers can be given and changed until the deadline; after it the check is closed. */
export function checkAnswerWindow(current: FeasibilityAnswer | null, deadline: Date, now: Date): void {
  if (deadline.getTime() > now.getTime()) return;
  throw new DomainError(current ? 'ALREADY_ANSWERED' : 'DEADLINE_PASSED');
}

/** Open checks first (nearest deadline first), then answered ones (latest first), then those left unanswered. */
export function checkOrder(
  a: { answer: unknown; answeredAt: Date | null; deadline: Date; reference: string },
  b: { answer: unknown; answeredAt: Date | null; deadline: Date; reference: string },
  now: Date,
): number {
  const rank = (c: typeof a) => (c.answer ? 1 : c.deadline.getTime() > now.getTime() ? 0 : 2);
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  const time = (c: typeof a) =>
    rank(c) === 0 ? c.deadline.getTime() : -(c.answeredAt?.getTime() ?? c.deadline.getTime());
  return time(a) - time(b) || a.reference.localeCompare(b.reference, 'de', { numeric: true });
}
