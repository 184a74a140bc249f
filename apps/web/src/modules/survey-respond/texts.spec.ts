import {
  RTL_LANGUAGES as CONTRACT_RTL,
  SURVEY_LANGUAGE_NAMES as CONTRACT_NAMES,
  SURVEY_LANGUAGES as CONTRACT_LANGUAGES,
  surveyLangTag as contractLangTag,
} from '../../../../../libs/contracts/src/surveys';
import { RTL_LANGUAGES, SURVEY_LANGUAGE_NAMES, SURVEY_LANGUAGES, surveyDir, surveyLangTag } from './languages';
import { placeholders, PREVIEW_TEXTS, RESPOND_TEXTS, respondTexts } from './texts';

describe('the answering page’s words', () => {
  const german = RESPOND_TEXTS.de;
  const keys = Object.keys(german).sort();

  it.each(SURVEY_LANGUAGES)('exist for every key in %s, none empty, with the German placeholders', (language) => {
    const dictionary = RESPOND_TEXTS[language];
    expect(Object.keys(dictionary).sort()).toEqual(keys);
    for (const key of keys) {
      const text = dictionary[key as keyof typeof german];
      expect({ key, empty: !text.trim() }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(text) }).toEqual({
        key,
        placeholders: placeholders(german[key as keyof typeof german]),
      });
    }
  });

  it('are not just German copied into the other languages', () => {
    for (const language of ['en', 'uk', 'ar', 'tr', 'ru'] as const)
      expect(RESPOND_TEXTS[language].submit).not.toBe(german.submit);
  });

  it('fill in placeholders, and fall back to German for an unknown language', () => {
    expect(respondTexts('de')('progress', { current: 2, total: 4 })).toBe('Abschnitt 2 von 4');
    expect(respondTexts('ar')('progress', { current: 2, total: 4 })).toBe('القسم 2 من 4');
    expect(respondTexts('xx')('saved')).toBe('Gespeichert');
    expect(respondTexts('en')('moved', { item: 'A' })).toBe('A is now in place {position} of {total}.');
  });

  it('of the preview exist in German and English alike', () => {
    expect(Object.keys(PREVIEW_TEXTS.en).sort()).toEqual(Object.keys(PREVIEW_TEXTS.de).sort());
  });
});

describe('the survey languages', () => {
  it('are the platform’s (libs/contracts), named in themselves', () => {
    expect(SURVEY_LANGUAGES).toEqual(CONTRACT_LANGUAGES);
    expect(SURVEY_LANGUAGE_NAMES).toEqual(CONTRACT_NAMES);
    expect(RTL_LANGUAGES).toEqual(CONTRACT_RTL);
    for (const language of SURVEY_LANGUAGES) expect(surveyLangTag(language)).toBe(contractLangTag(language));
  });

  it('give Arabic right to left and Leichte Sprache the German tag', () => {
    expect(surveyDir('ar')).toBe('rtl');
    expect(surveyDir('de')).toBe('ltr');
    expect(surveyLangTag('ls')).toBe('de');
  });
});
