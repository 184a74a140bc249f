import type { SurveyQuestionKind } from '../../gql/graphql';

/** A text in the survey's languages, as the API sends it. */
export type Localized = readonly { language: string; text: string }[];

/** The text in a language, else the German one (as the API's textIn does). */
export function textIn(texts: Localized, language: string): string {
  return texts.find((t) => t.language === language)?.text || texts.find((t) => t.language === 'de')?.text || '';
}

export interface FormCondition {
  questionId: string;
  optionKeys: readonly string[];
}

export interface FormQuestion {
  id: string;
  kind: SurveyQuestionKind;
  required: boolean;
  allowOther: boolean;
  text: Localized;
  help: Localized;
  options: readonly { key: string; label: Localized }[];
  condition: FormCondition | null;
}

export interface FormSection {
  id: string;
  title: Localized;
  description: Localized;
  questions: readonly FormQuestion[];
}

/** What the form shows: the questionnaire and the fields of action and municipalities its questions refer to. */
export interface FormSurvey {
  title: Localized;
  intro: Localized;
  languages: readonly string[];
  sections: readonly FormSection[];
  fieldsOfAction: readonly { id: string; name: string }[];
  municipalities: readonly { id: string; name: string }[];
}

/**
 * One answer as the form holds it while the respondent types: like the API's answer, but the number as typed
 * and "other" chosen before its text is written.
 */
export interface Answer {
  choice?: string;
  choices?: readonly string[];
  other?: string;
  ratings?: Readonly<Record<string, number>>;
  order?: readonly string[];
  text?: string;
  number?: string;
  date?: string;
  municipalityId?: string;
}

export type Answers = ReadonlyMap<string, Answer>;

/** An answer in the API's shape (SurveyAnswerInput without its question). */
export interface AnswerFields {
  choice?: string;
  choices?: string[];
  other?: string;
  ratings?: { fieldOfActionId: string; rating: number }[];
  order?: string[];
  text?: string;
  number?: number;
  date?: string;
  municipalityId?: string;
}

/** An answer as the API gives it back (SurveyAnswerView). */
export interface StoredAnswer {
  questionId: string;
  choice: string | null;
  choices: readonly string[] | null;
  other: string | null;
  ratings: readonly { fieldOfActionId: string; rating: number }[] | null;
  order: readonly string[] | null;
  text: string | null;
  number: number | null;
  date: string | null;
  municipalityId: string | null;
}

export const OTHER = 'other';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The form's answers from the ones the API stored. */
export function answersFromStored(stored: readonly StoredAnswer[]): Map<string, Answer> {
  const out = new Map<string, Answer>();
  for (const s of stored) {
    const a: Answer = {
      ...(s.choice ? { choice: s.choice } : {}),
      ...(s.choices ? { choices: [...s.choices] } : {}),
      ...(s.other ? { other: s.other } : {}),
      ...(s.ratings ? { ratings: Object.fromEntries(s.ratings.map((r) => [r.fieldOfActionId, r.rating])) } : {}),
      ...(s.order ? { order: [...s.order] } : {}),
      ...(s.text ? { text: s.text } : {}),
      ...(s.number !== null ? { number: String(s.number) } : {}),
      ...(s.date ? { date: s.date } : {}),
      ...(s.municipalityId ? { municipalityId: s.municipalityId } : {}),
    };
    out.set(s.questionId, a);
  }
  return out;
}

/** A typed number: digits with a point or a German comma; null when it is not (yet) one. */
export function parseNumber(typed: string | undefined): number | null {
  const clean = (typed ?? '').trim().replace(',', '.');
  if (!clean || !/^-?\d+(\.\d+)?$/.test(clean)) return null;
  const n = Number(clean);
  return Number.isFinite(n) && Math.abs(n) <= 1e12 ? n : null;
}

/**
 * What the API is sent for a question: only the parts of its kind, and null while the answer says nothing the
 * API would accept yet ("other" without its text, a half-typed number, a ranking not yet put in order). Null
 * is sent as an empty answer, which removes a stored one.
 */
export function answerFields(question: FormQuestion, answer: Answer | undefined): AnswerFields | null {
  if (!answer) return null;
  const other = (answer.other ?? '').trim();
  switch (question.kind) {
    case 'SINGLE_CHOICE':
    case 'LIKERT':
    case 'ORGANISATION_TYPE':
      if (!answer.choice) return null;
      if (answer.choice === OTHER) return other ? { choice: OTHER, other } : null;
      return { choice: answer.choice };
    case 'MULTIPLE_CHOICE': {
      const chosen = answer.choices ?? [];
      const keys = question.options.map((o) => o.key).filter((k) => chosen.includes(k));
      if (chosen.includes(OTHER) && other) return { choices: [...keys, OTHER], other };
      return keys.length ? { choices: keys } : null;
    }
    case 'FIELD_RATING': {
      const ratings = Object.entries(answer.ratings ?? {}).map(([fieldOfActionId, rating]) => ({
        fieldOfActionId,
        rating,
      }));
      return ratings.length ? { ratings } : null;
    }
    case 'RANKING':
      return answer.order && answer.order.length === question.options.length ? { order: [...answer.order] } : null;
    case 'FREE_TEXT':
      return answer.text?.trim() ? { text: answer.text.trim() } : null;
    case 'NUMBER': {
      const n = parseNumber(answer.number);
      return n === null ? null : { number: n };
    }
    case 'DATE':
      return answer.date && ISO_DATE.test(answer.date) ? { date: answer.date } : null;
    case 'MUNICIPALITY':
      return answer.municipalityId ? { municipalityId: answer.municipalityId } : null;
  }
}

