/**
 * The survey languages, copied from libs/contracts/src/surveys.ts (the web app does not import libs; a test
 * checks the copy).
 */
export const SURVEY_LANGUAGES = ['de', 'en', 'uk', 'ar', 'tr', 'ru', 'ls'] as const;
export type SurveyLanguage = (typeof SURVEY_LANGUAGES)[number];

/** Each language's name in itself, as the picker shows it. */
export const SURVEY_LANGUAGE_NAMES: Record<SurveyLanguage, string> = {
  de: 'Deutsch',
  en: 'English',
  uk: 'Українська',
  ar: 'العربية',
  tr: 'Türkçe',
  ru: 'Русский',
  ls: 'Leichte Sprache',
};

export const RTL_LANGUAGES: readonly string[] = ['ar'];

export const isSurveyLanguage = (language: string): language is SurveyLanguage =>
  (SURVEY_LANGUAGES as readonly string[]).includes(language);

/** The `lang` attribute of a language (Leichte Sprache is German). */
export const surveyLangTag = (language: string) => (language === 'ls' ? 'de' : language);

export const surveyDir = (language: string): 'rtl' | 'ltr' => (RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr');
