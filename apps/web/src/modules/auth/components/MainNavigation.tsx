import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { rightsOf, useViewer } from '../session';

/** The sections of the app the signed-in person may open; NavLink marks the current one with aria-current. */
export function MainNavigation() {
  const { t } = useTranslation();
  const viewer = useViewer();
  if (!viewer) return null;
  return (
    <nav aria-label={t('layout.mainNavigation')}>
      <ul className="app-nav">
        <li>
          <NavLink to="/" end className="kern-link app-nav__link">
            {t('regions.title')}
          </NavLink>
        </li>
        {rightsOf(viewer).readsOutbox && (
          <li>
            <NavLink to="/postausgang" className="kern-link app-nav__link">
              {t('outbox.title')}
            </NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
