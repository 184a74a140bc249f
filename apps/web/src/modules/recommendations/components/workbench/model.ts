import type { RecommendationContentFragment, RecommendationStatus, TimeHorizon } from '../../../../gql/graphql';

/** What the form edits: one recommendation's content, as ids and text. */
export interface RecommendationDraft {
  title: string;
  /** Rich text (HTML) from the editor. */
  rationale: string;
  fieldOfActionId: string;
  targetGroupIds: string[];
  allMunicipalities: boolean;
  municipalityIds: string[];
  organisationIds: string[];
  timeHorizon: TimeHorizon | null;
  resources: string;
  indicators: string;
}

export type DraftField = keyof RecommendationDraft;

export const EMPTY_DRAFT: RecommendationDraft = {
  title: '',
  rationale: '',
  fieldOfActionId: '',
  targetGroupIds: [],
  allMunicipalities: true,
  municipalityIds: [],
  organisationIds: [],
  timeHorizon: null,
  resources: '',
  indicators: '',
};

export function draftOf(rec: RecommendationContentFragment): RecommendationDraft {
  return {
    title: rec.title,
    rationale: rec.rationale,
    fieldOfActionId: rec.fieldOfActionId,
    targetGroupIds: rec.targetGroups.map((g) => g.id),
    allMunicipalities: rec.allMunicipalities,
    municipalityIds: rec.municipalities.map((m) => m.id),
    organisationIds: rec.organisations.map((o) => o.id),
    timeHorizon: rec.timeHorizon,
    resources: rec.resources ?? '',
    indicators: rec.indicators ?? '',
  };
}

/** The content as the create, update and merge inputs take it. */
export function contentInput(draft: RecommendationDraft) {
  return {
    title: draft.title.trim(),
    rationale: draft.rationale,
    fieldOfActionId: draft.fieldOfActionId,
    targetGroupIds: draft.targetGroupIds,
    allMunicipalities: draft.allMunicipalities,
    municipalityIds: draft.allMunicipalities ? [] : draft.municipalityIds,
    organisationIds: draft.organisationIds,
    timeHorizon: draft.timeHorizon,
    resources: draft.resources.trim() || null,
    indicators: draft.indicators.trim() || null,
  };
}

/** Why a field is refused; the form words it. */
export type DraftProblem = 'required' | 'tooLong' | 'chooseMunicipality';
export type DraftProblems = Partial<Record<DraftField, DraftProblem>>;

/** The same limits the API checks (RecommendationService.validateContent). */
export const LIMITS = { title: 300, resources: 5000, indicators: 5000 } as const;

export function checkDraft(draft: RecommendationDraft): DraftProblems {
  const problems: DraftProblems = {};
  const title = draft.title.trim();
  if (!title) problems.title = 'required';
  else if (title.length > LIMITS.title) problems.title = 'tooLong';
  if (!draft.fieldOfActionId) problems.fieldOfActionId = 'required';
  if (!draft.allMunicipalities && draft.municipalityIds.length === 0) problems.municipalityIds = 'chooseMunicipality';
  if (draft.resources.trim().length > LIMITS.resources) problems.resources = 'tooLong';
  if (draft.indicators.trim().length > LIMITS.indicators) problems.indicators = 'tooLong';
  return problems;
}

/** The API names the refused input field first in a validation message ("title: required"). */
const SERVER_FIELDS: Record<string, DraftField> = {
  title: 'title',
  rationale: 'rationale',
  fieldOfActionId: 'fieldOfActionId',
  targetGroupIds: 'targetGroupIds',
  municipalityIds: 'municipalityIds',
  organisationIds: 'organisationIds',
  timeHorizon: 'timeHorizon',
  resources: 'resources',
  indicators: 'indicators',
};

/** The form field a server validation message is about, or null when it names none of them. */
export function fieldOfServerMessage(message: string): DraftField | null {
  const match = /(?:^|\s)(\w+):\s/.exec(message.replace(/^[^:]*:\s/, ' '));
  return match ? (SERVER_FIELDS[match[1]] ?? null) : null;
}

