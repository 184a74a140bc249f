import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableHead } from '../../../components/TableHead';
import type { ReviewBoardFieldsFragment } from '../../../gql/graphql';
import { formatInstant } from '../../conferences/datetime';
import { countByProgress, PROGRESS_ORDER, stepOf } from '../model';

const ROW = 78;
const WIDTH = 420;
const STEP_WIDTH = 134;
const STEP_GAP = 6;
/** The three steps after "not opened" that the bar shows. */
const STEPS = ['READING', 'COMMENTED', 'STATEMENT_GIVEN'] as const;

/**
 * Where each municipality stands in a round, as a picture and as a table.
 * The picture is one image whose name gives the counts per step; each
 * municipality gets a bar of three steps (reading, commented, statement).
 * Steps reached are filled, hatched and ticked, the others dashed and empty,
 * so the picture does not rely on colour. The table below holds the same
 * facts for reading and for screen readers.
 */
export function StatusBoard({ rows, caption }: { rows: readonly ReviewBoardFieldsFragment[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const patternId = useId().replace(/:/g, '');
  const counts = countByProgress(rows);
  const summary = t('review.board.summary', {
    count: rows.length,
    parts: PROGRESS_ORDER.map((p) =>
      t('review.board.countOf', { n: counts[p], label: t(`review.progress.${p}`) }),
    ).join(', '),
  });
  const height = Math.max(1, rows.length) * ROW + 4;
  return (
    <div className="review-board">
      <svg
        className="review-board__picture"
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        focusable="false"
      >
        <defs>
          <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="review-board__fill" />
            <line x1="0" y1="0" x2="0" y2="6" className="review-board__hatch" />
          </pattern>
        </defs>
        {rows.map((row, i) => {
          const y = i * ROW + 2;
          const step = stepOf(row.progress);
          return (
            <g key={row.municipalityId} transform={`translate(0 ${y})`}>
              <text x="2" y="14" className="review-board__name">
                {row.municipalityName}
              </text>
              {STEPS.map((s, j) => {
                const reached = step >= j + 1;
                const x = 1 + j * (STEP_WIDTH + STEP_GAP);
                return (
                  <g key={s}>
                    <rect
                      x={x}
                      y="22"
                      width={STEP_WIDTH}
                      height="26"
                      rx="3"
                      fill={reached ? `url(#${patternId})` : 'none'}
                      className={reached ? 'review-board__step review-board__step--done' : 'review-board__step'}
                    />
                    <text x={x + STEP_WIDTH / 2} y="40" textAnchor="middle" className="review-board__step-label">
                      {(reached ? '✓ ' : '') + t(`review.board.step.${s}`)}
                    </text>
                  </g>
                );
              })}
              <text x="2" y="66" className="review-board__detail">
                {t('review.board.deadlineShort', { deadline: formatInstant(row.deadline, language) }) +
                  (row.statement ? ` · ${t(`review.statementKind.${row.statement}`)}` : '')}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="review-table" role="region" aria-label={caption} tabIndex={0}>
        <table className="kern-table kern-table--small">
          <caption className="kern-title">{caption}</caption>
          <TableHead
            columns={[
              t('review.board.municipality'),
              t('review.board.progress'),
              t('review.board.comments'),
              t('review.board.statement'),
              t('review.board.deadline'),
            ]}
          />
          <tbody className="kern-table__body">
            {rows.map((row) => (
              <tr key={row.municipalityId} className="kern-table__row">
                <th scope="row" className="kern-table__header">
                  {row.municipalityName}
                </th>
                <td className="kern-table__cell">
                  {t(`review.progress.${row.progress}`)}
                  {row.openedAt && (
                    <span className="review-muted">
                      {' '}
                      ({t('review.board.openedAt', { date: formatInstant(row.openedAt, language) })})
                    </span>
                  )}
                </td>
                <td className="kern-table__cell">{row.comments}</td>
                <td className="kern-table__cell">
                  {row.statement ? t(`review.statementKind.${row.statement}`) : t('review.board.noStatement')}
                </td>
                <td className="kern-table__cell">{formatInstant(row.deadline, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
