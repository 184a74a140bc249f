import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';

/**
 * The path whose heading received focus last. It starts with the path the app
 * was loaded with, so a fresh page load leaves focus where the browser puts it
 * and only in-app navigation moves it.
 */
let focusedPath = window.location.pathname;

/**
 * The one <h1> of a page. It names the document and, after a route change,
 * takes focus so screen reader users hear where they arrived.
 */
export function PageHeading({ title, subtitle }: { title: string; subtitle?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();

  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    if (focusedPath === pathname) return;
    focusedPath = pathname;
    ref.current?.focus();
  }, [pathname]);

  return (
    <div className="page-heading">
      {subtitle && <p className="kern-preline">{subtitle}</p>}
      <h1 className="kern-heading-x-large" tabIndex={-1} ref={ref}>
        {title}
      </h1>
    </div>
  );
}
