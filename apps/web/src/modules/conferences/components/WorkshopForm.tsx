import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { checkWorkshop, type WorkshopDraft, type WorkshopField } from '../model';
import { useProblemText } from './useProblemText';

export interface FieldOfActionOption {
  id: string;
  code: string;
  title: string;
}

/** A workshop of the conference: title, field of action, slot, room and places. */
export function WorkshopForm({
  idPrefix,
  initial,
  conference,
  fieldsOfAction,
  submitLabel,
  save,
}: {
  idPrefix: string;
  initial: WorkshopDraft;
  conference: { startsAt: string; endsAt: string };
  fieldsOfAction: readonly FieldOfActionOption[];
  submitLabel: string;
  /** Sends the checked draft; answers the error to show, or null when it was saved. */
  save: (draft: WorkshopDraft) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [draft, setDraft] = useState(initial);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { errors, check, formRef } = useFormErrors<WorkshopField>();
  const set = (field: WorkshopField) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const id = (field: WorkshopField) => `${idPrefix}-${field}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setFailure(null);
    if (!check(problemText(checkWorkshop(draft, conference)))) return;
    setBusy(true);
    const error = await save(draft);
    setBusy(false);
    if (error) setFailure(error);
  };

  return (
    <form ref={formRef} className="app-form" onSubmit={submit} noValidate>
      <ErrorAlert error={failure} />
      <TextField
        id={id('title')}
        label={t('conference.workshops.field.title')}
        value={draft.title}
        onChange={set('title')}
        error={errors.title}
        aria-required
        maxLength={200}
      />
      <SelectField
        id={id('fieldOfActionId')}
        label={t('conference.workshops.field.fieldOfAction')}
        value={draft.fieldOfActionId}
        onChange={set('fieldOfActionId')}
        options={fieldsOfAction.map((f) => ({ value: f.id, label: `${f.code} – ${f.title}` }))}
        placeholder={t('conference.workshops.noFieldOfAction')}
        optional
      />
      <div className="app-form__row">
        <TextField
          id={id('slotStartsAt')}
          type="datetime-local"
          label={t('conference.workshops.field.slotStartsAt')}
          hint={t('conference.field.timeHint')}
          value={draft.slotStartsAt}
          onChange={set('slotStartsAt')}
          error={errors.slotStartsAt}
          aria-required
        />
        <TextField
          id={id('slotEndsAt')}
          type="datetime-local"
          label={t('conference.workshops.field.slotEndsAt')}
          hint={t('conference.field.timeHint')}
          value={draft.slotEndsAt}
          onChange={set('slotEndsAt')}
          error={errors.slotEndsAt}
          aria-required
        />
      </div>
      <div className="app-form__row">
        <TextField
          id={id('room')}
          label={t('conference.workshops.field.room')}
          value={draft.room}
          onChange={set('room')}
          error={errors.room}
          aria-required
          maxLength={200}
        />
        <TextField
          id={id('capacity')}
          label={t('conference.workshops.field.capacity')}
          inputMode="numeric"
          value={draft.capacity}
          onChange={set('capacity')}
          error={errors.capacity}
          aria-required
        />
      </div>
      <div className="app-form__actions">
        <SubmitButton busy={busy}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
