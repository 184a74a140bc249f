import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';

/**
 * Page links for a long list; the page lives in the URL (?seite=2) so Back and
 * bookmarks work. Other parameters (e.g. a list's filter) stay as they are.
 */
export function Pager({
  page,
  pageSize,
  total,
  label,
}: {
  page: number;
  pageSize: number;
  total: number;
  label: string;
}) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  const to = (target: number) => {
    const params = new URLSearchParams(search);
    params.set('seite', String(target));
    return `?${params}`;
  };
  return (
    <nav className="app-pager" aria-label={label}>
      <p className="kern-body">{t('pager.position', { page, pages })}</p>
      <ul className="app-pager__links">
        {page > 1 && (
          <li>
            <Link className="kern-link" to={to(page - 1)}>
              {t('pager.previous')}
            </Link>
          </li>
        )}
        {page < pages && (
          <li>
            <Link className="kern-link" to={to(page + 1)}>
              {t('pager.next')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** The 1-based page from ?seite=, clamped to at least 1. */
export function pageFrom(search: URLSearchParams): number {
  const page = Number.parseInt(search.get('seite') ?? '1', 10);
  return Number.isFinite(page) && page > 0 ? page : 1;
}

/**
 * Once the next page has arrived, focus goes to the element holding this ref
 * (e.g. "entries 21 to 40 of 95"): the link that was pressed may be gone.
 */
export function useFocusOnPageChange<T extends HTMLElement>(page: number, loaded: boolean) {
  const ref = useRef<T>(null);
  const shown = useRef(page);
  useEffect(() => {
    if (!loaded || shown.current === page) return;
    shown.current = page;
    ref.current?.focus();
  }, [page, loaded]);
  return ref;
}
