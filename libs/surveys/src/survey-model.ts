import { SURVEY_LANGUAGES, SurveyQuestionKind } from '@konzeptwerk/contracts';
import { invalid } from '@konzeptwerk/platform';
import type { SurveyCondition, SurveyOption, Texts } from './survey.entity';

/** The questions' parts the rules below look at. */
export interface QuestionShape {
  id: string;
  kind: SurveyQuestionKind;
  required: boolean;
  options: SurveyOption[];
  allowOther: boolean;
  condition: SurveyCondition | null;
  text: Texts;
}

/** What a respondent may give for one question; which parts count depends on the kind. */
export interface AnswerValue {
  choice?: string | null;
  choices?: string[] | null;
  other?: string | null;
  ratings?: Record<string, number> | null;
  order?: string[] | null;
  text?: string | null;
  number?: number | null;
  date?: string | null;
  municipalityId?: string | null;
}

export const MAX_TEXT = 5000;
export const MAX_OTHER = 500;
const MAX_LABEL = 500;

/** The facts answers are checked against: the revision's fields of action and the region's municipalities. */
export interface AnswerContext {
  fieldOfActionIds: ReadonlySet<string>;
  municipalityIds: ReadonlySet<string>;
}

/** A text in every given language, trimmed; empty languages dropped; German required. */
export function cleanTexts(texts: Texts | undefined | null, what: string, maxLength = MAX_LABEL): Texts {
  const out: Texts = {};
  for (const [language, text] of Object.entries(texts ?? {})) {
    if (!(SURVEY_LANGUAGES as readonly string[]).includes(language))
      throw invalid(`${what}: unknown language ${language}`);
    const clean = (text ?? '').trim();
    if (clean.length > maxLength) throw invalid(`${what}: at most ${maxLength} characters`);
    if (clean) out[language] = clean;
  }
  return out;
}

/** Like cleanTexts, and the German text must be there. */
export function requiredTexts(texts: Texts | undefined | null, what: string, maxLength = MAX_LABEL): Texts {
  const out = cleanTexts(texts, what, maxLength);
  if (!out.de) throw invalid(`${what}: the German text is required`);
  return out;
}

/** A text in the respondent's language, else German. */
export const textIn = (texts: Texts, language: string) => texts[language] || texts.de || '';

/** Scale points of a new Likert question: agreement from 1 to 5, in every language. */
export const DEFAULT_LIKERT: SurveyOption[] = [
  {
    key: '1',
    label: {
      de: 'Stimme gar nicht zu',
      en: 'Strongly disagree',
      uk: 'Зовсім не згоден',
      ar: 'لا أوافق إطلاقًا',
      tr: 'Kesinlikle katılmıyorum',
      ru: 'Совершенно не согласен',
      ls: 'Das stimmt gar nicht',
    },
  },
  {
    key: '2',
    label: {
      de: 'Stimme eher nicht zu',
      en: 'Disagree',
      uk: 'Скоріше не згоден',
      ar: 'لا أوافق',
      tr: 'Katılmıyorum',
      ru: 'Скорее не согласен',
      ls: 'Das stimmt eher nicht',
    },
  },
  {
    key: '3',
    label: {
      de: 'Teils, teils',
      en: 'Neutral',
      uk: 'Частково',
      ar: 'محايد',
      tr: 'Kararsızım',
      ru: 'Отчасти',
      ls: 'Teils, teils',
    },
  },
  {
    key: '4',
    label: {
      de: 'Stimme eher zu',
      en: 'Agree',
      uk: 'Скоріше згоден',
      ar: 'أوافق',
      tr: 'Katılıyorum',
      ru: 'Скорее согласен',
      ls: 'Das stimmt eher',
    },
  },
  {
    key: '5',
    label: {
      de: 'Stimme voll zu',
      en: 'Strongly agree',
      uk: 'Повністю згоден',
      ar: 'أوافق تمامًا',
      tr: 'Kesinlikle katılıyorum',
      ru: 'Полностью согласен',
      ls: 'Das stimmt genau',
    },
  },
];

