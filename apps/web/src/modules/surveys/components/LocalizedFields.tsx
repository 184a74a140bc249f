import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { languageAttributes, languageName, orderedLanguages, type Texts } from '../model';

/** Which translations the builder's fields show: all of the survey's languages, or German and one of them. */
export const ShownLanguageContext = createContext<string>('all');

/**
 * One text of the survey in every language it is offered in: a fieldset named by what the text is, with an
 * input per language labelled by the language's name. Each input carries the language's `lang` and `dir`, so
 * Arabic is typed right to left and screen readers pronounce each text in its language.
 */
export function LocalizedFields({
  id,
  legend,
  languages,
  value,
  onChange,
  multiline,
  required,
  error,
}: {
  id: string;
  legend: string;
  languages: readonly string[];
  value: Texts;
  onChange: (value: Texts) => void;
  multiline?: boolean;
  /** German is required. */
  required?: boolean;
  /** Shown at the German input. */
  error?: string;
}) {
  const { t } = useTranslation();
  const shown = useContext(ShownLanguageContext);
  const visible = orderedLanguages(languages).filter((l) => shown === 'all' || l === 'de' || l === shown);
  const german = value.de?.trim();
  return (
    <fieldset className="kern-fieldset surveys-localized">
      <legend className="kern-label">
        {legend}
        {!required && <span className="kern-label__optional"> – {t('form.optional')}</span>}
      </legend>
      <div className="kern-fieldset__body">
        {visible.map((language) => {
          const inputId = `${id}-${language}`;
          const missing = language !== 'de' && german && !value[language]?.trim();
          const invalid = language === 'de' && error;
          const describedBy =
            [missing && `${inputId}-hint`, invalid && `${inputId}-error`].filter(Boolean).join(' ') || undefined;
          const common = {
            id: inputId,
            ...languageAttributes(language),
            className: `kern-form-input__input${multiline ? ' app-textarea' : ''}${invalid ? ' kern-form-input__input--error' : ''}`,
            value: value[language] ?? '',
            'aria-invalid': invalid ? true : undefined,
            'aria-required': language === 'de' && required ? true : undefined,
            'aria-describedby': describedBy,
          };
          const change = (text: string) => onChange({ ...value, [language]: text });
          return (
            <div className={`kern-form-input${invalid ? ' kern-form-input--error' : ''}`} key={language}>
              <label className="kern-label" htmlFor={inputId}>
                <span lang={languageAttributes(language).lang}>{languageName(language)}</span>
              </label>
              {missing && (
                <div className="kern-hint" id={`${inputId}-hint`}>
                  {t('surveys.translations.missingHere')}
                </div>
              )}
              {invalid && (
                <p className="kern-error" id={`${inputId}-error`}>
                  <span className="kern-icon kern-icon--danger" aria-hidden="true" />
                  <span className="kern-body">{error}</span>
                </p>
              )}
              {multiline ? (
                <textarea rows={3} {...common} onChange={(e) => change(e.target.value)} />
              ) : (
                <input type="text" {...common} onChange={(e) => change(e.target.value)} />
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
