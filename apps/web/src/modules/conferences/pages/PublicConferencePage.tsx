import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Alert } from '../../../components/Alert';
import { PageHeading } from '../../../components/PageHeading';
import { QueryFallback } from '../../../components/QueryFallback';
import { PublicFacts } from '../components/PublicFacts';
import { RegistrationConfirmation } from '../components/RegistrationConfirmation';
import { RegistrationForm, type RegistrationOutcome } from '../components/RegistrationForm';
import { PUBLIC_CONFERENCE } from '../graphql';
import { isNotFound } from '../errors';
import '../conferences.css';

/**
 * The public page of an Integrationskonferenz, the one the invitation and the
 * confirmation e-mail link to: the event and, while registration is open,
 * the registration form. No sign-in; made for a phone in hand.
 */
export function PublicConferencePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(PUBLIC_CONFERENCE, { variables: { id } });
  const [outcome, setOutcome] = useState<RegistrationOutcome | null>(null);
  if (!data) {
    if (!isNotFound(error)) return <QueryFallback error={error} title={t('conference.public.title')} />;
    return (
      <div className="conference-public">
        <PageHeading title={t('conference.public.title')} />
        <Alert variant="warning" role="alert" title={t('conference.public.notFoundTitle')}>
          <p className="kern-body">{t('conference.public.notFound')}</p>
        </Alert>
      </div>
    );
  }
  const conference = data.publicConference;
  return (
    <div className="conference-public">
      <PageHeading title={conference.title} subtitle={t('conference.public.title')} />
      <PublicFacts conference={conference} now={new Date()} />
      {outcome ? (
        <RegistrationConfirmation outcome={outcome} />
      ) : conference.registrationOpen ? (
        <RegistrationForm
          conference={conference}
          reload={() => refetch()}
          onRegistered={(result) => {
            setOutcome(result);
            void refetch();
          }}
        />
      ) : (
        <Alert variant="info" title={t('conference.public.closedTitle')}>
          <p className="kern-body">{t('conference.public.closedHint')}</p>
        </Alert>
      )}
    </div>
  );
}
