import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RecommendationBoardQuery } from '../../../../gql/graphql';
import { boardColumns } from '../../board';
import { statusKey } from '../../labels';

type Card = RecommendationBoardQuery['recommendations']['items'][number];

/**
 * The columns of the board, each a list under a heading with its status and
 * count. Wide screens show them side by side, scrolling within their own
 * focusable box; narrow screens stack them.
 */
export function RecommendationBoard({
  revisionId,
  field,
  items,
  showMerged,
}: {
  revisionId: string;
  field: string;
  items: readonly Card[];
  showMerged: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="rv-board" role="region" aria-label={t('recommendations.board.region', { field })} tabIndex={0}>
      {boardColumns(items, showMerged).map(({ status, items: cards }) => (
        <section
          key={status}
          className={`rv-board__column rv-board__column--${status.toLowerCase().replace(/_/g, '-')}`}
          aria-labelledby={`${id}-${status}`}
        >
          <h3 className="kern-heading-small rv-board__heading" id={`${id}-${status}`}>
            {t('recommendations.board.column', { status: t(statusKey(status)), count: cards.length })}
          </h3>
          {cards.length === 0 ? (
            <p className="kern-body kern-body--small rv-board__empty">{t('recommendations.board.empty')}</p>
          ) : (
            <ul className="rv-board__cards">
              {cards.map((card) => (
                <li key={card.id} className="rv-card">
                  <span className="rv-reference">{card.reference}</span>
                  <Link
                    className="kern-link rv-card__title"
                    to={`/fortschreibungen/${revisionId}/empfehlungen/${card.id}`}
                  >
                    {card.title}
                  </Link>
                  <span className="kern-body kern-body--small rv-card__counts">
                    {t('recommendations.board.supports', { count: card.supportCount })}
                    {' · '}
                    {t('recommendations.board.comments', { count: card.commentCount })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
