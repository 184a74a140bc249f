import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { HiddenContext } from '../../../components/HiddenContext';
import { Loading } from '../../../components/Loading';
import type { FeasibilityMatrixQuery } from '../../../gql/graphql';
import { CELL_KINDS, cellKind, cellText, formatDeadline, summarise } from '../feasibility';
import { FEASIBILITY_MATRIX } from '../graphql/queries';
import { FeasibilityIcon } from './FeasibilityIcon';

type Matrix = FeasibilityMatrixQuery['feasibilityMatrix'];
type Cell = Matrix['cells'][number];

/**
 * The coordinators' overview: recommendations as rows, the organisations
 * asked as columns, each cell with the latest answer in words and shape. On a
 * phone the table scrolls sideways in its own container, which keyboard users
 * can focus and scroll with the arrow keys.
 */
export function FeasibilityMatrix({ revisionId }: { revisionId: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(FEASIBILITY_MATRIX, { variables: { revisionId } });

  return (
    <section aria-labelledby="feasibility-matrix">
      <h2 className="kern-heading-large" id="feasibility-matrix">
        {t('feasibility.matrix.title')}
      </h2>
      <ErrorAlert error={error} />
      {data ? <MatrixTable matrix={data.feasibilityMatrix} revisionId={revisionId} /> : !error && <Loading />}
    </section>
  );
}

function MatrixTable({ matrix, revisionId }: { matrix: Matrix; revisionId: string }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const language = i18n.language;
  const now = new Date();
  const { recommendations, organisations, cells } = matrix;
  if (recommendations.length === 0 || organisations.length === 0) {
    return <p className="kern-body">{t('feasibility.matrix.empty')}</p>;
  }
  const byPair = new Map(cells.map((c) => [`${c.recommendationId}/${c.organisationId}`, c]));
  const summary = summarise(
    recommendations.map((r) => r.id),
    organisations.map((o) => o.id),
    cells,
    now,
  );

  return (
    <>
      <p className="kern-body kern-body--large">
        {t('feasibility.matrix.summary', { answered: summary.answered, asked: summary.asked })}
      </p>
      <ul className="feasibility-legend" aria-label={t('feasibility.matrix.legend')}>
        {CELL_KINDS.map((kind) => (
          <li key={kind}>
            {kind === 'NOT_ASKED' ? (
              <span className="feasibility-dash" aria-hidden="true">
                —
              </span>
            ) : (
              <FeasibilityIcon kind={kind} />
            )}
            {t('feasibility.matrix.legendItem', {
              label: t(`feasibility.legend.${kind}`),
              count: summary.counts[kind],
            })}
          </li>
        ))}
      </ul>
      <div className="feasibility-matrix" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="kern-table kern-table--small feasibility-matrix__table">
          <caption id={captionId} className="kern-sr-only">
            {t('feasibility.matrix.caption')}
          </caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header feasibility-matrix__corner">
                {t('feasibility.matrix.recommendation')}
              </th>
              {organisations.map((o) => (
                <th key={o.id} scope="col" className="kern-table__header">
                  {o.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {recommendations.map((r) => (
              <tr key={r.id} className="kern-table__row">
                <th scope="row" className="kern-table__header feasibility-matrix__row-header">
                  <Link className="kern-link" to={`/fortschreibungen/${revisionId}/empfehlungen/${r.id}`}>
                    <span className="feasibility-reference">{r.reference}</span> {r.title}
                  </Link>
                </th>
                {organisations.map((o) => (
                  <td key={o.id} className="kern-table__cell">
                    <MatrixCell
                      cell={byPair.get(`${r.id}/${o.id}`)}
                      context={t('feasibility.matrix.commentOf', { organisation: o.name, reference: r.reference })}
                      now={now}
                      language={language}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function MatrixCell({
  cell,
  context,
  now,
  language,
}: {
  cell: Cell | undefined;
  context: string;
  now: Date;
  language: string;
}) {
  const { t } = useTranslation();
  const kind = cellKind(cell, now);
  if (kind === 'NOT_ASKED') {
    return (
      <span className="feasibility-cell">
        <span className="feasibility-dash" aria-hidden="true">
          —
        </span>
        <span className="app-sr-only">{t('feasibility.cell.NOT_ASKED')}</span>
      </span>
    );
  }
  return (
    <div className={`feasibility-cell feasibility-cell--${kind.toLowerCase().replace(/_/g, '-')}`}>
      <span className="feasibility-cell__state">
        <FeasibilityIcon kind={kind} />
        <span>{cellText(kind, cell?.deadline ?? null, t, language)}</span>
      </span>
      {cell?.comment && (
        <details className="feasibility-cell__comment">
          <summary>
            {t('feasibility.matrix.comment')}
            <HiddenContext>{context}</HiddenContext>
          </summary>
          <p className="kern-body kern-body--small">{cell.comment}</p>
          {cell.answeredAt && (
            <p className="kern-body kern-body--small kern-body--muted">
              {t('feasibility.matrix.answeredAt', { date: formatDeadline(cell.answeredAt, language) })}
            </p>
          )}
        </details>
      )}
    </div>
  );
}
