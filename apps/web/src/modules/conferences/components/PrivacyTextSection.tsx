import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../../../components/Disclosure';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { formatInstant } from '../datetime';
import { SET_PRIVACY_TEXT } from '../graphql';
import { attempt } from '../../../components/form/attempt';
import type { ConferenceData } from './ConferenceFacts';
import { Paragraphs } from './Paragraphs';

/** The current privacy notice in both languages; a change becomes a new version, registrations keep theirs. */
export function PrivacyTextSection({
  conference,
  reload,
}: {
  conference: ConferenceData;
  reload: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const text = conference.privacyText;
  return (
    <section aria-labelledby={`privacy-${conference.id}`}>
      <h3 className="kern-heading-medium" id={`privacy-${conference.id}`}>
        {t('conference.privacy.title')}
      </h3>
      <p className="kern-body">
        {t('conference.privacy.version', { version: text.version, date: formatInstant(text.createdAt, i18n.language) })}
      </p>
      <div className="conference-privacy-texts">
        <div className="app-panel">
          <h4 className="kern-heading-small">{t('conference.privacy.german')}</h4>
          <Paragraphs text={text.textDe} />
        </div>
        <div className="app-panel">
          <h4 className="kern-heading-small">{t('conference.privacy.english')}</h4>
          <div lang="en">
            <Paragraphs text={text.textEn} />
          </div>
        </div>
      </div>
      <Disclosure label={t('conference.privacy.newVersion')}>
        {(close) => (
          <PrivacyTextForm
            conferenceId={conference.id}
            initial={{ de: text.textDe, en: text.textEn }}
            onSaved={async () => {
              await reload();
              close();
            }}
          />
        )}
      </Disclosure>
    </section>
  );
}

function PrivacyTextForm({
  conferenceId,
  initial,
  onSaved,
}: {
  conferenceId: string;
  initial: { de: string; en: string };
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [de, setDe] = useState(initial.de);
  const [en, setEn] = useState(initial.en);
  const [failure, setFailure] = useState<unknown>(null);
  const [save, { loading }] = useMutation(SET_PRIVACY_TEXT);
  const { errors, check, formRef } = useFormErrors<'de' | 'en'>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const required = t('conference.problems.required');
    if (!check({ de: de.trim() ? undefined : required, en: en.trim() ? undefined : required })) return;
    const error = await attempt(() => save({ variables: { conferenceId, textDe: de.trim(), textEn: en.trim() } }));
    setFailure(error);
    if (!error) await onSaved();
  };
  return (
    <form ref={formRef} className="app-form" onSubmit={submit} noValidate>
      <ErrorAlert error={failure} />
      <p className="kern-body">{t('conference.privacy.newVersionHint')}</p>
      <TextAreaField
        id={`privacy-${conferenceId}-de`}
        label={t('conference.field.privacyTextDe')}
        value={de}
        onChange={setDe}
        error={errors.de}
        aria-required
        rows={6}
      />
      <TextAreaField
        id={`privacy-${conferenceId}-en`}
        label={t('conference.field.privacyTextEn')}
        value={en}
        onChange={setEn}
        error={errors.en}
        aria-required
        lang="en"
        rows={6}
      />
      <div className="app-form__actions">
        <SubmitButton busy={loading}>{t('conference.privacy.save')}</SubmitButton>
      </div>
    </form>
  );
}
