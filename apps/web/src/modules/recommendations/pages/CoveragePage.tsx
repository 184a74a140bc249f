import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { QueryFallback } from '../../../components/QueryFallback';
import { useSignedInViewer } from '../../auth/session';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { CoverageMatrix } from '../components/views/CoverageMatrix';
import { ViewLinks } from '../components/views/ViewLinks';
import { buildCoverage, byPosition } from '../coverage';
import { RECOMMENDATION_COVERAGE, RECOMMENDATION_VIEWS_REVISION } from '../graphql/views';
import { mayCreateRecommendation } from '../may-create';
import '../views.css';

/** Abdeckung: which field of action addresses which target group, and where the gaps are. */
export function CoveragePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const revisionQuery = useQuery(RECOMMENDATION_VIEWS_REVISION, { variables: { id } });
  const coverage = useQuery(RECOMMENDATION_COVERAGE, { variables: { revisionId: id } });
  const revision = revisionQuery.data?.revision;
  if (!revision) return <QueryFallback error={revisionQuery.error} title={t('recommendations.coverage.title')} />;

  return (
    <>
      <RevisionHeader
        revision={revision}
        page="recommendations"
        title={t('recommendations.coverage.title')}
        subtitle={revision.title}
      />
      <p className="kern-body app-lead">{t('recommendations.coverage.intro')}</p>
      <ViewLinks revisionId={revision.id} canCreate={mayCreateRecommendation(viewer, revision)} />
      <ErrorAlert error={coverage.error} />
      {revision.fieldsOfAction.length === 0 ? (
        <p className="kern-body">{t('recommendations.coverage.empty')}</p>
      ) : coverage.data ? (
        <CoverageMatrix
          revisionId={revision.id}
          matrix={buildCoverage(
            byPosition(revision.fieldsOfAction).map((f) => ({ id: f.id, label: f.title })),
            byPosition(revision.targetGroups).map((g) => ({ id: g.id, label: g.name })),
            coverage.data.recommendationCoverage,
          )}
        />
      ) : (
        !coverage.error && <Loading />
      )}
    </>
  );
}
