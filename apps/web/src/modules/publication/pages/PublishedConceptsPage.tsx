import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { QueryFallback } from '../../../components/QueryFallback';
import { formatDateTime } from '../../../lib/format';
import { PUBLISHED_CONCEPTS } from '../graphql';
import '../publication.css';

/** The published concepts of every region, for everyone. */
export function PublishedConceptsPage() {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(PUBLISHED_CONCEPTS);
  if (!data) return <QueryFallback error={error} title={t('publication.list.title')} />;
  return (
    <div className="publication-public">
      <PageHeading title={t('publication.list.title')} />
      {data.publishedConcepts.length === 0 ? (
        <p className="kern-body">{t('publication.list.none')}</p>
      ) : (
        <ul className="publication-list">
          {data.publishedConcepts.map((c) => (
            <li key={c.revisionId}>
              <Link className="kern-link" to={`/konzepte/${c.revisionId}`}>
                {c.title}
              </Link>
              <span className="kern-body">
                {' '}
                {c.regionName},{' '}
                {t('publication.list.published', { date: formatDateTime(c.publishedAt, i18n.language) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
