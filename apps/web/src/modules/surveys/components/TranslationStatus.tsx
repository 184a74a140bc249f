import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/StatusBadge';
import { SelectField } from '../../../components/form/SelectField';
import { languageAttributes, languageName, orderedLanguages } from '../model';

/**
 * How far each offered language is translated: the texts that have a German version and none in it.
 * The fields can be narrowed to German and one language, to translate it text by text.
 */
export function TranslationStatus({
  languages,
  missing,
  shown,
  onShow,
}: {
  languages: readonly string[];
  missing: readonly { language: string; missing: number }[];
  shown: string;
  onShow: (language: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const others = orderedLanguages(languages).filter((l) => l !== 'de');
  const count = (language: string) => missing.find((m) => m.language === language)?.missing ?? 0;
  return (
    <section aria-labelledby={`${id}-h`} className="surveys-section">
      <h2 className="kern-heading-medium" id={`${id}-h`}>
        {t('surveys.translations.title')}
      </h2>
      {others.length === 0 ? (
        <p className="kern-body">{t('surveys.translations.onlyGerman')}</p>
      ) : (
        <>
          <ul className="surveys-translation-list" aria-label={t('surveys.translations.listLabel')}>
            {others.map((language) => {
              const n = count(language);
              return (
                <li key={language} data-language={language}>
                  <span lang={languageAttributes(language).lang}>{languageName(language)}</span>:{' '}
                  <StatusBadge
                    variant={n === 0 ? 'success' : 'warning'}
                    label={
                      n === 0 ? t('surveys.translations.complete') : t('surveys.translations.missing', { count: n })
                    }
                  />
                </li>
              );
            })}
          </ul>
          <SelectField
            id={`${id}-shown`}
            label={t('surveys.translations.show')}
            hint={t('surveys.translations.showHint')}
            value={shown}
            onChange={onShow}
            options={[
              { value: 'all', label: t('surveys.translations.showAll') },
              ...others.map((l) => ({
                value: l,
                label: t('surveys.translations.showOne', { language: languageName(l), count: count(l) }),
              })),
            ]}
          />
        </>
      )}
    </section>
  );
}
