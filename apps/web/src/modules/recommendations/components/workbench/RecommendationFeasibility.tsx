import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Loading } from '../../../../components/Loading';
import type { FeasibilityAnswer } from '../../../../gql/graphql';
import { FeasibilityIcon } from '../../../feasibility/components/FeasibilityIcon';
import { cellKind, cellText, formatDeadline } from '../../../feasibility/feasibility';
import { FEASIBILITY_MATRIX, MY_FEASIBILITY_CHECKS } from '../../../feasibility/graphql/queries';

interface Row {
  key: string;
  organisation: string;
  answer: FeasibilityAnswer | null;
  comment: string | null;
  deadline: string;
  answeredAt: string | null;
}

/**
 * What implementing actors answered about this recommendation. The API keeps
 * the answers in the revision's matrix (coordinators) and in each
 * organisation's own checks (implementing actors); there is no per-
 * recommendation query, so this filters those, and others see a note.
 */
export function RecommendationFeasibility({
  id,
  revisionId,
  coordinates,
  implementing,
}: {
  id: string;
  revisionId: string;
  coordinates: boolean;
  implementing: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="feasibility-answers-title" className="app-panel">
      <h2 className="kern-heading-medium" id="feasibility-answers-title">
        {t('recommendation.feasibility.title')}
      </h2>
      {coordinates ? (
        <FromMatrix id={id} revisionId={revisionId} />
      ) : implementing ? (
        <FromMyChecks id={id} revisionId={revisionId} />
      ) : (
        <p className="kern-body">{t('recommendation.feasibility.notShown')}</p>
      )}
    </section>
  );
}

function FromMatrix({ id, revisionId }: { id: string; revisionId: string }) {
  const { data, error } = useQuery(FEASIBILITY_MATRIX, { variables: { revisionId } });
  if (!data) return error ? <ErrorAlert error={error} /> : <Loading />;
  const names = new Map(data.feasibilityMatrix.organisations.map((o) => [o.id, o.name]));
  const rows = data.feasibilityMatrix.cells
    .filter((c) => c.recommendationId === id)
    .map((c) => ({ ...c, key: c.checkId, organisation: names.get(c.organisationId) ?? '' }));
  return <Answers rows={rows} />;
}

function FromMyChecks({ id, revisionId }: { id: string; revisionId: string }) {
  const { data, error } = useQuery(MY_FEASIBILITY_CHECKS, { variables: { revisionId } });
  if (!data) return error ? <ErrorAlert error={error} /> : <Loading />;
  const rows = data.myFeasibilityChecks
    .filter((c) => c.recommendation.id === id)
    .map((c) => ({
      key: c.id,
      organisation: c.organisation.name,
      answer: c.answer,
      comment: c.comment,
      deadline: c.request.deadline,
      answeredAt: c.answeredAt,
    }));
  return <Answers rows={rows} />;
}

function Answers({ rows }: { rows: readonly Row[] }) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return <p className="kern-body">{t('recommendation.feasibility.none')}</p>;
  const now = new Date();
  return (
    <ul className="workbench-plain-list workbench-feasibility">
      {rows.map((row) => {
        const kind = cellKind(row, now);
        return (
          <li key={row.key}>
            <strong>{row.organisation}</strong>:{' '}
            <span className="workbench-feasibility__state">
              <FeasibilityIcon kind={kind} />
              {cellText(kind, row.deadline, t, i18n.language)}
            </span>
            {row.comment && <p className="kern-body workbench-pre">{row.comment}</p>}
            {row.answeredAt && (
              <p className="kern-body kern-body--small kern-body--muted">
                {t('feasibility.matrix.answeredAt', { date: formatDeadline(row.answeredAt, i18n.language) })}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
