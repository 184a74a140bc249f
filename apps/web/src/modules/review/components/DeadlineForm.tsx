import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import type { ReviewBoardFieldsFragment } from '../../../gql/graphql';
import { formatInstant, fromInputValue } from '../../conferences/datetime';
import { EXTEND_REVIEW_DEADLINE } from '../graphql';

/** Gives one municipality more time (German time, later than its current deadline). */
export function DeadlineForm({
  roundId,
  rows,
  onSaved,
}: {
  roundId: string;
  rows: readonly ReviewBoardFieldsFragment[];
  onSaved: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const [extend] = useMutation(EXTEND_REVIEW_DEADLINE);
  const [municipalityId, setMunicipalityId] = useState('');
  const [deadline, setDeadline] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [said, setSaid] = useState('');
  const { errors, check, formRef } = useFormErrors<'municipalityId' | 'deadline'>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setFailure(null);
    setSaid('');
    const at = fromInputValue(deadline);
    const current = rows.find((r) => r.municipalityId === municipalityId);
    if (
      !check({
        municipalityId: municipalityId ? undefined : t('review.deadline.problems.municipality'),
        deadline: !at
          ? t('review.deadline.problems.deadline')
          : current && Date.parse(at) <= Date.parse(current.deadline)
            ? t('review.deadline.problems.later')
            : undefined,
      })
    )
      return;
    setBusy(true);
    try {
      const result = await extend({ variables: { roundId, municipalityId, deadline: at! } });
      const row = result.data?.extendReviewDeadline;
      if (row)
        setSaid(
          t('review.deadline.saved', {
            municipality: row.municipalityName,
            deadline: formatInstant(row.deadline, i18n.language),
          }),
        );
      setDeadline('');
      await onSaved();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form ref={formRef} className="app-form" onSubmit={submit} noValidate>
        <ErrorAlert error={failure} />
        <div className="app-form__row">
          <SelectField
            id={`review-deadline-municipality-${roundId}`}
            label={t('review.deadline.municipality')}
            value={municipalityId}
            onChange={setMunicipalityId}
            error={errors.municipalityId}
            placeholder={t('review.start.choose')}
            options={rows.map((r) => ({ value: r.municipalityId, label: r.municipalityName }))}
          />
          <TextField
            id={`review-deadline-date-${roundId}`}
            type="datetime-local"
            label={t('review.deadline.deadline')}
            hint={t('review.start.deadlineHint')}
            value={deadline}
            onChange={setDeadline}
            error={errors.deadline}
            aria-required
          />
        </div>
        <div className="app-form__actions">
          <SubmitButton busy={busy}>{t('review.deadline.submit')}</SubmitButton>
        </div>
      </form>
      <p className="kern-body" role="status">
        {said}
      </p>
    </>
  );
}
