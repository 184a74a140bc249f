import type { SurveyAudience, SurveyQuestionKind } from '../../gql/graphql';

import {
  isSurveyLanguage,
  SURVEY_LANGUAGE_NAMES,
  SURVEY_LANGUAGES,
  type SurveyLanguage,
  surveyDir,
  surveyLangTag,
} from '../survey-respond/languages';

/* Pure rules of the survey builder. The languages are the answering page's (one copy of libs/contracts' list). */

export { isSurveyLanguage, SURVEY_LANGUAGE_NAMES, SURVEY_LANGUAGES, type SurveyLanguage };

export const languageName = (language: string) =>
  isSurveyLanguage(language) ? SURVEY_LANGUAGE_NAMES[language] : language;

/** The attributes an input for a text in this language needs: `lang` (Leichte Sprache is German) and `dir`. */
export const languageAttributes = (language: string) => ({
  lang: surveyLangTag(language),
  dir: surveyDir(language),
});

export const QUESTION_KINDS: readonly SurveyQuestionKind[] = [
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'LIKERT',
  'FIELD_RATING',
  'RANKING',
  'FREE_TEXT',
  'NUMBER',
  'DATE',
  'MUNICIPALITY',
  'ORGANISATION_TYPE',
];

/** Kinds whose options the survey gives. */
export const hasOptions = (kind: SurveyQuestionKind) =>
  kind === 'SINGLE_CHOICE' ||
  kind === 'MULTIPLE_CHOICE' ||
  kind === 'LIKERT' ||
  kind === 'RANKING' ||
  kind === 'ORGANISATION_TYPE';

/** Kinds the API fills with default options when none are given. */
export const hasDefaultOptions = (kind: SurveyQuestionKind) => kind === 'LIKERT' || kind === 'ORGANISATION_TYPE';

/** Kinds that may offer "other" with a text of one's own. */
export const mayAllowOther = (kind: SurveyQuestionKind) =>
  kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE' || kind === 'ORGANISATION_TYPE';

/** Kinds another question's condition can point at: those answered by choosing options (not by ordering them). */
export const isConditionSource = (kind: SurveyQuestionKind) => hasOptions(kind) && kind !== 'RANKING';

/** Audiences of invitations (the public link has no invitations). */
export const INVITATION_AUDIENCES: readonly SurveyAudience[] = ['ORGANISATION', 'PERSON', 'MUNICIPALITY'];

/** A text by language, as the forms edit it. */
export type Texts = Partial<Record<string, string>>;

export const textsOf = (list: readonly { language: string; text: string }[]): Texts =>
  Object.fromEntries(list.map((t) => [t.language, t.text]));

/** The texts for the API: trimmed, empty ones left out. */
export const textsInput = (texts: Texts) =>
  Object.entries(texts)
    .map(([language, text]) => ({ language, text: (text ?? '').trim() }))
    .filter((t) => t.text.length > 0);

/** The German text, the one everyone working on the survey reads. */
export const germanOf = (list: readonly { language: string; text: string }[]) =>
  list.find((t) => t.language === 'de')?.text ?? '';

export interface OptionDraft {
  key: string;
  label: Texts;
}

/** A key for a new option: one more than the highest numbered key, so existing keys (and conditions) stay. */
export function nextOptionKey(options: readonly OptionDraft[]): string {
  const numbers = options.map((o) => Number(o.key)).filter((n) => Number.isInteger(n) && n > 0);
  let next = Math.max(0, ...numbers) + 1;
  const taken = new Set(options.map((o) => o.key));
  while (taken.has(String(next))) next++;
  return String(next);
}

export const addOption = (options: readonly OptionDraft[]): OptionDraft[] => [
  ...options,
  { key: nextOptionKey(options), label: {} },
];

/** Moves the item at `index` by `by` places; the list unchanged when it would leave the list. */
export function moveItem<T>(items: readonly T[], index: number, by: number): T[] {
  const target = index + by;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const out = [...items];
  const [item] = out.splice(index, 1);
  out.splice(target, 0, item);
  return out;
}

export interface QuestionDraft {
  kind: SurveyQuestionKind;
  required: boolean;
  allowOther: boolean;
  text: Texts;
  help: Texts;
  options: OptionDraft[];
  /** The question the condition points at; '' for none. */
  conditionQuestionId: string;
  conditionKeys: string[];
}

interface QuestionShape {
  id: string;
  kind: SurveyQuestionKind;
  required: boolean;
  allowOther: boolean;
  text: readonly { language: string; text: string }[];
  help: readonly { language: string; text: string }[];
  options: readonly { key: string; label: readonly { language: string; text: string }[] }[];
  condition: { questionId: string; optionKeys: readonly string[] } | null;
}

export const emptyQuestion = (): QuestionDraft => ({
  kind: 'SINGLE_CHOICE',
  required: false,
  allowOther: false,
  text: {},
  help: {},
  options: [
    { key: '1', label: {} },
    { key: '2', label: {} },
  ],
  conditionQuestionId: '',
  conditionKeys: [],
});

