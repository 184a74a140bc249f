import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { EvidenceKind } from '../../../../gql/graphql';

interface Evidence {
  id: string;
  kind: EvidenceKind;
  label: string;
  targetId: string | null;
  url: string | null;
}

/** Where the recommendation came from: challenges, approaches, findings, documents, merged sources. */
export function EvidenceTrail({ revisionId, evidence }: { revisionId: string; evidence: readonly Evidence[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="evidence-title" className="app-panel">
      <h2 className="kern-heading-medium" id="evidence-title">
        {t('recommendation.evidence.title')}
      </h2>
      {evidence.length === 0 ? (
        <p className="kern-body">{t('recommendation.evidence.none')}</p>
      ) : (
        <ul className="workbench-plain-list workbench-evidence">
          {evidence.map((e) => (
            <li key={e.id}>
              <span className="workbench-evidence__kind">{t(`recommendation.evidence.kind.${e.kind}`)}:</span>{' '}
              {e.kind === 'MERGED_FROM' && e.targetId ? (
                <Link className="kern-link" to={`/fortschreibungen/${revisionId}/empfehlungen/${e.targetId}`}>
                  {e.label}
                </Link>
              ) : e.url ? (
                <a className="kern-link" href={e.url} rel="noopener noreferrer">
                  {e.label}
                </a>
              ) : (
                <span>{e.label}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
