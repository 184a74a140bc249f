import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { QueryFallback } from '../../../components/QueryFallback';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { CONFERENCE_REVISION } from '../../conferences/graphql';

/** One review round (being built). */
export function ReviewRoundPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const revision = useQuery(CONFERENCE_REVISION, { variables: { id } });
  if (!revision.data) return <QueryFallback error={revision.error} title={t('review.title')} />;
  const r = revision.data.revision;
  return <RevisionHeader revision={r} page="review" title={t('review.title')} subtitle={r.title} />;
}
