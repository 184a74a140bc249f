import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Button } from '../../../components/Button';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField, TextField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { settle } from '../../../lib/errors';
import { REGIONS } from '../../regions/graphql/queries';
import { CREATE_REVISION } from '../graphql/mutations';

/**
 * Coordinators start a revision of their region, optionally continuing an
 * earlier one (its contents are carried over), and land on its dashboard.
 */
export function CreateRevisionForm({
  regionId,
  revisions,
  onCancel,
}: {
  regionId: string;
  revisions: readonly { id: string; title: string }[];
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [predecessorId, setPredecessorId] = useState('');
  const { errors, check, formRef } = useFormErrors<'title'>();
  const [create, { loading, error }] = useMutation(CREATE_REVISION, { refetchQueries: [REGIONS] });
  const idPrefix = `new-revision-${regionId}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading || !check({ title: title.trim() ? undefined : t('form.required') })) return;
    const input = {
      regionId,
      title: title.trim(),
      description: description.trim() || null,
      predecessorId: predecessorId || null,
    };
    const result = await settle(create({ variables: { input } }));
    if (result?.data) navigate(`/fortschreibungen/${result.data.createRevision.id}`);
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="app-form">
      <ErrorAlert error={error} />
      <TextField
        id={`${idPrefix}-title`}
        label={t('revisions.create.title')}
        value={title}
        onChange={setTitle}
        error={errors.title}
      />
      <TextAreaField
        id={`${idPrefix}-description`}
        label={t('revisions.create.description')}
        optional
        value={description}
        onChange={setDescription}
      />
      {revisions.length > 0 && (
        <SelectField
          id={`${idPrefix}-predecessor`}
          label={t('revisions.create.predecessor')}
          hint={t('revisions.create.predecessorHint')}
          optional
          value={predecessorId}
          onChange={setPredecessorId}
          placeholder={t('revisions.create.noPredecessor')}
          options={revisions.map((r) => ({ value: r.id, label: r.title }))}
        />
      )}
      <div className="app-form__actions">
        <SubmitButton busy={loading}>{t('revisions.create.submit')}</SubmitButton>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
