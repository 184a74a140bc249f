import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { TableHead } from '../../../../components/TableHead';
import type { RecommendationListQuery } from '../../../../gql/graphql';
import { isMergeable } from '../../list-filter';
import { RecommendationStatusBadge } from '../RecommendationStatusBadge';

export type ListItem = RecommendationListQuery['recommendations']['items'][number];

/**
 * One page of recommendations. Coordinators get a first column to choose
 * recommendations for merging, with a checkbox only where merging is allowed.
 * On a narrow screen the table scrolls sideways in its own focusable box.
 */
export function RecommendationTable({
  revisionId,
  items,
  page,
  selection,
}: {
  revisionId: string;
  items: readonly ListItem[];
  page: number;
  selection?: { selected: readonly string[]; onToggle: (id: string, checked: boolean) => void };
}) {
  const { t } = useTranslation();
  const captionId = useId();
  const columns = [
    ...(selection ? [t('recommendations.list.columns.select')] : []),
    t('recommendations.list.columns.reference'),
    t('recommendations.list.columns.title'),
    t('recommendations.list.columns.field'),
    t('recommendations.list.columns.status'),
    t('recommendations.list.columns.supports'),
    t('recommendations.list.columns.comments'),
    t('recommendations.list.columns.authors'),
    t('recommendations.list.columns.organisations'),
  ];

  return (
    <div className="rv-table" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="kern-table kern-table--small rv-table__table">
        <caption id={captionId} className="kern-sr-only">
          {t('recommendations.list.caption', { page })}
        </caption>
        <TableHead columns={columns} />
        <tbody className="kern-table__body">
          {items.map((r) => (
            <tr key={r.id} className="kern-table__row">
              {selection && (
                <td className="kern-table__cell">
                  {isMergeable(r.status) && (
                    <div className="kern-form-check">
                      <input
                        className="kern-form-check__checkbox"
                        type="checkbox"
                        id={`${captionId}-${r.id}`}
                        checked={selection.selected.includes(r.id)}
                        onChange={(e) => selection.onToggle(r.id, e.target.checked)}
                      />
                      <label className="kern-label" htmlFor={`${captionId}-${r.id}`}>
                        <span className="app-sr-only">
                          {t('recommendations.list.selectOne', { reference: r.reference })}
                        </span>
                      </label>
                    </div>
                  )}
                </td>
              )}
              <td className="kern-table__cell rv-reference">{r.reference}</td>
              <th scope="row" className="kern-table__header rv-table__title">
                <Link className="kern-link" to={`/fortschreibungen/${revisionId}/empfehlungen/${r.id}`}>
                  {r.title}
                </Link>
              </th>
              <td className="kern-table__cell">{r.fieldOfAction.title}</td>
              <td className="kern-table__cell">
                <RecommendationStatusBadge status={r.status} />
              </td>
              <td className="kern-table__cell rv-number">{r.supportCount}</td>
              <td className="kern-table__cell rv-number">{r.commentCount}</td>
              <td className="kern-table__cell">{r.authors.map((a) => a.displayName).join(', ') || '–'}</td>
              <td className="kern-table__cell">{r.organisations.map((o) => o.name).join(', ') || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
