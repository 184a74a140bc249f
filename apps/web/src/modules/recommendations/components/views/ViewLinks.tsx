import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';

type View = 'list' | 'board' | 'coverage';

const PATHS: Record<View, string> = { list: '', board: '/tafel', coverage: '/abdeckung' };

/** The ways of looking at a revision's recommendations, and "new" for those who may write one. */
export function ViewLinks({ revisionId, canCreate }: { revisionId: string; canCreate: boolean }) {
  const { t } = useTranslation();
  const base = `/fortschreibungen/${revisionId}/empfehlungen`;
  const label: Record<View, string> = {
    list: t('recommendations.board.toList'),
    board: t('recommendations.list.board'),
    coverage: t('recommendations.list.coverage'),
  };
  return (
    <div className="rv-views">
      <nav aria-label={t('recommendations.list.views')}>
        <ul className="rv-views__list">
          {(Object.keys(PATHS) as View[]).map((view) => (
            <li key={view}>
              <NavLink end className="kern-link rv-views__link" to={base + PATHS[view]}>
                {label[view]}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {canCreate && (
        <NavLink className="kern-btn kern-btn--primary rv-views__new" to={`${base}/neu`}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">{t('recommendations.list.new')}</span>
        </NavLink>
      )}
    </div>
  );
}
