import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Alert } from '../../../components/Alert';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { TextAreaField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { QueryFallback } from '../../../components/QueryFallback';
import type { PhaseFieldsFragment } from '../../../gql/graphql';
import { rightsOf, useSignedInViewer } from '../../auth/session';
import { PhaseCard, type PhaseAction } from '../components/PhaseCard';
import { RevisionHeader } from '../components/RevisionHeader';
import { ACTIVATE_PHASE, CLOSE_PHASE, REOPEN_PHASE } from '../graphql/mutations';
import { REVISION_PHASES } from '../graphql/queries';

interface Pending {
  phase: PhaseFieldsFragment;
  action: PhaseAction;
}

/** Phasen verwalten: plan the dates of each phase and move it PLANNED → ACTIVE → CLOSED (and back, with a reason). */
export function PhasesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const rights = rightsOf(useSignedInViewer());
  const { data, error, refetch } = useQuery(REVISION_PHASES, { variables: { id } });
  const [pending, setPending] = useState<Pending | null>(null);
  const [reason, setReason] = useState('');
  const { errors, check, formRef } = useFormErrors<'reason'>();
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [transitionError, setTransitionError] = useState<unknown>(null);
  const [activate] = useMutation(ACTIVATE_PHASE);
  const [close] = useMutation(CLOSE_PHASE);
  const [reopen] = useMutation(REOPEN_PHASE);

  if (!data) return <QueryFallback error={error} title={t('phases.title')} />;
  const revision = data.revision;
  const canManage = rights.coordinates(revision.regionId);

  const start = (phase: PhaseFieldsFragment, action: PhaseAction) => {
    setReason('');
    check({});
    setDone(null);
    setPending({ phase, action });
  };

  const confirm = async () => {
    if (!pending) return;
    const { phase, action } = pending;
    if (action === 'reopen' && !check({ reason: reason.trim() ? undefined : t('phases.reasonRequired') })) return;
    const variables = { phaseId: phase.id };
    setBusy(true);
    setTransitionError(null);
    try {
      if (action === 'activate') await activate({ variables });
      else if (action === 'close') await close({ variables });
      else await reopen({ variables: { ...variables, reason: reason.trim() } });
      setDone(t(`phases.done.${action}`, { phase: t(`phase.kind.${phase.kind}`) }));
    } catch (failure) {
      setTransitionError(failure);
    } finally {
      setBusy(false);
      setPending(null);
    }
  };

  return (
    <>
      <RevisionHeader revision={revision} page="phases" title={t('phases.title')} subtitle={revision.title} />
      {!canManage && <p className="kern-body">{t('phases.readOnly')}</p>}
      {done && <Alert variant="success" role="status" title={done} />}
      <ErrorAlert error={transitionError} />
      {revision.phases.map((phase) => (
        <PhaseCard key={phase.id} phase={phase} canManage={canManage} onAction={start} reload={refetch} />
      ))}
      <ConfirmDialog
        open={pending !== null}
        title={
          pending ? t(`phases.confirm.${pending.action}.title`, { phase: t(`phase.kind.${pending.phase.kind}`) }) : ''
        }
        confirmLabel={pending ? t(`phases.action.${pending.action}`) : ''}
        busy={busy}
        formRef={formRef}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        {pending && <p className="kern-body">{t(`phases.confirm.${pending.action}.text`)}</p>}
        {pending?.action === 'reopen' && (
          <TextAreaField
            id="reopen-reason"
            label={t('phases.reason')}
            value={reason}
            onChange={setReason}
            error={errors.reason}
            aria-required
          />
        )}
      </ConfirmDialog>
    </>
  );
}
