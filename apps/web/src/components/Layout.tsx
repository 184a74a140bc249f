import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';

/**
 * The frame of every page: skip link, header with product name, navigation,
 * the way to the notifications and account area, and the main landmark the
 * skip link targets.
 */
export function Layout({
  navigation,
  notifications,
  account,
}: {
  navigation?: ReactNode;
  notifications?: ReactNode;
  account?: ReactNode;
}) {
  const { t } = useTranslation();
  // Moves focus itself: a bare #main would put a hash into the router's URL.
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    document.getElementById('main')?.focus();
  };
  return (
    <>
      <a className="app-skip-link" href="#main" onClick={skip}>
        {t('layout.skipToContent')}
      </a>
      <header className="app-header">
        <div className="kern-container app-header__inner">
          <Link to="/" className="app-header__brand">
            {t('app.name')}
          </Link>
          {navigation}
          <div className="app-header__account">
            {notifications}
            {account}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="kern-container app-main">
        <Outlet />
      </main>
    </>
  );
}