export const questionDraftOf = (q: QuestionShape): QuestionDraft => ({
  kind: q.kind,
  required: q.required,
  allowOther: q.allowOther,
  text: textsOf(q.text),
  help: textsOf(q.help),
  options: q.options.map((o) => ({ key: o.key, label: textsOf(o.label) })),
  conditionQuestionId: q.condition?.questionId ?? '',
  conditionKeys: [...(q.condition?.optionKeys ?? [])],
});

/**
 * Changes the kind. Options stay for kinds that have them; a kind with default options starts
 * without any of its own when the draft has none filled in, so the API's defaults apply.
 */
export function withKind(draft: QuestionDraft, kind: SurveyQuestionKind): QuestionDraft {
  const filled = draft.options.some((o) => Object.values(o.label).some((t) => t?.trim()));
  let options = draft.options;
  if (!hasOptions(kind)) options = [];
  else if (hasDefaultOptions(kind) && !filled) options = [];
  else if (options.length === 0) options = emptyQuestion().options;
  return { ...draft, kind, options, allowOther: mayAllowOther(kind) && draft.allowOther };
}

export type QuestionProblem = 'textRequired' | 'optionsTooFew' | 'optionLabelRequired' | 'conditionKeys';

/** What the form can tell before sending; the API checks the rest. */
export function checkQuestion(draft: QuestionDraft): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  if (!draft.text.de?.trim()) problems.push('textRequired');
  if (hasOptions(draft.kind)) {
    const allowedEmpty = hasDefaultOptions(draft.kind) && draft.options.length === 0;
    if (!allowedEmpty && draft.options.length < 2) problems.push('optionsTooFew');
    if (draft.options.some((o) => !o.label.de?.trim())) problems.push('optionLabelRequired');
  }
  if (draft.conditionQuestionId && draft.conditionKeys.length === 0) problems.push('conditionKeys');
  return problems;
}

export function questionInput(sectionId: string, draft: QuestionDraft) {
  return {
    sectionId,
    kind: draft.kind,
    required: draft.required,
    allowOther: mayAllowOther(draft.kind) && draft.allowOther,
    text: textsInput(draft.text),
    help: textsInput(draft.help),
    options: hasOptions(draft.kind)
      ? draft.options.map((o) => ({ key: o.key.trim() || null, label: textsInput(o.label) }))
      : [],
    condition: draft.conditionQuestionId
      ? { questionId: draft.conditionQuestionId, optionKeys: draft.conditionKeys }
      : null,
  };
}

/**
 * The questions a condition can point at: the choice questions before this one in the survey's order.
 * A new question (no id) is added at the end of its section, after everything up to there.
 */
export function conditionSources<Q extends { id: string; kind: SurveyQuestionKind }>(
  sections: readonly { id: string; questions: readonly Q[] }[],
  questionId: string | null,
  sectionId: string,
): Q[] {
  const out: Q[] = [];
  for (const section of sections) {
    for (const q of section.questions) {
      if (q.id === questionId) return out;
      if (isConditionSource(q.kind)) out.push(q);
    }
    if (!questionId && section.id === sectionId) return out;
  }
  return out;
}

/** The option keys a condition can name: the question's options, and "other" when it offers it. */
export const conditionKeysOf = (q: {
  allowOther: boolean;
  options: readonly { key: string; label: readonly { language: string; text: string }[] }[];
}) => [
  ...q.options.map((o) => ({ key: o.key, label: germanOf(o.label) })),
  ...(q.allowOther ? [{ key: 'other', label: '' }] : []),
];

export interface SurveyDraft {
  title: Texts;
  intro: Texts;
  languages: string[];
  /** datetime-local values in German time */
  opensAt: string;
  closesAt: string;
  /** e.g. "7, 2" */
  reminderDays: string;
}

/** The days before the close to remind, from "7, 2" or "7 2"; null when a part is not a whole number from 1 to 60. */
export function parseReminderDays(value: string): number[] | null {
  const parts = value
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const days = parts.map(Number);
  if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 60) || days.length > 5) return null;
  return [...new Set(days)].sort((a, b) => b - a);
}

/** The languages in the survey's order, German always first. */
export const orderedLanguages = (languages: readonly string[]) =>
  SURVEY_LANGUAGES.filter((l) => l === 'de' || languages.includes(l));

export interface Invitee {
  email: string;
  name: string | null;
}

const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;

/**
 * Pasted addresses, one per line as "email; name" (a tab or comma also separates, as spreadsheets paste);
 * blank lines are skipped, the same address only once. Lines without a valid address come back by number.
 */
export function parseInvitees(text: string): { invitees: Invitee[]; invalidLines: number[] } {
  const invitees: Invitee[] = [];
  const invalidLines: number[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const [first, ...rest] = line.split(/[;\t,]/);
    const email = first.trim();
    if (!EMAIL.test(email)) {
      invalidLines.push(i + 1);
      return;
    }
    const name = rest.join(' ').trim();
    if (seen.has(email.toLowerCase())) return;
    seen.add(email.toLowerCase());
    invitees.push({ email, name: name || null });
  });
  return { invitees, invalidLines };
}

/** The link respondents open without an invitation. */
export const publicLink = (origin: string, token: string) => `${origin}/umfrage/${token}`;