/** Options of a new organisation-type question. */
export const DEFAULT_ORGANISATION_TYPES: SurveyOption[] = [
  { key: 'verwaltung', label: { de: 'Kommunalverwaltung', en: 'Municipal administration' } },
  { key: 'wohlfahrt', label: { de: 'Wohlfahrtsverband', en: 'Welfare association' } },
  { key: 'migrantenorganisation', label: { de: 'Migrantenorganisation', en: 'Migrant organisation' } },
  { key: 'schule', label: { de: 'Schule oder Kita', en: 'School or day care' } },
  { key: 'jobcenter', label: { de: 'Jobcenter oder Agentur für Arbeit', en: 'Job centre or employment agency' } },
  { key: 'ehrenamt', label: { de: 'Ehrenamtliche Initiative', en: 'Volunteer initiative' } },
  { key: 'sonstige', label: { de: 'Sonstige', en: 'Other' } },
];

export const hasOptions = (kind: SurveyQuestionKind) =>
  kind === SurveyQuestionKind.SINGLE_CHOICE ||
  kind === SurveyQuestionKind.MULTIPLE_CHOICE ||
  kind === SurveyQuestionKind.LIKERT ||
  kind === SurveyQuestionKind.RANKING ||
  kind === SurveyQuestionKind.ORGANISATION_TYPE;

/** Options as given: keys unique and safe, labels with German; a kind's defaults when none are given. */
export function cleanOptions(kind: SurveyQuestionKind, options: SurveyOption[] | undefined | null): SurveyOption[] {
  if (!hasOptions(kind)) return [];
  const given = options ?? [];
  if (!given.length) {
    if (kind === SurveyQuestionKind.LIKERT) return DEFAULT_LIKERT;
    if (kind === SurveyQuestionKind.ORGANISATION_TYPE) return DEFAULT_ORGANISATION_TYPES;
  }
  if (given.length < 2) throw invalid('options: at least two');
  if (given.length > 30) throw invalid('options: at most 30');
  const keys = new Set<string>();
  return given.map((o, i) => {
    const key = (o.key ?? '').trim() || String(i + 1);
    if (!/^[\w-]{1,40}$/.test(key)) throw invalid(`options: key “${key}” (letters, digits, - and _)`);
    if (keys.has(key)) throw invalid(`options: key “${key}” twice`);
    keys.add(key);
    return { key, label: requiredTexts(o.label, `option ${i + 1}`) };
  });
}

