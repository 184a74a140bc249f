import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { DescriptionItem, DescriptionList } from '../../../components/DescriptionList';
import { QueryFallback } from '../../../components/QueryFallback';
import { PhaseTimeline } from '../components/PhaseTimeline';
import { RevisionHeader } from '../components/RevisionHeader';
import { REVISION_DASHBOARD } from '../graphql/queries';

export function RevisionDashboardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error } = useQuery(REVISION_DASHBOARD, { variables: { id } });
  if (!data) return <QueryFallback error={error} title={t('revisions.dashboard.fallbackTitle')} />;
  const revision = data.revision;

  return (
    <>
      <RevisionHeader revision={revision} page="dashboard" title={revision.title} subtitle={revision.region.name} />
      {revision.description && <p className="kern-body kern-body--large app-lead">{revision.description}</p>}
      {revision.predecessor && (
        <p className="kern-body">
          {t('revisions.dashboard.continues')}{' '}
          <Link className="kern-link" to={`/fortschreibungen/${revision.predecessor.id}`}>
            {revision.predecessor.title}
          </Link>
        </p>
      )}

      <section aria-labelledby="schedule">
        <h2 className="kern-heading-large" id="schedule">
          {t('revisions.dashboard.schedule')}
        </h2>
        <PhaseTimeline phases={revision.phases} />
        <p className="kern-body">
          <Link className="kern-link" to={`/fortschreibungen/${revision.id}/phasen`}>
            {t('revisions.dashboard.toPhases')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="contents-at-a-glance">
        <h2 className="kern-heading-large" id="contents-at-a-glance">
          {t('revisions.dashboard.contents')}
        </h2>
        <DescriptionList>
          <DescriptionItem term={t('contents.fieldsOfAction.title')}>{revision.fieldsOfAction.length}</DescriptionItem>
          <DescriptionItem term={t('contents.targetGroups.title')}>{revision.targetGroups.length}</DescriptionItem>
          <DescriptionItem term={t('contents.guidingGoals.title')}>{revision.guidingGoals.length}</DescriptionItem>
          <DescriptionItem term={t('contents.guidelines.title')}>{revision.guidelines.length}</DescriptionItem>
        </DescriptionList>
        <p className="kern-body">
          <Link className="kern-link" to={`/fortschreibungen/${revision.id}/inhalte`}>
            {t('revisions.dashboard.toContents')}
          </Link>
        </p>
      </section>
    </>
  );
}