/** Text of rich text, for comparisons and the similarity query (no DOM needed). */
export function plainText(html: string): string {
  return html
    .replace(/<\/(p|li|h[2-4]|blockquote)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

// ---------------------------------------------------------------- similar recommendations

/** Below this many letters a title matches too much to be a useful hint. */
export const SIMILAR_MIN_TITLE = 8;
export const SIMILAR_DEBOUNCE_MS = 400;

/** What to ask similarRecommendations for, or null while the title is too short to compare. */
export function similarQuery(title: string, rationaleHtml: string): { title: string; rationale: string } | null {
  const trimmed = title.trim();
  if (trimmed.replace(/\s+/g, '').length < SIMILAR_MIN_TITLE) return null;
  return { title: trimmed, rationale: plainText(rationaleHtml).slice(0, 2000) };
}

// ---------------------------------------------------------------- conflicts

/** The fields in the order the form shows them; the version history uses the same names. */
export const CONTENT_FIELDS = [
  'title',
  'rationale',
  'fieldOfActionId',
  'targetGroupIds',
  'municipalityIds',
  'organisationIds',
  'timeHorizon',
  'resources',
  'indicators',
] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];

/** A field as a person reads it: names instead of ids, text instead of markup. */
export type DescribeField = (field: ContentField, draft: RecommendationDraft) => string;

function comparable(field: ContentField, draft: RecommendationDraft): string {
  switch (field) {
    case 'rationale':
      return plainText(draft.rationale);
    case 'targetGroupIds':
    case 'organisationIds':
      return [...draft[field]].sort().join(',');
    case 'municipalityIds':
      return draft.allMunicipalities ? '*' : [...draft.municipalityIds].sort().join(',');
    case 'timeHorizon':
      return draft.timeHorizon ?? '';
    default:
      return draft[field].trim();
  }
}

export interface ConflictRow {
  field: ContentField;
  theirs: string;
  mine: string;
  /**
   * taken: the person had left the field alone, so the stored value replaces it;
   * same: their input already says what is stored; clash: both changed it differently.
   */
  kind: 'taken' | 'same' | 'clash';
}

/**
 * What someone else changed between the version the edit started from and
 * the one stored now, with their value and the person's own input side by side.
 */
export function conflictRows(
  before: RecommendationDraft,
  theirs: RecommendationDraft,
  mine: RecommendationDraft,
  describe: DescribeField,
): ConflictRow[] {
  return CONTENT_FIELDS.filter((field) => comparable(field, before) !== comparable(field, theirs)).map((field) => ({
    field,
    theirs: describe(field, theirs),
    mine: describe(field, mine),
    kind:
      comparable(field, mine) === comparable(field, theirs)
        ? 'same'
        : comparable(field, mine) === comparable(field, before)
          ? 'taken'
          : 'clash',
  }));
}

/** Takes the stored value of one field into the person's own input. */
export function adoptField(
  mine: RecommendationDraft,
  theirs: RecommendationDraft,
  field: ContentField,
): RecommendationDraft {
  if (field === 'municipalityIds') {
    return { ...mine, allMunicipalities: theirs.allMunicipalities, municipalityIds: theirs.municipalityIds };
  }
  return { ...mine, [field]: theirs[field] };
}

/**
 * The person's input on top of the newer version: fields only the other
 * person changed take the stored value; whatever the person typed stays.
 */
export function rebaseDraft(
  before: RecommendationDraft,
  theirs: RecommendationDraft,
  mine: RecommendationDraft,
  describe: DescribeField,
): RecommendationDraft {
  return conflictRows(before, theirs, mine, describe)
    .filter((row) => row.kind === 'taken')
    .reduce((draft, row) => adoptField(draft, theirs, row.field), mine);
}

// ---------------------------------------------------------------- word diff

export interface DiffSegment {
  kind: string;
  text: string;
}

export type DiffPart = { kind: 'same'; text: string } | { kind: 'ins' | 'del'; text: string } | { kind: 'gap' };

/** Words of unchanged text kept on each side of a change; longer stretches are shortened to "…". */
export const DIFF_CONTEXT_WORDS = 8;

/**
 * The API's segments (same/added/removed) as what the page renders: <ins> and
 * <del> for changes, unchanged text shortened far from any change, so a long
 * rationale with one changed word stays readable.
 */
export function diffParts(segments: readonly DiffSegment[], context = DIFF_CONTEXT_WORDS): DiffPart[] {
  const parts: DiffPart[] = [];
  segments.forEach((segment, i) => {
    if (!segment.text) return;
    if (segment.kind === 'added') return parts.push({ kind: 'ins', text: segment.text });
    if (segment.kind === 'removed') return parts.push({ kind: 'del', text: segment.text });
    const words = segment.text.split(/(?<=\s)(?=\S)/);
    const changeBefore = i > 0;
    const changeAfter = i < segments.length - 1;
    const keepHead = changeBefore ? context : 0;
    const keepTail = changeAfter ? context : 0;
    if (words.length <= keepHead + keepTail + 1 || (!changeBefore && !changeAfter)) {
      return parts.push({ kind: 'same', text: segment.text });
    }
    if (keepHead) parts.push({ kind: 'same', text: words.slice(0, keepHead).join('') });
    parts.push({ kind: 'gap' });
    if (keepTail) parts.push({ kind: 'same', text: words.slice(words.length - keepTail).join('') });
  });
  return parts;
}

// ---------------------------------------------------------------- merging

export interface MergeSourceFacts {
  id: string;
  reference: string;
  title: string;
  supportCount: number;
  authors: readonly { id: string }[];
  evidence: readonly unknown[];
  comments: readonly { replies: readonly unknown[] }[];
}

export interface MergeSummary {
  sources: { id: string; reference: string; title: string }[];
  /** Distinct people among the sources' authors. */
  authors: number;
  /**
   * Supporters are counted once on the result; the API shows counts, not
   * who, so the result lies between the largest count and the sum.
   */
  supportersAtLeast: number;
  supportersAtMost: number;
  comments: number;
  /** The sources' own links plus one "merged from" link per source. */
  evidenceLinks: number;
}

export function mergeSummary(sources: readonly MergeSourceFacts[]): MergeSummary {
  return {
    sources: sources.map(({ id, reference, title }) => ({ id, reference, title })),
    authors: new Set(sources.flatMap((s) => s.authors.map((a) => a.id))).size,
    supportersAtLeast: Math.max(0, ...sources.map((s) => s.supportCount)),
    supportersAtMost: sources.reduce((sum, s) => sum + s.supportCount, 0),
    comments: sources.reduce((sum, s) => sum + s.comments.reduce((n, c) => n + 1 + c.replies.length, 0), 0),
    evidenceLinks: sources.reduce((sum, s) => sum + s.evidence.length + 1, 0),
  };
}

/**
 * The merged recommendation's first draft: title, rationale, field of action,
 * time horizon, resources and indicators from the first source; target groups
 * and implementing organisations of all; all municipalities if any source
 * concerns all, otherwise every municipality named.
 */
export function mergePrefill(sources: readonly RecommendationDraft[]): RecommendationDraft {
  if (sources.length === 0) return EMPTY_DRAFT;
  const union = (pick: (d: RecommendationDraft) => string[]) => [...new Set(sources.flatMap(pick))];
  const allMunicipalities = sources.some((s) => s.allMunicipalities);
  return {
    ...sources[0],
    targetGroupIds: union((s) => s.targetGroupIds),
    organisationIds: union((s) => s.organisationIds),
    allMunicipalities,
    municipalityIds: allMunicipalities ? [] : union((s) => s.municipalityIds),
  };
}

/** The ids from ?ids=a,b,c: unique, without blanks, in the order given. */
export function idsFromSearch(value: string | null): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
}

/** Statuses the API merges from (recommendation-rules MERGEABLE): submitted and onward, not yet decided. */
export const MERGEABLE_STATUSES: readonly RecommendationStatus[] = ['SUBMITTED', 'IN_REVIEW', 'FEASIBILITY_CHECK'];

/** The chosen sources the API would refuse to merge, so the page can say so before anyone composes. */
export function unmergeable<T extends { status: RecommendationStatus }>(sources: readonly T[]): T[] {
  return sources.filter((s) => !MERGEABLE_STATUSES.includes(s.status));
}
