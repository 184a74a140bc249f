import { useTranslation } from 'react-i18next';
import { TableHead } from '../../../components/TableHead';
import type { ReviewRoundCoordinationQuery } from '../../../gql/graphql';

type Row = ReviewRoundCoordinationQuery['reviewRound']['considerationTable'][number];

/**
 * The Abwägungstabelle: every comment with the coordination's answer and
 * reason. It scrolls sideways in its own box on small screens.
 */
export function ConsiderationTable({ rows, caption }: { rows: readonly Row[]; caption: string }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p className="kern-body">{t('review.consideration.empty')}</p>;
  const open = t('review.consideration.open');
  return (
    <div className="review-table" role="region" aria-labelledby="review-consideration-caption" tabIndex={0}>
      <table className="kern-table kern-table--small review-consideration">
        <caption id="review-consideration-caption" className="kern-title">
          {caption}
        </caption>
        <TableHead
          columns={[
            t('review.consideration.municipality'),
            t('review.consideration.section'),
            t('review.consideration.passage'),
            t('review.consideration.comment'),
            t('review.consideration.proposedText'),
            t('review.consideration.answer'),
            t('review.consideration.reason'),
          ]}
        />
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={row.commentId} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                {row.municipality}
              </th>
              <td className="kern-table__cell">{row.section}</td>
              <td className="kern-table__cell">{row.passage ?? t('review.comment.wholeSection')}</td>
              <td className="kern-table__cell">{row.comment}</td>
              <td className="kern-table__cell">{row.proposedText ?? '–'}</td>
              <td className="kern-table__cell">{row.answer ?? open}</td>
              <td className="kern-table__cell">{row.reason ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
