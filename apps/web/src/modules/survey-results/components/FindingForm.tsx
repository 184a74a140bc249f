import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { CheckboxGroup } from '../../../components/form/CheckboxGroup';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField, TextField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import type { FindingFieldsFragment } from '../../../gql/graphql';
import { settle } from '../../../lib/errors';
import { SAVE_FINDING } from '../graphql';
import type { Named } from './FreeTextSection';

/**
 * A finding's field of action, title, summary and target groups; a new one
 * or a change of one (with its version: a concurrent change is refused and
 * the list reloaded).
 */
export function FindingForm({
  revisionId,
  finding,
  level,
  fields,
  targetGroups,
  onDone,
}: {
  revisionId: string;
  finding: FindingFieldsFragment | null;
  /** h3 for a new finding under the list's heading, h4 for a change inside a finding. */
  level: 3 | 4;
  fields: readonly Named[];
  targetGroups: readonly Named[];
  onDone: (saved: FindingFieldsFragment | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  const [fieldOfActionId, setField] = useState(finding?.fieldOfActionId ?? '');
  const [title, setTitle] = useState(finding?.title ?? '');
  const [summary, setSummary] = useState(finding?.summary ?? '');
  const [groupIds, setGroupIds] = useState<string[]>(finding?.targetGroupIds ?? []);
  const { errors, check, formRef } = useFormErrors<'field' | 'title'>();
  const [save, { loading, error }] = useMutation(SAVE_FINDING, { refetchQueries: ['Findings'] });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const required = t('findings.form.required');
    if (!check({ field: fieldOfActionId ? undefined : required, title: title.trim() ? undefined : required })) return;
    const result = await settle(
      save({
        variables: {
          revisionId,
          id: finding?.id ?? null,
          version: finding?.version ?? null,
          input: { fieldOfActionId, title: title.trim(), summary: summary.trim(), targetGroupIds: groupIds },
        },
      }),
    );
    if (result?.data) onDone(result.data.saveFinding);
  };
  return (
    <form ref={formRef} className="results-form" noValidate onSubmit={(e) => void submit(e)}>
      <Heading className="kern-heading-small">
        {finding ? t('findings.form.editTitle') : t('findings.form.newTitle')}
      </Heading>
      <ErrorAlert error={error} />
      <SelectField
        id={`${id}-field`}
        label={t('findings.form.field')}
        value={fieldOfActionId}
        onChange={setField}
        placeholder={t('findings.form.choose')}
        options={fields.map((f) => ({ value: f.id, label: f.name }))}
        error={errors.field}
      />
      <TextField
        id={`${id}-title`}
        label={t('findings.form.title')}
        value={title}
        onChange={setTitle}
        error={errors.title}
      />
      <TextAreaField
        id={`${id}-summary`}
        label={t('findings.form.summary')}
        value={summary}
        onChange={setSummary}
        optional
      />
      <CheckboxGroup
        id={`${id}-groups`}
        legend={t('findings.form.targetGroups')}
        options={targetGroups.map((g) => ({ value: g.id, label: g.name }))}
        selected={groupIds}
        onChange={setGroupIds}
      />
      <div className="results-actions">
        <SubmitButton busy={loading}>{t('findings.form.save')}</SubmitButton>
        <Button onClick={() => onDone(null)}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
