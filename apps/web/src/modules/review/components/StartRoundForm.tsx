import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { ChoiceGroup } from '../../feasibility/components/ChoiceGroup';
import { formatInstant, fromInputValue } from '../../conferences/datetime';
import { REVIEW_DRAFT_VERSIONS, START_REVIEW_ROUND } from '../graphql';
import { parseReminderDays } from '../model';

type Field = 'versionId' | 'municipalityIds' | 'deadline' | 'reminderDays';

/**
 * Sends a frozen version of the concept draft to municipalities: which
 * version, to whom, until when (German time), whether they see each other's
 * comments, and on which days before the deadline they are reminded.
 */
export function StartRoundForm({
  revisionId,
  municipalities,
  onStarted,
}: {
  revisionId: string;
  municipalities: readonly { id: string; name: string }[];
  onStarted: (round: { id: string; number: number }) => void;
}) {
  const { t, i18n } = useTranslation();
  const versions = useQuery(REVIEW_DRAFT_VERSIONS, { variables: { revisionId } });
  const [start] = useMutation(START_REVIEW_ROUND);
  const [versionId, setVersionId] = useState('');
  const [municipalityIds, setMunicipalityIds] = useState<string[]>([]);
  const [deadline, setDeadline] = useState('');
  const [othersVisible, setOthersVisible] = useState(false);
  const [reminderDays, setReminderDays] = useState('7, 2');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const { errors, check, formRef } = useFormErrors<Field>();

  const list = versions.data?.conceptDraft?.versions ?? [];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setFailure(null);
    const at = fromInputValue(deadline);
    const days = parseReminderDays(reminderDays);
    if (
      !check({
        versionId: versionId ? undefined : t('review.start.problems.version'),
        municipalityIds: municipalityIds.length ? undefined : t('review.start.problems.municipalities'),
        deadline: !at
          ? t('review.start.problems.deadline')
          : Date.parse(at) <= Date.now()
            ? t('review.start.problems.deadlinePast')
            : undefined,
        reminderDays: days ? undefined : t('review.start.problems.reminderDays'),
      })
    )
      return;
    setBusy(true);
    try {
      const result = await start({
        variables: {
          input: {
            versionId,
            municipalityIds,
            deadline: at!,
            othersVisible,
            reminderDaysBefore: days?.length ? days : undefined,
          },
        },
      });
      const round = result.data?.startReviewRound;
      if (round) onStarted(round);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  if (versions.error) return <ErrorAlert error={versions.error} />;
  if (versions.data && list.length === 0) return <p className="kern-body">{t('review.start.noVersions')}</p>;
  return (
    <form ref={formRef} className="app-form" onSubmit={submit} noValidate>
      <ErrorAlert error={failure} />
      <SelectField
        id="review-start-version"
        label={t('review.start.version')}
        value={versionId}
        onChange={setVersionId}
        error={errors.versionId}
        placeholder={t('review.start.choose')}
        options={list.map((v) => ({
          value: v.id,
          label: t(v.note ? 'review.start.versionOptionNote' : 'review.start.versionOption', {
            number: v.number,
            date: formatInstant(v.frozenAt, i18n.language),
            note: v.note ?? '',
          }),
        }))}
      />
      <ChoiceGroup
        id="review-start-municipalities"
        legend={t('review.start.municipalities')}
        error={errors.municipalityIds}
        choices={municipalities.map((m) => ({ value: m.id, label: m.name }))}
        selected={municipalityIds}
        onChange={setMunicipalityIds}
      />
      <TextField
        id="review-start-deadline"
        type="datetime-local"
        label={t('review.start.deadline')}
        hint={t('review.start.deadlineHint')}
        value={deadline}
        onChange={setDeadline}
        error={errors.deadline}
        aria-required
      />
      <div className="kern-form-check">
        <input
          className="kern-form-check__checkbox"
          type="checkbox"
          id="review-start-others"
          checked={othersVisible}
          onChange={(e) => setOthersVisible(e.target.checked)}
        />
        <label className="kern-label" htmlFor="review-start-others">
          {t('review.start.othersVisible')}
        </label>
      </div>
      <TextField
        id="review-start-reminders"
        label={t('review.start.reminderDays')}
        hint={t('review.start.reminderDaysHint')}
        value={reminderDays}
        onChange={setReminderDays}
        error={errors.reminderDays}
        inputMode="numeric"
        optional
      />
      <div className="app-form__actions">
        <SubmitButton busy={busy}>{t('review.start.submit')}</SubmitButton>
      </div>
    </form>
  );
}
