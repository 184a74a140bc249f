import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/Button';
import type { ReportConflict } from '../../../../components/ConflictBoundary';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { SubmitButton } from '../../../../components/form/SubmitButton';
import { TextAreaField, TextField } from '../../../../components/form/TextField';
import { useFormErrors } from '../../../../components/form/useFormErrors';
import { isVersionConflict } from '../../../../lib/errors';

export interface ItemFieldSpec<K extends string> {
  name: K;
  label: string;
  hint?: string;
  multiline?: boolean;
  required?: boolean;
  maxLength?: number;
  /** Turns what was typed into what is stored, e.g. upper case for codes. */
  normalise?: (value: string) => string;
  /** Further checks beyond "required"; answers an error message or undefined. */
  validate?: (value: string) => string | undefined;
}

/**
 * The form behind every catalogue item of a revision (field of action, goal,
 * guideline, target group). It opens on a user's request, so it takes focus;
 * `save` rejects on failure and a version conflict goes to `onConflict`.
 */
export function ItemForm<K extends string>({
  idPrefix,
  fields,
  initial,
  save,
  onDone,
  onConflict,
}: {
  idPrefix: string;
  fields: readonly ItemFieldSpec<K>[];
  initial: Record<K, string>;
  save: (values: Record<K, string>) => Promise<unknown>;
  onDone: () => void;
  onConflict?: ReportConflict;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { errors, check, formRef } = useFormErrors<K>();

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [formRef]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const cleaned = Object.fromEntries(
      fields.map((f) => [f.name, (f.normalise ?? ((v: string) => v))(values[f.name].trim())]),
    ) as Record<K, string>;
    const found = Object.fromEntries(
      fields.map((f) => [f.name, f.required && !cleaned[f.name] ? t('form.required') : f.validate?.(cleaned[f.name])]),
    ) as Partial<Record<K, string>>;
    if (!check(found)) return;
    setBusy(true);
    setError(null);
    try {
      await save(cleaned);
      onDone();
    } catch (failure) {
      if (onConflict && isVersionConflict(failure)) onConflict(failure);
      else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="app-form app-item-form">
      <ErrorAlert error={error} />
      {fields.map((f) => {
        const props = {
          id: `${idPrefix}-${f.name}`,
          label: f.label,
          hint: f.hint,
          optional: !f.required,
          maxLength: f.maxLength,
          value: values[f.name],
          onChange: (value: string) => setValues({ ...values, [f.name]: value }),
          error: errors[f.name],
        };
        return f.multiline ? <TextAreaField key={f.name} {...props} /> : <TextField key={f.name} {...props} />;
      })}
      <div className="app-form__actions">
        <SubmitButton busy={busy}>{t('common.save')}</SubmitButton>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
