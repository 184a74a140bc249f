import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField, TextField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { checkConference, type ConferenceDraft, type ConferenceField } from '../model';
import { useProblemText } from './useProblemText';

/**
 * The facts of a conference, for planning a new one (with its privacy notice)
 * and for changing one. Times are typed in German time, whatever the
 * computer's clock says.
 */
export function ConferenceForm({
  idPrefix,
  initial,
  withPrivacyText,
  submitLabel,
  save,
}: {
  idPrefix: string;
  initial: ConferenceDraft;
  withPrivacyText: boolean;
  submitLabel: string;
  /** Sends the checked draft; answers the error to show, or null when it was saved. */
  save: (draft: ConferenceDraft) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [draft, setDraft] = useState(initial);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { errors, check, formRef } = useFormErrors<ConferenceField>();
  const set = (field: ConferenceField) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const id = (field: ConferenceField) => `${idPrefix}-${field}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setFailure(null);
    if (!check(problemText(checkConference(draft, withPrivacyText)))) return;
    setBusy(true);
    const error = await save(draft);
    setBusy(false);
    if (error) setFailure(error);
  };

  const dateTime = (field: ConferenceField, label: string) => (
    <TextField
      id={id(field)}
      type="datetime-local"
      label={label}
      hint={t('conference.field.timeHint')}
      value={draft[field]}
      onChange={set(field)}
      error={errors[field]}
      aria-required
    />
  );

  return (
    <form ref={formRef} className="app-form" onSubmit={submit} noValidate>
      <ErrorAlert error={failure} />
      <TextField
        id={id('title')}
        label={t('conference.field.title')}
        value={draft.title}
        onChange={set('title')}
        error={errors.title}
        aria-required
        maxLength={200}
      />
      <TextAreaField
        id={id('description')}
        label={t('conference.field.description')}
        value={draft.description}
        onChange={set('description')}
        optional
        maxLength={5000}
      />
      <div className="app-form__row">
        {dateTime('startsAt', t('conference.field.startsAt'))}
        {dateTime('endsAt', t('conference.field.endsAt'))}
      </div>
      <TextField
        id={id('venue')}
        label={t('conference.field.venue')}
        hint={t('conference.field.venueHint')}
        value={draft.venue}
        onChange={set('venue')}
        error={errors.venue}
        aria-required
        maxLength={200}
      />
      <TextField
        id={id('address')}
        label={t('conference.field.address')}
        value={draft.address}
        onChange={set('address')}
        optional
        maxLength={300}
      />
      <TextField
        id={id('capacity')}
        label={t('conference.field.capacity')}
        hint={t('conference.field.capacityHint')}
        inputMode="numeric"
        value={draft.capacity}
        onChange={set('capacity')}
        error={errors.capacity}
        aria-required
      />
      <div className="app-form__row">
        {dateTime('registrationOpensAt', t('conference.field.registrationOpensAt'))}
        {dateTime('registrationClosesAt', t('conference.field.registrationClosesAt'))}
      </div>
      {withPrivacyText && (
        <>
          <TextAreaField
            id={id('privacyTextDe')}
            label={t('conference.field.privacyTextDe')}
            hint={t('conference.field.privacyHint')}
            value={draft.privacyTextDe}
            onChange={set('privacyTextDe')}
            error={errors.privacyTextDe}
            aria-required
            rows={6}
          />
          <TextAreaField
            id={id('privacyTextEn')}
            label={t('conference.field.privacyTextEn')}
            value={draft.privacyTextEn}
            onChange={set('privacyTextEn')}
            error={errors.privacyTextEn}
            aria-required
            lang="en"
            rows={6}
          />
        </>
      )}
      <div className="app-form__actions">
        <SubmitButton busy={busy}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
