/** The kinds of question a survey can ask. */
export enum SurveyQuestionKind {
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  /** Agreement on a scale (its points are the options, 5 by default). */
  LIKERT = 'LIKERT',
  /** Each field of action of the revision rated 1 (poor) … 5 (good). */
  FIELD_RATING = 'FIELD_RATING',
  /** The options put in an order. */
  RANKING = 'RANKING',
  FREE_TEXT = 'FREE_TEXT',
  NUMBER = 'NUMBER',
  DATE = 'DATE',
  /** One of the region's municipalities. */
  MUNICIPALITY = 'MUNICIPALITY',
  /** The kind of organisation the respondent answers for (its options; a default list is given). */
  ORGANISATION_TYPE = 'ORGANISATION_TYPE',
}

/** Questions whose answers are counted in charts and breakdowns. */
export const CLOSED_QUESTION_KINDS: readonly SurveyQuestionKind[] = [
  SurveyQuestionKind.SINGLE_CHOICE,
  SurveyQuestionKind.MULTIPLE_CHOICE,
  SurveyQuestionKind.LIKERT,
  SurveyQuestionKind.FIELD_RATING,
  SurveyQuestionKind.RANKING,
  SurveyQuestionKind.MUNICIPALITY,
  SurveyQuestionKind.ORGANISATION_TYPE,
];

/** Questions whose options are given by the survey. */
export const OPTION_QUESTION_KINDS: readonly SurveyQuestionKind[] = [
  SurveyQuestionKind.SINGLE_CHOICE,
  SurveyQuestionKind.MULTIPLE_CHOICE,
  SurveyQuestionKind.LIKERT,
  SurveyQuestionKind.RANKING,
  SurveyQuestionKind.ORGANISATION_TYPE,
];

export enum SurveyStatus {
  /** Being built: not answerable, no invitations sent. */
  DRAFT = 'DRAFT',
  /** Answerable between its opening and closing dates. */
  PUBLISHED = 'PUBLISHED',
}

/** Whom a response came from: the audience of an invitation, or the public link. */
export enum SurveyAudience {
  /** Akteur*innen: organisations and their staff. */
  ORGANISATION = 'ORGANISATION',
  /** Menschen mit eigener Migrationsgeschichte. */
  PERSON = 'PERSON',
  /** Kommunalverwaltungen. */
  MUNICIPALITY = 'MUNICIPALITY',
  /** The anonymous public link. */
  PUBLIC = 'PUBLIC',
}

export const SURVEY_AUDIENCE_LABELS: Record<SurveyAudience, { de: string; en: string }> = {
  ORGANISATION: { de: 'Akteur*innen und Organisationen', en: 'Actors and organisations' },
  PERSON: { de: 'Menschen mit Migrationsgeschichte', en: 'People with a migration history' },
  MUNICIPALITY: { de: 'Kommunen', en: 'Municipalities' },
  PUBLIC: { de: 'Öffentlicher Link', en: 'Public link' },
};

/**
 * The languages a survey's texts can be given in: German (always), English, Ukrainian, Arabic, Turkish,
 * Russian and Leichte Sprache (`ls`, easy-to-read German).
 */
export const SURVEY_LANGUAGES = ['de', 'en', 'uk', 'ar', 'tr', 'ru', 'ls'] as const;
export type SurveyLanguage = (typeof SURVEY_LANGUAGES)[number];
/** Languages written right to left. */
export const RTL_LANGUAGES: readonly string[] = ['ar'];
/** Each language's name in itself, as a language picker shows it. */
export const SURVEY_LANGUAGE_NAMES: Record<SurveyLanguage, string> = {
  de: 'Deutsch',
  en: 'English',
  uk: 'Українська',
  ar: 'العربية',
  tr: 'Türkçe',
  ru: 'Русский',
  ls: 'Leichte Sprache',
};
/** The `lang` attribute of a language (Leichte Sprache is German). */
export const surveyLangTag = (language: string) => (language === 'ls' ? 'de' : language);

/** Who an interview was held with, without a name. */
export enum IntervieweeCategory {
  PERSON_WITH_MIGRATION_HISTORY = 'PERSON_WITH_MIGRATION_HISTORY',
  PROFESSIONAL = 'PROFESSIONAL',
  VOLUNTEER = 'VOLUNTEER',
  MIGRANT_ORGANISATION = 'MIGRANT_ORGANISATION',
  MUNICIPAL_STAFF = 'MUNICIPAL_STAFF',
  OTHER = 'OTHER',
}

/** Where a finding comes from. */
export enum FindingSourceKind {
  SURVEY_ANSWER = 'SURVEY_ANSWER',
  INTERVIEW = 'INTERVIEW',
}

/** How results are broken down. Groups of fewer than `MIN_GROUP_SIZE` respondents are never shown. */
export enum SurveyBreakdown {
  MUNICIPALITY = 'MUNICIPALITY',
  RESPONDENT_TYPE = 'RESPONDENT_TYPE',
}
export const MIN_GROUP_SIZE = 5;