/**
 * Whether a question is shown, given the answers so far: only when the question its condition names is shown
 * and got one of the condition's options. The same rule as the API's isVisible (libs/surveys/src/survey-model.ts).
 */
export function isVisible(
  question: Pick<FormQuestion, 'condition'>,
  answers: Answers,
  questions: ReadonlyMap<string, Pick<FormQuestion, 'condition'>>,
  depth = 0,
): boolean {
  const condition = question.condition;
  if (!condition) return true;
  if (depth > 50) return false;
  const source = questions.get(condition.questionId);
  if (!source || !isVisible(source, answers, questions, depth + 1)) return false;
  const answer = answers.get(condition.questionId);
  if (!answer) return false;
  const chosen = answer.choices ?? (answer.choice ? [answer.choice] : []);
  return chosen.some((key) => condition.optionKeys.includes(key));
}

/** Whether a required question counts as answered (the API's isComplete: a field rating needs one field rated). */
export function isAnswered(question: FormQuestion, answer: Answer | undefined): boolean {
  return answerFields(question, answer) !== null;
}

/** The survey's questions by id, in order. */
export const questionsById = (survey: Pick<FormSurvey, 'sections'>) =>
  new Map(survey.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));

/** The visible required questions without an answer, in the survey's order: what a submission would miss. */
export function missingQuestions(survey: Pick<FormSurvey, 'sections'>, answers: Answers): string[] {
  const byId = questionsById(survey);
  return [...byId.values()]
    .filter((q) => q.required && isVisible(q, answers, byId) && !isAnswered(q, answers.get(q.id)))
    .map((q) => q.id);
}

/** The index of the section holding a question, or -1. */
export const sectionOf = (survey: Pick<FormSurvey, 'sections'>, questionId: string) =>
  survey.sections.findIndex((s) => s.questions.some((q) => q.id === questionId));

/** A list with one entry moved by one place (up: -1, down: +1); unchanged at either end. */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  const out = [...list];
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return out;
  [out[index], out[to]] = [out[to], out[index]];
  return out;
}

/** A ranking's order: the one given, else the options' own. */
export const rankingOrder = (question: FormQuestion, answer: Answer | undefined): string[] =>
  answer?.order && answer.order.length === question.options.length
    ? [...answer.order]
    : question.options.map((o) => o.key);

/** The languages a survey offers, in the platform's order. */
export const orderLanguages = (all: readonly string[], offered: readonly string[]) =>
  all.filter((l) => offered.includes(l));

/** The localStorage key under which a public link's resume token is kept in this browser. */
export const resumeKey = (publicToken: string) => `konzeptwerk.umfrage.${publicToken}`;

/** What is sent for a question: its answer's fields, or none (which removes a stored answer). */
export type AnswerEntry = { questionId: string } & AnswerFields;

/** The entries for the given questions (all when none are named), in the survey's order. */
export function answerEntries(
  survey: Pick<FormSurvey, 'sections'>,
  answers: Answers,
  only?: ReadonlySet<string>,
): AnswerEntry[] {
  return [...questionsById(survey).values()]
    .filter((q) => !only || only.has(q.id))
    .map((q) => ({ questionId: q.id, ...(answerFields(q, answers.get(q.id)) ?? {}) }));
}

/** An answer in words for the summary, or null when there is none. */
export function describeAnswer(
  question: FormQuestion,
  answer: Answer | undefined,
  survey: Pick<FormSurvey, 'fieldsOfAction' | 'municipalities'>,
  language: string,
  otherLabel: string,
): string | null {
  const fields = answerFields(question, answer);
  if (!fields) return null;
  const label = (key: string) =>
    key === OTHER
      ? `${otherLabel}: ${fields.other ?? ''}`
      : textIn(question.options.find((o) => o.key === key)?.label ?? [], language) || key;
  if (fields.choice) return label(fields.choice);
  if (fields.choices) return fields.choices.map(label).join('; ');
  if (fields.order) return fields.order.map((key, i) => `${i + 1}. ${label(key)}`).join('; ');
  if (fields.ratings)
    return survey.fieldsOfAction
      .filter((f) => fields.ratings?.some((r) => r.fieldOfActionId === f.id))
      .map((f) => `${f.name}: ${fields.ratings?.find((r) => r.fieldOfActionId === f.id)?.rating}`)
      .join('; ');
  if (fields.municipalityId) return survey.municipalities.find((m) => m.id === fields.municipalityId)?.name ?? null;
  if (fields.number !== undefined) return String(fields.number);
  return fields.text ?? fields.date ?? null;
}
