import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { QueryFallback } from '../../../components/QueryFallback';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { VersionPicker } from '../components/VersionPicker';
import { COMPARE_DRAFT_VERSIONS, CONCEPT_DRAFT } from '../graphql';
import { withScrollableTables } from '../model';
import '../concept.css';

/**
 * Two frozen versions of the concept draft compared (?von=…&zu=…): how many
 * paragraphs were added, removed and changed, the redline itself (removed
 * text in <del>, added text in <ins>, marked by more than colour) and the
 * same redline as a Word document with tracked changes.
 */
export function ConceptComparePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const page = useQuery(CONCEPT_DRAFT, { variables: { revisionId: id } });
  const versions = [...(page.data?.conceptDraft?.versions ?? [])].sort((a, b) => b.number - a.number);
  const from = search.get('von') ?? versions[1]?.id ?? '';
  const to = search.get('zu') ?? versions[0]?.id ?? '';
  const comparison = useQuery(COMPARE_DRAFT_VERSIONS, {
    variables: { fromId: from, toId: to },
    skip: !from || !to || from === to,
  });
  if (!page.data) return <QueryFallback error={page.error} title={t('concept.compareTitle')} />;
  const r = page.data.revision;
  const result = comparison.data?.compareDraftVersions;

  return (
    <>
      <RevisionHeader revision={r} page="concept" title={t('concept.compareTitle')} subtitle={r.title} />
      <p className="kern-body">
        <Link className="kern-link" to={`/fortschreibungen/${r.id}/konzept`}>
          {t('concept.compare.back')}
        </Link>
      </p>
      {versions.length < 2 ? (
        <p className="kern-body">{t('concept.compare.tooFew')}</p>
      ) : (
        <VersionPicker
          key={`${from}-${to}`}
          level={2}
          versions={versions}
          initialFrom={from}
          initialTo={to}
          onPick={(von, zu) => setSearch({ von, zu })}
        />
      )}
      {from && to && from === to && <p className="kern-body">{t('concept.compare.same')}</p>}
      <ErrorAlert error={comparison.error} />
      {comparison.loading && <Loading />}
      {result && (
        <section aria-labelledby="concept-result" className="concept-result">
          <h2 className="kern-heading-medium" id="concept-result">
            {t('concept.compare.result', { from: result.from.number, to: result.to.number })}
          </h2>
          <p className="kern-body" id="concept-summary">
            {t('concept.compare.summary', {
              added: t('concept.compare.added', { count: result.added }),
              removed: t('concept.compare.removed', { count: result.removed }),
              changed: t('concept.compare.changed', { count: result.changed }),
            })}
          </p>
          <div className="concept-legend" aria-labelledby="concept-legend">
            <h3 className="kern-heading-small" id="concept-legend">
              {t('concept.compare.legend')}
            </h3>
            <ul className="kern-body concept-legend__list">
              <li>
                <ins>{t('concept.compare.insExample')}</ins> – {t('concept.compare.insText')}
              </li>
              <li>
                <del>{t('concept.compare.delExample')}</del> – {t('concept.compare.delText')}
              </li>
            </ul>
          </div>
          <p className="kern-body">
            {/* A file download, not a page of the app: a plain link. */}
            <a className="kern-link" href={result.docxUrl} download>
              <span className="kern-icon kern-icon--download" aria-hidden="true" />
              {t('concept.compare.docx', { from: result.from.number, to: result.to.number })}
            </a>
          </p>
          {/* Built and escaped on the server. */}
          <div
            className="kern-body concept-redline concept-rich-text"
            role="region"
            aria-label={t('concept.compare.redline')}
            dangerouslySetInnerHTML={{ __html: withScrollableTables(result.html, t('concept.compare.table')) }}
          />
        </section>
      )}
    </>
  );
}
