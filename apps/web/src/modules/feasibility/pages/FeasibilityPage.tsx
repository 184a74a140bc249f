import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { QueryFallback } from '../../../components/QueryFallback';
import { rightsOf, useSignedInViewer } from '../../auth/session';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { FeasibilityMatrix } from '../components/FeasibilityMatrix';
import { MyChecks } from '../components/MyChecks';
import { RequestFeasibilityForm } from '../components/RequestFeasibilityForm';
import { FEASIBILITY_REVISION } from '../graphql/queries';
import '../feasibility.css';

/**
 * Umsetzbarkeitsprüfung, the page the feasibility e-mails link to.
 * Coordinators see the answers as a matrix and send new requests;
 * implementing actors answer the requests to their organisation; everyone
 * else learns that nothing waits for them here.
 */
export function FeasibilityPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const { data, error } = useQuery(FEASIBILITY_REVISION, { variables: { id } });
  if (!data) return <QueryFallback error={error} title={t('feasibility.title')} />;
  const revision = data.revision;
  const coordinates = rightsOf(viewer).coordinates(revision.regionId);
  const implementing = viewer.memberships.some((m) => m.revisionId === revision.id && m.role === 'IMPLEMENTING_ACTOR');

  return (
    <>
      <RevisionHeader revision={revision} page="feasibility" title={t('feasibility.title')} subtitle={revision.title} />
      <p className="kern-body app-lead">{t('feasibility.intro')}</p>
      {implementing && <MyChecks revisionId={revision.id} onlyAnswerable={coordinates} />}
      {coordinates && (
        <>
          <FeasibilityMatrix revisionId={revision.id} />
          <section aria-labelledby="feasibility-request" className="app-panel">
            <h2 className="kern-heading-large" id="feasibility-request">
              {t('feasibility.request.title')}
            </h2>
            <p className="kern-body">{t('feasibility.request.intro')}</p>
            <RequestFeasibilityForm revisionId={revision.id} organisations={revision.region.organisations} />
          </section>
        </>
      )}
      {!coordinates && !implementing && (
        <>
          <p className="kern-body kern-body--large">{t('feasibility.noRequests')}</p>
          <p className="kern-body">{t('feasibility.noRequestsHint')}</p>
        </>
      )}
    </>
  );
}
