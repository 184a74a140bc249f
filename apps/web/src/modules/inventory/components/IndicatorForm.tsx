import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField, TextField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { missingFields, type IndicatorDraft, type IndicatorField } from '../model';

/** An indicator: its name, unit, source and what it describes. */
export function IndicatorForm({
  idPrefix,
  initial,
  submitLabel,
  save,
}: {
  idPrefix: string;
  initial: IndicatorDraft;
  submitLabel: string;
  /** Sends the checked draft; answers the error to show, or null when it was saved. */
  save: (draft: IndicatorDraft) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { errors, check, formRef } = useFormErrors<IndicatorField>();
  const set = (field: IndicatorField) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const id = (field: IndicatorField) => `${idPrefix}-${field}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setFailure(null);
    const missing = missingFields(draft);
    if (!check(Object.fromEntries(missing.map((field) => [field, t(`inventory.problems.${field}`)])))) return;
    setBusy(true);
    const error = await save(draft);
    setBusy(false);
    if (error) setFailure(error);
  };

  return (
    <form ref={formRef} className="app-form" onSubmit={submit} noValidate>
      <ErrorAlert error={failure} />
      <TextField
        id={id('name')}
        label={t('inventory.field.name')}
        value={draft.name}
        onChange={set('name')}
        error={errors.name}
        aria-required
        maxLength={200}
      />
      <div className="app-form__row">
        <TextField
          id={id('unit')}
          label={t('inventory.field.unit')}
          hint={t('inventory.field.unitHint')}
          value={draft.unit}
          onChange={set('unit')}
          error={errors.unit}
          aria-required
          maxLength={50}
        />
        <TextField
          id={id('source')}
          label={t('inventory.field.source')}
          hint={t('inventory.field.sourceHint')}
          value={draft.source}
          onChange={set('source')}
          error={errors.source}
          aria-required
          maxLength={300}
        />
      </div>
      <TextAreaField
        id={id('description')}
        label={t('inventory.field.description')}
        value={draft.description}
        onChange={set('description')}
        error={errors.description}
        optional
        rows={3}
        maxLength={2000}
      />
      <div className="kern-form-check">
        <input
          className="kern-form-check__checkbox"
          type="checkbox"
          id={`${idPrefix}-inConcept`}
          checked={draft.inConcept}
          onChange={(e) => setDraft((d) => ({ ...d, inConcept: e.target.checked }))}
        />
        <label className="kern-label" htmlFor={`${idPrefix}-inConcept`}>
          {t('inventory.field.inConcept')}
        </label>
      </div>
      <div className="app-form__actions">
        <SubmitButton busy={busy}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
