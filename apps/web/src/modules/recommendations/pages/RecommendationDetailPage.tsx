import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../../components/Alert';
import { QueryFallback } from '../../../components/QueryFallback';
import { formatDateTime } from '../../../lib/format';
import { rightsOf, useSignedInViewer } from '../../auth/session';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { RecommendationStatusBadge } from '../components/RecommendationStatusBadge';
import { CoAuthors } from '../components/workbench/CoAuthors';
import { CommentsSection } from '../components/workbench/CommentsSection';
import { EvidenceTrail } from '../components/workbench/EvidenceTrail';
import { LifecycleActions } from '../components/workbench/LifecycleActions';
import { RationaleView, RecommendationFacts } from '../components/workbench/RecommendationFacts';
import { RecommendationFeasibility } from '../components/workbench/RecommendationFeasibility';
import { SupportPanel } from '../components/workbench/SupportPanel';
import { VersionHistory } from '../components/workbench/VersionHistory';
import { RECOMMENDATION_DETAIL } from '../graphql/workbench';
import '../workbench.css';

/**
 * One recommendation with everything about it: its text and fields, who wrote
 * and supports it, where it came from and went, the discussion, the
 * implementing actors' answers, its versions, and the steps the viewer may take.
 */
export function RecommendationDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '', recId = '' } = useParams();
  const viewer = useSignedInViewer();
  const { data, error } = useQuery(RECOMMENDATION_DETAIL, { variables: { id: recId, revisionId: id } });
  if (!data) return <QueryFallback error={error} title={t('recommendation.title')} />;
  const { revision, recommendation: rec } = data;
  const base = `/fortschreibungen/${revision.id}/empfehlungen`;
  const coordinates = rightsOf(viewer).coordinates(revision.regionId);
  const roles = viewer.memberships.filter((m) => m.revisionId === revision.id).map((m) => m.role);
  const openForDiscussion = rec.status !== 'DRAFT' && rec.status !== 'MERGED';

  return (
    <>
      <RevisionHeader
        revision={revision}
        page="recommendations"
        title={`${rec.reference} ${rec.title}`}
        subtitle={revision.title}
      />
      <div className="workbench-detail-head">
        <RecommendationStatusBadge status={rec.status} />
        <span className="kern-body kern-body--small kern-body--muted">
          {t('recommendation.statusSince', { date: formatDateTime(rec.statusChangedAt, i18n.language) })}
        </span>
        {rec.viewerCanEdit && (
          <Link className="kern-btn kern-btn--secondary" to={`${base}/${rec.id}/bearbeiten`}>
            <span className="kern-label">
              {t('recommendation.edit')}
              <span className="app-sr-only"> – {rec.reference}</span>
            </span>
          </Link>
        )}
      </div>
      {rec.statusReason && (
        <p className="kern-body">
          <strong>{t('recommendation.statusReason')}:</strong> {rec.statusReason}
        </p>
      )}
      {rec.mergedInto && (
        <Alert variant="info" title={t('recommendation.merged.intoTitle')}>
          <p className="kern-body">
            {t('recommendation.merged.into')}{' '}
            <Link className="kern-link" to={`${base}/${rec.mergedInto.id}`}>
              {rec.mergedInto.reference} {rec.mergedInto.title}
            </Link>
          </p>
        </Alert>
      )}
      {rec.mergedFrom.length > 0 && (
        <section aria-labelledby="merged-from-title" className="app-panel">
          <h2 className="kern-heading-medium" id="merged-from-title">
            {t('recommendation.merged.fromTitle')}
          </h2>
          <ul className="workbench-plain-list">
            {rec.mergedFrom.map((source) => (
              <li key={source.id}>
                <Link className="kern-link" to={`${base}/${source.id}`}>
                  <span className="workbench-reference">{source.reference}</span> {source.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="rationale-title">
        <h2 className="kern-heading-medium" id="rationale-title">
          {t('recommendation.field.rationale')}
        </h2>
        <RationaleView html={rec.rationale} />
      </section>
      <section aria-labelledby="facts-title">
        <h2 className="kern-heading-medium" id="facts-title">
          {t('recommendation.facts')}
        </h2>
        <RecommendationFacts rec={rec} />
      </section>
      <LifecycleActions id={rec.id} reference={rec.reference} actions={rec.availableActions} />
      <CoAuthors
        id={rec.id}
        revisionId={revision.id}
        authors={rec.authors}
        manage={rec.viewerCanEdit}
        hasCreator={rec.mergedFrom.length === 0}
      />
      <SupportPanel
        id={rec.id}
        count={rec.supportCount}
        supportedByMe={rec.supportedByMe}
        canSupport={roles.includes('PARTICIPANT') && !rec.viewerIsAuthor && openForDiscussion}
      />
      <EvidenceTrail revisionId={revision.id} evidence={rec.evidence} />
      <CommentsSection id={rec.id} reference={rec.reference} threads={rec.comments} open={openForDiscussion} />
      <RecommendationFeasibility
        id={rec.id}
        revisionId={revision.id}
        coordinates={coordinates}
        implementing={roles.includes('IMPLEMENTING_ACTOR')}
      />
      <VersionHistory key={rec.versions.length} id={rec.id} versions={rec.versions} />
    </>
  );
}
