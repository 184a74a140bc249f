import { useEffect, useId, type ReactNode } from 'react';
import { SURVEY_LANGUAGE_NAMES, SURVEY_LANGUAGES, surveyDir, surveyLangTag } from '../languages';
import { respondTexts } from '../texts';
import '../survey-respond.css';

/**
 * The answering page's frame in the chosen language: `lang` and `dir` on the frame and on the document (so the
 * whole layout mirrors for Arabic), the language picker at the top and the page's one heading.
 */
export function SurveyFrame({
  language,
  languages,
  onLanguage,
  title,
  titleLanguage,
  notice,
  children,
}: {
  language: string;
  /** The languages to offer; all of them when the survey is not known (yet). */
  languages?: readonly string[];
  onLanguage: (language: string) => void;
  title: string;
  /** The language the title is actually in, when it had to fall back to German. */
  titleLanguage?: string;
  notice?: ReactNode;
  children: ReactNode;
}) {
  const lang = surveyLangTag(language);
  const dir = surveyDir(language);
  useEffect(() => {
    const root = document.documentElement;
    const before = { lang: root.lang, dir: root.dir };
    root.lang = lang;
    root.dir = dir;
    return () => {
      root.lang = before.lang;
      root.dir = before.dir;
    };
  }, [lang, dir]);
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <div className="survey-respond" lang={lang} dir={dir}>
      {notice}
      <LanguagePicker language={language} languages={languages} onLanguage={onLanguage} />
      <h1 className="kern-heading-x-large" lang={titleLanguage ? surveyLangTag(titleLanguage) : undefined}>
        {title}
      </h1>
      {children}
    </div>
  );
}

/** The survey's languages, each named in itself; the chosen one is pressed. */
function LanguagePicker({
  language,
  languages,
  onLanguage,
}: {
  language: string;
  languages?: readonly string[];
  onLanguage: (language: string) => void;
}) {
  const id = useId();
  const t = respondTexts(language);
  const offered = SURVEY_LANGUAGES.filter((l) => !languages || languages.includes(l));
  if (offered.length < 2) return null;
  return (
    <div className="survey-languages" role="group" aria-labelledby={`${id}-label`}>
      <span className="kern-label" id={`${id}-label`}>
        {t('language')}:
      </span>
      <ul className="survey-languages__list">
        {offered.map((l) => (
          <li key={l}>
            <button
              type="button"
              className={`kern-btn kern-btn--${l === language ? 'primary' : 'tertiary'} survey-languages__button`}
              aria-pressed={l === language}
              lang={surveyLangTag(l)}
              dir={surveyDir(l)}
              onClick={() => onLanguage(l)}
            >
              <span className="kern-label">{SURVEY_LANGUAGE_NAMES[l]}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
