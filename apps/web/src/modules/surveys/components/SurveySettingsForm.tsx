import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { attempt } from '../../../components/form/attempt';
import { useFormErrors } from '../../../components/form/useFormErrors';
import type { SurveyQuery } from '../../../gql/graphql';
import { fromInputValue, toInputValue } from '../../conferences/datetime';
import { UPDATE_SURVEY } from '../graphql';
import {
  languageAttributes,
  parseReminderDays,
  SURVEY_LANGUAGE_NAMES,
  SURVEY_LANGUAGES,
  textsInput,
  textsOf,
  type SurveyDraft,
} from '../model';
import { LocalizedFields } from './LocalizedFields';

type Survey = SurveyQuery['survey'];
type Field = 'title' | 'opensAt' | 'closesAt' | 'reminderDays';

/**
 * The survey's own settings: title and introduction in each offered language, the languages offered
 * (German always), the time it is open (German time) and the reminders before its close.
 */
export function SurveySettingsForm({
  survey,
  onSaved,
  onConflict,
}: {
  survey: Survey;
  onSaved: (message: string) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<SurveyDraft>(() => ({
    title: textsOf(survey.title),
    intro: textsOf(survey.intro),
    languages: survey.languages,
    opensAt: toInputValue(survey.opensAt),
    closesAt: toInputValue(survey.closesAt),
    reminderDays: survey.reminderDaysBefore.join(', '),
  }));
  const [failure, setFailure] = useState<unknown>(null);
  const { errors, check, formRef } = useFormErrors<Field>();
  const [update, { loading }] = useMutation(UPDATE_SURVEY);
  const set =
    <K extends keyof SurveyDraft>(key: K) =>
    (value: SurveyDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    setFailure(null);
    const opensAt = draft.opensAt ? fromInputValue(draft.opensAt) : null;
    const closesAt = draft.closesAt ? fromInputValue(draft.closesAt) : null;
    const reminderDaysBefore = parseReminderDays(draft.reminderDays);
    const found = {
      title: draft.title.de?.trim() ? undefined : t('surveys.settings.titleRequired'),
      opensAt: draft.opensAt && !opensAt ? t('surveys.settings.dateInvalid') : undefined,
      closesAt:
        draft.closesAt && !closesAt
          ? t('surveys.settings.dateInvalid')
          : opensAt && closesAt && closesAt <= opensAt
            ? t('surveys.settings.closesBeforeOpens')
            : undefined,
      reminderDays: reminderDaysBefore ? undefined : t('surveys.settings.reminderInvalid'),
    };
    if (!check(found)) return;
    const error = await attempt(
      () =>
        update({
          variables: {
            id: survey.id,
            version: survey.version,
            input: {
              title: textsInput(draft.title),
              intro: textsInput(draft.intro),
              languages: draft.languages,
              opensAt,
              closesAt,
              reminderDaysBefore,
            },
          },
        }),
      onConflict,
    );
    if (error) setFailure(error);
    else onSaved(t('surveys.settings.saved'));
  };

  const toggleLanguage = (language: string, on: boolean) =>
    set('languages')(on ? [...draft.languages, language] : draft.languages.filter((l) => l !== language));

  return (
    <form
      ref={formRef}
      className="surveys-section"
      aria-labelledby={`${id}-h`}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h2 className="kern-heading-medium" id={`${id}-h`}>
        {t('surveys.settings.title')}
      </h2>
      <ErrorAlert error={failure} />
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('surveys.settings.languages')}</legend>
        <div className="kern-hint" id={`${id}-languages-hint`}>
          {t('surveys.settings.languagesHint')}
        </div>
        <div className="kern-fieldset__body kern-fieldset__body--horizontal">
          {SURVEY_LANGUAGES.map((language) => (
            <div className="kern-form-check" key={language}>
              <input
                className="kern-form-check__checkbox"
                type="checkbox"
                id={`${id}-language-${language}`}
                checked={language === 'de' || draft.languages.includes(language)}
                disabled={language === 'de'}
                aria-describedby={language === 'de' ? `${id}-languages-hint` : undefined}
                onChange={(e) => toggleLanguage(language, e.target.checked)}
              />
              <label className="kern-label" htmlFor={`${id}-language-${language}`}>
                <span lang={languageAttributes(language).lang}>{SURVEY_LANGUAGE_NAMES[language]}</span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <LocalizedFields
        id={`${id}-title`}
        legend={t('surveys.settings.surveyTitle')}
        languages={draft.languages}
        value={draft.title}
        onChange={set('title')}
        required
        error={errors.title}
      />
      <LocalizedFields
        id={`${id}-intro`}
        legend={t('surveys.settings.intro')}
        languages={draft.languages}
        value={draft.intro}
        onChange={set('intro')}
        multiline
      />
      <div className="surveys-dates">
        <TextField
          id={`${id}-opensAt`}
          type="datetime-local"
          label={t('surveys.settings.opensAt')}
          hint={t('surveys.settings.timeHint')}
          value={draft.opensAt}
          onChange={set('opensAt')}
          error={errors.opensAt}
          optional
        />
        <TextField
          id={`${id}-closesAt`}
          type="datetime-local"
          label={t('surveys.settings.closesAt')}
          hint={t('surveys.settings.timeHint')}
          value={draft.closesAt}
          onChange={set('closesAt')}
          error={errors.closesAt}
          optional
        />
      </div>
      <TextField
        id={`${id}-reminders`}
        label={t('surveys.settings.reminderDays')}
        hint={t('surveys.settings.reminderHint')}
        value={draft.reminderDays}
        onChange={set('reminderDays')}
        error={errors.reminderDays}
        inputMode="numeric"
      />
      <SubmitButton busy={loading}>{t('surveys.settings.submit')}</SubmitButton>
    </form>
  );
}
