import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { useFormErrors } from '../../../components/form/useFormErrors';

/** Two frozen versions to compare, chosen with two selects and sent with a button (no change on select alone). */
export function VersionPicker({
  versions,
  initialFrom,
  initialTo,
  onPick,
  level = 3,
}: {
  level?: 2 | 3;
  versions: readonly { id: string; number: number; note: string | null }[];
  initialFrom: string;
  initialTo: string;
  onPick: (fromId: string, toId: string) => void;
}) {
  const { t } = useTranslation();
  const Heading = level === 2 ? 'h2' : 'h3';
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const { errors, check, formRef } = useFormErrors<'to'>();
  const options = versions.map((v) => ({
    value: v.id,
    label: v.note
      ? t('concept.compare.optionWithNote', { number: v.number, note: v.note })
      : t('concept.versions.number', { number: v.number }),
  }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!check({ to: from && to && from === to ? t('concept.compare.same') : undefined })) return;
    onPick(from, to);
  };
  return (
    <form
      ref={formRef}
      className="app-form concept-picker"
      onSubmit={submit}
      noValidate
      aria-labelledby="concept-picker"
    >
      <Heading className={level === 2 ? 'kern-heading-medium' : 'kern-heading-small'} id="concept-picker">
        {t('concept.compare.pick')}
      </Heading>
      <div className="concept-picker__fields">
        <SelectField
          id="concept-compare-from"
          label={t('concept.compare.from')}
          value={from}
          onChange={setFrom}
          options={options}
        />
        <SelectField
          id="concept-compare-to"
          label={t('concept.compare.to')}
          value={to}
          onChange={setTo}
          options={options}
          error={errors.to}
        />
      </div>
      <SubmitButton>{t('concept.compare.submit')}</SubmitButton>
    </form>
  );
}
