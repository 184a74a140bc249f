import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../components/Alert';
import { Button } from '../../../../components/Button';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { TextAreaField } from '../../../../components/form/TextField';
import type { RecommendationAction, RecommendationStatus } from '../../../../gql/graphql';
import { actionKey, actionNeedsReason, statusKey } from '../../labels';
import { RECOMMENDATION_DETAIL, TRANSITION_RECOMMENDATION } from '../../graphql/workbench';

/**
 * The lifecycle steps the API offers the viewer now. Not adopting, returning
 * and reopening ask for a reason in a dialog; the others happen on click.
 */
export function LifecycleActions({
  id,
  reference,
  actions,
}: {
  id: string;
  reference: string;
  actions: readonly RecommendationAction[];
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<RecommendationAction | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [done, setDone] = useState<RecommendationStatus | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const [transition, { loading, error, reset }] = useMutation(TRANSITION_RECOMMENDATION, {
    refetchQueries: [RECOMMENDATION_DETAIL],
    awaitRefetchQueries: true,
  });

  const run = async (action: RecommendationAction, why: string | null) => {
    setDone(null);
    try {
      const result = await transition({ variables: { id, action, reason: why } });
      setAsking(null);
      setReason('');
      const to = result.data?.transitionRecommendation.status;
      if (to) setDone(to);
      status.current?.focus();
    } catch {
      // The error is shown from the hook's state.
    }
  };

  const start = (action: RecommendationAction) => {
    reset();
    if (actionNeedsReason(action)) {
      setReasonError(undefined);
      setAsking(action);
    } else {
      void run(action, null);
    }
  };

  const confirm = () => {
    if (!asking) return;
    if (!reason.trim()) {
      setReasonError(t('recommendation.lifecycle.reasonRequired'));
      document.getElementById('lifecycle-reason')?.focus();
      return;
    }
    void run(asking, reason.trim());
  };

  return (
    <section aria-labelledby="lifecycle-title" className="app-panel">
      <h2 className="kern-heading-medium" id="lifecycle-title">
        {t('recommendation.lifecycle.title')}
      </h2>
      <div ref={status} tabIndex={-1}>
        {done && (
          <Alert variant="success" role="status" title={t('recommendation.lifecycle.done', { reference })}>
            <p className="kern-body">{t('recommendation.lifecycle.nowStatus', { status: t(statusKey(done)) })}</p>
          </Alert>
        )}
      </div>
      {!asking && <ErrorAlert error={error} />}
      {actions.length === 0 ? (
        <p className="kern-body">{t('recommendation.lifecycle.none')}</p>
      ) : (
        <div className="app-actions">
          {actions.map((action) => (
            <Button
              key={action}
              variant={action === 'SUBMIT' || action === 'AGREE' ? 'primary' : 'secondary'}
              onClick={() => start(action)}
              aria-haspopup={actionNeedsReason(action) ? 'dialog' : undefined}
            >
              {t(actionKey(action))}
            </Button>
          ))}
        </div>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={asking ? t('recommendation.lifecycle.dialogTitle', { action: t(actionKey(asking)), reference }) : ''}
        confirmLabel={asking ? t(actionKey(asking)) : ''}
        busy={loading}
        onConfirm={confirm}
        onCancel={() => setAsking(null)}
        focusAfterClose={status}
      >
        <ErrorAlert error={asking ? error : null} />
        <TextAreaField
          id="lifecycle-reason"
          label={t('recommendation.lifecycle.reason')}
          hint={t('recommendation.lifecycle.reasonHint')}
          value={reason}
          onChange={setReason}
          error={reasonError}
          aria-required
        />
      </ConfirmDialog>
    </section>
  );
}
