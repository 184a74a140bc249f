import type { TFunction } from 'i18next';
import type { FeasibilityAnswer } from '../../gql/graphql';

/** Deadlines are instants; people read and set them in the time zone of the counties the platform serves. */
export const TIME_ZONE = 'Europe/Berlin';

export const ANSWERS: readonly FeasibilityAnswer[] = ['FEASIBLE', 'FEASIBLE_WITH_CONDITIONS', 'NOT_FEASIBLE'];

/** What one cell of the matrix says: an answer, still open, overdue, or never asked. */
export type CellKind = FeasibilityAnswer | 'OPEN' | 'OVERDUE' | 'NOT_ASKED';

export const CELL_KINDS: readonly CellKind[] = [...ANSWERS, 'OPEN', 'OVERDUE', 'NOT_ASKED'];

export interface CellFacts {
  answer: FeasibilityAnswer | null;
  /** ISO instant. */
  deadline: string;
}

/** An answer stays an answer; without one the check is open until its deadline and overdue after it. */
export function cellKind(cell: CellFacts | undefined, now: Date): CellKind {
  if (!cell) return 'NOT_ASKED';
  if (cell.answer) return cell.answer;
  return Date.parse(cell.deadline) > now.getTime() ? 'OPEN' : 'OVERDUE';
}

/** The deadline's calendar day as people in the region read it, e.g. "11.12.2026". */
export function formatDeadlineDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: TIME_ZONE }).format(new Date(iso));
}

/** Day and time in the region's time zone, e.g. "11.12.2026, 17:00". */
export function formatDeadline(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(
    new Date(iso),
  );
}

/** The words of a cell: "umsetzbar", "offen (Frist 11.12.2026)", "überfällig (Frist …)", "nicht angefragt". */
export function cellText(kind: CellKind, deadline: string | null, t: TFunction, language: string): string {
  if (kind === 'OPEN' || kind === 'OVERDUE') {
    return t(`feasibility.cell.${kind}`, { date: deadline ? formatDeadlineDay(deadline, language) : '' });
  }
  return t(`feasibility.cell.${kind}`);
}

export interface MatrixSummary {
  /** Pairs asked (cells with a check). */
  asked: number;
  answered: number;
  counts: Record<CellKind, number>;
}

/** How many pairs were asked and answered, and how many cells of each kind the table shows. */
export function summarise(
  recommendationIds: readonly string[],
  organisationIds: readonly string[],
  cells: readonly (CellFacts & { recommendationId: string; organisationId: string })[],
  now: Date,
): MatrixSummary {
  const byPair = new Map(cells.map((c) => [`${c.recommendationId}/${c.organisationId}`, c]));
  const counts = Object.fromEntries(CELL_KINDS.map((k) => [k, 0])) as Record<CellKind, number>;
  for (const r of recommendationIds) {
    for (const o of organisationIds) counts[cellKind(byPair.get(`${r}/${o}`), now)] += 1;
  }
  const answered = ANSWERS.reduce((sum, a) => sum + counts[a], 0);
  return { asked: answered + counts.OPEN + counts.OVERDUE, answered, counts };
}

/** Offset of the region's time zone from UTC at an instant, in milliseconds (CET +1 h, CEST +2 h). */
function offsetAt(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The last second of a calendar day (YYYY-MM-DD) in the region's time zone,
 * as an ISO instant: a deadline "11.12.2026" ends at 23:59:59 German time,
 * whatever time zone the browser is in. Null for anything but a valid day.
 */
export function endOfDayInRegion(day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const wall = Date.UTC(year, month - 1, date, 23, 59, 59);
  const check = new Date(Date.UTC(year, month - 1, date));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
  // Clocks change at night, never near midnight: the offset at the guess is the offset at the answer.
  return new Date(wall - offsetAt(wall - offsetAt(wall))).toISOString();
}

/** Reminder days offered in the request form, most days before first. */
export const REMINDER_CHOICES: readonly number[] = [14, 7, 3, 1];
export const DEFAULT_REMINDERS: readonly number[] = [7, 1];
