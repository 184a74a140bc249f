/**
 * Pure helpers of the survey results and the findings page: the texts in the
 * page language, the figures a chart's name states, the notes of a
 * breakdown, findings by field of action and passages taken from notes.
 */

export interface LocalizedItem {
  language: string;
  text: string;
}

/** A survey text in the page language, else German, else the first there is. */
export function textIn(texts: readonly LocalizedItem[], language: string): string {
  const find = (l: string) => texts.find((t) => t.language === l)?.text;
  return find(language) ?? find('de') ?? texts[0]?.text ?? '';
}

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'de-DE');

/** A count or an average in the page language, with at most `digits` decimals. */
export function formatNumber(value: number, language: string, digits = 1): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits }).format(value);
}

/** A share of 0..1 as a percentage, e.g. "62,5 %"; "–" where there is none (the public link has no rate). */
export function formatShare(share: number | null | undefined, language: string): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

// ---------------------------------------------------------------- key figures

export interface CountRow {
  key: string;
  label: string;
  count: number;
}

/** The row with the largest count (the first of equals); null when nobody chose anything. */
export function largest<T extends { count: number }>(rows: readonly T[]): T | null {
  return rows.reduce<T | null>((best, row) => (row.count > (best?.count ?? 0) ? row : best), null);
}

export interface RatingRow {
  id: string;
  name: string;
  count: number;
  average: number | null;
  /** Counts of the ratings 1 … 5. */
  distribution: readonly number[];
}

/** The best and the weakest rated field (by average; fields nobody rated left out). */
export function ratingExtremes(rows: readonly RatingRow[]): { best: RatingRow; worst: RatingRow } | null {
  const rated = rows.filter((r): r is RatingRow & { average: number } => r.average !== null && r.count > 0);
  if (!rated.length) return null;
  const best = rated.reduce((a, b) => (b.average > a.average ? b : a));
  const worst = rated.reduce((a, b) => (b.average < a.average ? b : a));
  return { best, worst };
}

/** The ratings 1 … 5 as five counts, whatever length the server sent. */
export const fiveRatings = (distribution: readonly number[]) =>
  Array.from({ length: 5 }, (_, i) => distribution[i] ?? 0);

export interface RankRow {
  key: string;
  label: string;
  averageRank: number;
}

/** Options by their average rank, the most important (smallest rank) first. */
export const byRank = <T extends RankRow>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => a.averageRank - b.averageRank || a.label.localeCompare(b.label, 'de'));

export interface AudienceRow {
  audience: string;
  invited: number;
  started: number;
  submitted: number;
  responseRate: number | null;
}

/** Every audience's figures summed; the rate over the invited audiences only (the public link has no invitees). */
export function audienceTotals(rows: readonly AudienceRow[]): AudienceRow {
  const sum = (pick: (r: AudienceRow) => number, of = rows) => of.reduce((n, r) => n + pick(r), 0);
  const invitedRows = rows.filter((r) => r.responseRate !== null && r.invited > 0);
  const invited = sum((r) => r.invited);
  return {
    audience: 'TOTAL',
    invited,
    started: sum((r) => r.started),
    submitted: sum((r) => r.submitted),
    responseRate: invited > 0 ? sum((r) => r.submitted, invitedRows) / invited : null,
  };
}

// ---------------------------------------------------------------- breakdowns

export interface BreakdownGroupItem {
  key: string;
  label: string;
  respondents: number;
  merged: boolean;
}

/**
 * What a breakdown's note says: how many respondents are combined into the
 * one merged group and how many are not shown at all (the server counts
 * both in `suppressed`).
 */
export function breakdownNote(groups: readonly BreakdownGroupItem[], suppressed: number) {
  const merged = groups.filter((g) => g.merged).reduce((n, g) => n + g.respondents, 0);
  return { merged, hidden: Math.max(0, suppressed - merged) };
}

/** The count of an option in a group; zero where the group has none. */
export const countIn = (options: readonly { key: string; count: number }[], key: string) =>
  options.find((o) => o.key === key)?.count ?? 0;

// ---------------------------------------------------------------- codes and findings

/** Whether two lists of ids hold the same ids, in any order. */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((id) => set.has(id));
}

/** The findings of each field of action, in the fields' order; fields without findings keep an empty list. */
export function findingsByField<F extends { id: string }, T extends { fieldOfActionId: string; createdAt: string }>(
  fields: readonly F[],
  findings: readonly T[],
): { field: F; findings: T[] }[] {
  return fields.map((field) => ({
    field,
    findings: findings
      .filter((f) => f.fieldOfActionId === field.id)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  }));
}

/** The longest excerpt a source keeps. */
export const MAX_EXCERPT = 2000;

/**
 * The passage of a text a person marked, with whitespace tidied; null when
 * nothing or something outside the text is marked.
 */
export function passageOf(text: string, selected: string | null | undefined): string | null {
  const passage = (selected ?? '').replace(/\s+/g, ' ').trim();
  if (!passage) return null;
  const tidy = text.replace(/\s+/g, ' ');
  return tidy.includes(passage) ? passage.slice(0, MAX_EXCERPT) : null;
}

/** A finding's title taken from an answer: its first words, at most `max` characters, cut at a word. */
export function titleFrom(text: string, max = 80): string {
  const tidy = text.replace(/\s+/g, ' ').trim();
  if (tidy.length <= max) return tidy;
  const cut = tidy.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

// ---------------------------------------------------------------- one question's result

export interface QuestionResultItem {
  questionId: string;
  kind: string;
  text: readonly LocalizedItem[];
  answered: number;
  options: readonly { key: string; label: readonly LocalizedItem[]; count: number }[];
  fieldRatings: readonly {
    fieldOfActionId: string;
    name: string;
    count: number;
    average: number | null;
    distribution: readonly number[];
  }[];
  ranks: readonly { key: string; label: readonly LocalizedItem[]; averageRank: number }[];
  numberSummary: { count: number; min: number; max: number; mean: number; median: number } | null;
}

/** Questions whose answers are counted in charts and can be broken down. */
export const CLOSED_KINDS: readonly string[] = [
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'LIKERT',
  'FIELD_RATING',
  'RANKING',
  'MUNICIPALITY',
  'ORGANISATION_TYPE',
];

/** Each survey language's name in itself; Leichte Sprache is German. */
const LANGUAGE_NAMES: Record<string, { name: string; lang: string }> = {
  de: { name: 'Deutsch', lang: 'de' },
  en: { name: 'English', lang: 'en' },
  uk: { name: 'Українська', lang: 'uk' },
  ar: { name: 'العربية', lang: 'ar' },
  tr: { name: 'Türkçe', lang: 'tr' },
  ru: { name: 'Русский', lang: 'ru' },
  ls: { name: 'Leichte Sprache', lang: 'de' },
};

/** A survey language's name and `lang` attribute; an unknown code as it is. */
export const languageOf = (code: string) => LANGUAGE_NAMES[code] ?? { name: code, lang: code };
