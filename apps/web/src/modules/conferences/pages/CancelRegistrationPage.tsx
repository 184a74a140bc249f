import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Alert } from '../../../components/Alert';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeading } from '../../../components/PageHeading';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { isNotFound } from '../errors';
import { CANCEL_REGISTRATION } from '../graphql';
import '../conferences.css';

/**
 * Where the cancellation link of the confirmation e-mail leads. Opening the
 * link alone changes nothing (mail scanners open links too): the person
 * confirms with the button, then reads what happened.
 */
export function CancelRegistrationPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const [cancel, { data, error, loading }] = useMutation(CANCEL_REGISTRATION);
  const result = useRef<HTMLDivElement>(null);
  const unknown = isNotFound(error);
  const done = Boolean(data) || unknown;

  useEffect(() => {
    if (done) result.current?.focus();
  }, [done]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    await cancel({ variables: { token } }).catch(() => undefined);
  };

  const outcome = data?.cancelRegistration;
  return (
    <div className="app-narrow">
      <PageHeading title={t('conference.cancel.title')} />
      {!token ? (
        <Alert variant="warning" title={t('conference.cancel.unknownTitle')}>
          <p className="kern-body">{t('conference.cancel.noToken')}</p>
        </Alert>
      ) : done ? (
        <div tabIndex={-1} ref={result}>
          {outcome?.cancelledNow && (
            <Alert variant="success" role="status" title={t('conference.cancel.doneTitle')}>
              <p className="kern-body">{t('conference.cancel.done', { title: outcome.conferenceTitle })}</p>
            </Alert>
          )}
          {outcome && !outcome.cancelledNow && (
            <Alert variant="info" role="status" title={t('conference.cancel.beforeTitle')}>
              <p className="kern-body">{t('conference.cancel.before', { title: outcome.conferenceTitle })}</p>
            </Alert>
          )}
          {unknown && (
            <Alert variant="warning" role="alert" title={t('conference.cancel.unknownTitle')}>
              <p className="kern-body">{t('conference.cancel.unknown')}</p>
            </Alert>
          )}
        </div>
      ) : (
        <>
          <ErrorAlert error={error} />
          <p className="kern-body">{t('conference.cancel.intro')}</p>
          <p className="kern-body">{t('conference.cancel.consequence')}</p>
          <form onSubmit={submit} noValidate>
            <SubmitButton busy={loading}>{t('conference.cancel.confirm')}</SubmitButton>
          </form>
        </>
      )}
    </div>
  );
}
