import type { DispositionKind, ReviewProgress, StatementKind } from '../../gql/graphql';

/** The steps of a municipality through a round, in order. */
export const PROGRESS_ORDER: readonly ReviewProgress[] = ['NOT_OPENED', 'READING', 'COMMENTED', 'STATEMENT_GIVEN'];

export const STATEMENT_KINDS: readonly StatementKind[] = ['APPROVED', 'APPROVED_WITH_REMARKS', 'OBJECTION'];

export const DISPOSITIONS: readonly DispositionKind[] = ['ACCEPTED', 'PARTLY', 'NOT_ACCEPTED'];

/** How far along a municipality is: 0 (not opened) to 3 (statement given). */
export const stepOf = (progress: ReviewProgress) => PROGRESS_ORDER.indexOf(progress);

/** How many municipalities stand at each step. */
export function countByProgress(rows: readonly { progress: ReviewProgress }[]): Record<ReviewProgress, number> {
  const counts = { NOT_OPENED: 0, READING: 0, COMMENTED: 0, STATEMENT_GIVEN: 0 };
  for (const row of rows) counts[row.progress] += 1;
  return counts;
}

/** Reminder days as typed ("7, 2"): whole days from 1 to 60, without repeats, largest first; null if not valid. */
export function parseReminderDays(value: string): number[] | null {
  const parts = value
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return [];
  const days = parts.map(Number);
  if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 60)) return null;
  return [...new Set(days)].sort((a, b) => b - a);
}

/** A section with the depth to show it at (chapters 1, sub-chapters 2, …), in reading order. */
export interface VersionSection {
  id: string;
  parentId: string | null;
  level: number;
  title: string;
  html: string;
}

/** The heading tag of a section: h3 for chapters (the text sits under an h2), at most h6. */
export const headingTagOf = (level: number) => `h${Math.min(6, Math.max(3, level + 2))}` as 'h3' | 'h4' | 'h5' | 'h6';
