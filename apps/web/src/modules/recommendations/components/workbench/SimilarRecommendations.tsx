import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SIMILAR_RECOMMENDATIONS } from '../../graphql/workbench';
import { RecommendationStatusBadge } from '../RecommendationStatusBadge';
import { SIMILAR_DEBOUNCE_MS, similarQuery } from './model';
import { useDebounced } from './useDebounced';

/**
 * While someone writes, recommendations of the revision that say something
 * similar, so a duplicate can be supported or commented on instead. The list
 * sits in a polite live region: screen readers hear it once typing pauses.
 */
export function SimilarRecommendations({
  revisionId,
  title,
  rationale,
  excludeId,
}: {
  revisionId: string;
  title: string;
  rationale: string;
  excludeId?: string;
}) {
  const { t } = useTranslation();
  const settledTitle = useDebounced(title, SIMILAR_DEBOUNCE_MS);
  const settledRationale = useDebounced(rationale, SIMILAR_DEBOUNCE_MS);
  const query = useMemo(() => similarQuery(settledTitle, settledRationale), [settledTitle, settledRationale]);
  const { data } = useQuery(SIMILAR_RECOMMENDATIONS, {
    variables: { revisionId, title: query?.title ?? '', rationale: query?.rationale ?? '', excludeId },
    skip: !query,
  });
  const found = query ? (data?.similarRecommendations ?? []) : [];

  return (
    <div className="workbench-similar" aria-live="polite">
      {found.length > 0 && (
        <section aria-labelledby="workbench-similar-title" className="app-panel">
          <h2 className="kern-heading-small" id="workbench-similar-title">
            {t('recommendation.similar.title')}
          </h2>
          <p className="kern-body">{t('recommendation.similar.intro', { count: found.length })}</p>
          <ul className="workbench-plain-list">
            {found.map(({ recommendation: r }) => (
              <li key={r.id} className="workbench-similar__item">
                <Link className="kern-link" to={`/fortschreibungen/${revisionId}/empfehlungen/${r.id}`}>
                  <span className="workbench-reference">{r.reference}</span> {r.title}
                </Link>{' '}
                <RecommendationStatusBadge status={r.status} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