/** Whether a question is shown, given the answers so far: only when its condition's question got one of its options. */
export function isVisible(
  question: Pick<QuestionShape, 'condition'>,
  answers: ReadonlyMap<string, AnswerValue>,
  questions: ReadonlyMap<string, Pick<QuestionShape, 'condition'>>,
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

/** Whether an answer says anything (an empty one is treated as no answer and removed). */
export function isEmptyAnswer(value: AnswerValue): boolean {
  return (
    !value.choice &&
    !(value.choices && value.choices.length) &&
    !(value.other && value.other.trim()) &&
    !(value.ratings && Object.keys(value.ratings).length) &&
    !(value.order && value.order.length) &&
    !(value.text && value.text.trim()) &&
    (value.number === null || value.number === undefined) &&
    !value.date &&
    !value.municipalityId
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks an answer against its question and keeps only the parts of its kind. Throws ANSWER_INVALID-worthy
 * details as a plain message (the caller names the question).
 */
export function normaliseAnswer(
  question: QuestionShape,
  value: AnswerValue,
  ctx: AnswerContext,
): Record<string, unknown> {
  const keys = new Set(question.options.map((o) => o.key));
  const other = (value.other ?? '').trim();
  if (other.length > MAX_OTHER) throw new AnswerProblem(`at most ${MAX_OTHER} characters`);
  switch (question.kind) {
    case SurveyQuestionKind.SINGLE_CHOICE:
    case SurveyQuestionKind.LIKERT:
    case SurveyQuestionKind.ORGANISATION_TYPE: {
      const choice = value.choice ?? null;
      if (choice === 'other') {
        if (!question.allowOther) throw new AnswerProblem('no “other” here');
        if (!other) throw new AnswerProblem('“other” needs a text');
        return { choice, other };
      }
      if (!choice || !keys.has(choice)) throw new AnswerProblem('unknown option');
      return { choice };
    }
    case SurveyQuestionKind.MULTIPLE_CHOICE: {
      const choices = [...new Set(value.choices ?? [])];
      if (choices.some((c) => c !== 'other' && !keys.has(c))) throw new AnswerProblem('unknown option');
      if (choices.includes('other') && !question.allowOther) throw new AnswerProblem('no “other” here');
      if (choices.includes('other') && !other) throw new AnswerProblem('“other” needs a text');
      const ordered = question.options.map((o) => o.key).filter((k) => choices.includes(k));
      return choices.includes('other') ? { choices: [...ordered, 'other'], other } : { choices: ordered };
    }
    case SurveyQuestionKind.FIELD_RATING: {
      const ratings: Record<string, number> = {};
      for (const [fieldId, rating] of Object.entries(value.ratings ?? {})) {
        if (!ctx.fieldOfActionIds.has(fieldId)) throw new AnswerProblem('unknown field of action');
        if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw new AnswerProblem('ratings go from 1 to 5');
        ratings[fieldId] = rating;
      }
      return { ratings };
    }
    case SurveyQuestionKind.RANKING: {
      const order = value.order ?? [];
      if (new Set(order).size !== order.length || order.some((k) => !keys.has(k)))
        throw new AnswerProblem('each option once');
      if (order.length !== keys.size) throw new AnswerProblem('put every option in order');
      return { order };
    }
    case SurveyQuestionKind.FREE_TEXT: {
      const text = (value.text ?? '').trim();
      if (text.length > MAX_TEXT) throw new AnswerProblem(`at most ${MAX_TEXT} characters`);
      return { text };
    }
    case SurveyQuestionKind.NUMBER: {
      const n = value.number;
      if (typeof n !== 'number' || !Number.isFinite(n) || Math.abs(n) > 1e12) throw new AnswerProblem('not a number');
      return { number: n };
    }
    case SurveyQuestionKind.DATE: {
      const date = value.date ?? '';
      if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
        throw new AnswerProblem('not a date (YYYY-MM-DD)');
      return { date };
    }
    case SurveyQuestionKind.MUNICIPALITY: {
      const id = value.municipalityId ?? '';
      if (!ctx.municipalityIds.has(id)) throw new AnswerProblem('unknown municipality');
      return { municipalityId: id };
    }
  }
}

/** Why an answer is not valid, before the question is named. */
export class AnswerProblem extends Error {}

/** Whether a stored answer fulfils a required question (a field rating needs at least one field rated). */
export function isComplete(question: QuestionShape, value: Record<string, unknown> | undefined): boolean {
  if (!value) return false;
  switch (question.kind) {
    case SurveyQuestionKind.MULTIPLE_CHOICE:
      return Array.isArray(value.choices) && value.choices.length > 0;
    case SurveyQuestionKind.FIELD_RATING:
      return !!value.ratings && Object.keys(value.ratings).length > 0;
    case SurveyQuestionKind.FREE_TEXT:
      return typeof value.text === 'string' && value.text.length > 0;
    default:
      return true;
  }
}

/** The languages of a survey missing a text, per language: what the editor shows to translate. */
export function missingTranslations(texts: Texts[], languages: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const language of languages) out[language] = texts.filter((t) => t.de && !t[language]).length;
  return out;
}
