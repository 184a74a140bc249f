import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField, TextField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { Loading } from '../../../components/Loading';
import type { RequestFeasibilityMutation } from '../../../gql/graphql';
import { settle } from '../../../lib/errors';
import { todayIso } from '../../../lib/format';
import { DEFAULT_REMINDERS, REMINDER_CHOICES, endOfDayInRegion } from '../feasibility';
import { REQUEST_FEASIBILITY } from '../graphql/mutations';
import { FEASIBILITY_MATRIX, REQUESTABLE_RECOMMENDATIONS } from '../graphql/queries';
import { ChoiceGroup } from './ChoiceGroup';

interface Named {
  id: string;
  name: string;
}

type Result = RequestFeasibilityMutation['requestFeasibility'];
type Fields = 'recommendations' | 'organisations' | 'deadline';

/**
 * Asks organisations of the region whether recommendations are feasible for
 * them, with a deadline, reminders and a message. The API mails whoever
 * answers for each organisation; the result says who could not be reached.
 */
export function RequestFeasibilityForm({
  revisionId,
  organisations,
}: {
  revisionId: string;
  organisations: readonly Named[];
}) {
  const { t } = useTranslation();
  const { data, error: loadError } = useQuery(REQUESTABLE_RECOMMENDATIONS, { variables: { revisionId } });
  const [recommendationIds, setRecommendationIds] = useState<string[]>([]);
  const [organisationIds, setOrganisationIds] = useState<string[]>([]);
  const [deadline, setDeadline] = useState('');
  const [reminders, setReminders] = useState<string[]>(DEFAULT_REMINDERS.map(String));
  const [message, setMessage] = useState('');
  const [result, setResult] = useState<{ sent: Result; unreachable: string[] } | null>(null);
  const { errors, check, formRef } = useFormErrors<Fields>();
  const [request, { loading, error }] = useMutation(REQUEST_FEASIBILITY, {
    // IN_REVIEW recommendations move on to FEASIBILITY_CHECK, and new cells appear in the matrix.
    refetchQueries: [FEASIBILITY_MATRIX, REQUESTABLE_RECOMMENDATIONS],
    awaitRefetchQueries: true,
  });

  if (!data) return loadError ? <ErrorAlert error={loadError} /> : <Loading />;
  const recommendations = data.recommendations.items;
  if (recommendations.length === 0) return <p className="kern-body">{t('feasibility.request.noRecommendations')}</p>;
  if (organisations.length === 0) return <p className="kern-body">{t('feasibility.request.noOrganisations')}</p>;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const deadlineIso = endOfDayInRegion(deadline);
    const valid = check({
      recommendations: recommendationIds.length ? undefined : t('feasibility.request.chooseRecommendation'),
      organisations: organisationIds.length ? undefined : t('feasibility.request.chooseOrganisation'),
      deadline: !deadlineIso
        ? t('feasibility.request.deadlineRequired')
        : Date.parse(deadlineIso) <= Date.now()
          ? t('feasibility.request.deadlineInPast')
          : undefined,
    });
    if (!valid || !deadlineIso) return;
    setResult(null);
    const input = {
      revisionId,
      recommendationIds,
      organisationIds,
      deadline: deadlineIso,
      message: message.trim() || null,
      reminderDaysBefore: reminders.map(Number).sort((a, b) => b - a),
    };
    const answer = await settle(request({ variables: { input } }));
    const sent = answer?.data?.requestFeasibility;
    if (!sent) return;
    const nameOf = new Map(organisations.map((o) => [o.id, o.name]));
    setResult({ sent, unreachable: sent.organisationsWithoutRecipient.map((id) => nameOf.get(id) ?? id) });
    setRecommendationIds([]);
    setOrganisationIds([]);
    setMessage('');
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="app-form">
      {result && (
        <Alert
          variant={result.unreachable.length ? 'warning' : 'success'}
          role="status"
          title={t('feasibility.request.sentTitle')}
        >
          <p className="kern-body">{t('feasibility.request.created', { count: result.sent.created })}</p>
          {result.sent.skipped > 0 && (
            <p className="kern-body">{t('feasibility.request.skipped', { count: result.sent.skipped })}</p>
          )}
          {result.unreachable.length > 0 && (
            <p className="kern-body">
              {t('feasibility.request.withoutRecipient', { names: result.unreachable.join(', ') })}
            </p>
          )}
        </Alert>
      )}
      <ErrorAlert error={error} />
      <ChoiceGroup
        id="feasibility-recommendations"
        legend={t('feasibility.request.recommendations')}
        hint={t('feasibility.request.recommendationsHint')}
        error={errors.recommendations}
        choices={recommendations.map((r) => ({
          value: r.id,
          label: (
            <>
              <span className="feasibility-reference">{r.reference}</span> {r.title}{' '}
              <span className="kern-body--muted">
                (
                {r.status === 'IN_REVIEW' || r.status === 'FEASIBILITY_CHECK'
                  ? t(`feasibility.request.status.${r.status}`)
                  : r.status}
                )
              </span>
            </>
          ),
        }))}
        selected={recommendationIds}
        onChange={setRecommendationIds}
      />
      <ChoiceGroup
        id="feasibility-organisations"
        legend={t('feasibility.request.organisations')}
        error={errors.organisations}
        choices={organisations.map((o) => ({ value: o.id, label: o.name }))}
        selected={organisationIds}
        onChange={setOrganisationIds}
      />
      <TextField
        id="feasibility-deadline"
        label={t('feasibility.request.deadline')}
        hint={t('feasibility.request.deadlineHint')}
        type="date"
        min={todayIso()}
        value={deadline}
        onChange={setDeadline}
        error={errors.deadline}
        aria-required
      />
      <ChoiceGroup
        id="feasibility-reminders"
        legend={t('feasibility.request.reminders')}
        hint={t('feasibility.request.remindersHint')}
        choices={REMINDER_CHOICES.map((days) => ({
          value: String(days),
          label: t('feasibility.request.reminderDay', { count: days }),
        }))}
        selected={reminders}
        onChange={setReminders}
        horizontal
      />
      <TextAreaField
        id="feasibility-message"
        label={t('feasibility.request.message')}
        optional
        value={message}
        onChange={setMessage}
      />
      <div className="app-form__actions">
        <SubmitButton busy={loading}>{t('feasibility.request.submit')}</SubmitButton>
      </div>
    </form>
  );
}
