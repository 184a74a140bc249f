import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportConflict } from '../../../components/ConflictBoundary';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { HiddenContext } from '../../../components/HiddenContext';
import type { PhaseFieldsFragment } from '../../../gql/graphql';
import { isVersionConflict, settle } from '../../../lib/errors';
import { PLAN_PHASE } from '../graphql/mutations';

/** Planned dates of one phase, saved with the version they were read at. */
export function PlanPhaseForm({ phase, onConflict }: { phase: PhaseFieldsFragment; onConflict: ReportConflict }) {
  const { t } = useTranslation();
  const [start, setStart] = useState(phase.plannedStart ?? '');
  const [end, setEnd] = useState(phase.plannedEnd ?? '');
  const { errors, check, formRef } = useFormErrors<'end'>();
  const [plan, { loading, error, data }] = useMutation(PLAN_PHASE);
  const id = `plan-${phase.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading || !check({ end: start && end && end < start ? t('phases.endBeforeStart') : undefined })) return;
    const input = { phaseId: phase.id, version: phase.version, plannedStart: start || null, plannedEnd: end || null };
    await settle(plan({ variables: { input } }), onConflict);
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="app-form">
      <ErrorAlert error={isVersionConflict(error) ? null : error} />
      <div className="app-form__row">
        <TextField
          id={`${id}-start`}
          type="date"
          label={t('phase.plannedStart')}
          optional
          value={start}
          onChange={setStart}
        />
        <TextField
          id={`${id}-end`}
          type="date"
          label={t('phase.plannedEnd')}
          optional
          value={end}
          onChange={setEnd}
          error={errors.end}
        />
      </div>
      <div className="app-form__actions">
        <SubmitButton busy={loading}>
          {t('phases.saveDates')}
          <HiddenContext>{t(`phase.kind.${phase.kind}`)}</HiddenContext>
        </SubmitButton>
        <p className="kern-body" role="status">
          {data && !loading ? t('common.saved') : ''}
        </p>
      </div>
    </form>
  );
}
