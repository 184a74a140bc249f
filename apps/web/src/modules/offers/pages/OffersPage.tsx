import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { QueryFallback } from '../../../components/QueryFallback';
import { CONFERENCE_REVISION } from '../../conferences/graphql';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';

/** Offers, networks and needs of the inventory (being built). */
export function OffersPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const revision = useQuery(CONFERENCE_REVISION, { variables: { id } });
  if (!revision.data) return <QueryFallback error={revision.error} title={t('offers.title')} />;
  const r = revision.data.revision;
  return <RevisionHeader revision={r} page="offers" title={t('offers.title')} subtitle={r.title} />;
}
