import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  /** The id of the control the link leads to. */
  target: string;
  message: string;
}

/**
 * KERN's error summary: above the form, what is missing or wrong, each a link
 * to its field; the server's messages below. It takes focus whenever a new
 * attempt failed (`attempt` changes), so the person hears what to fix first.
 */
export function ErrorSummary({
  items,
  messages,
  attempt,
}: {
  items: readonly SummaryItem[];
  messages: readonly string[];
  attempt: number;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const shown = items.length + messages.length > 0;

  useEffect(() => {
    if (attempt && shown) ref.current?.focus();
  }, [attempt, shown]);

  if (!shown) return null;
  // Moves focus itself: a bare #id would put a hash into the router's URL.
  const go = (e: MouseEvent<HTMLAnchorElement>, target: string) => {
    e.preventDefault();
    document.getElementById(target)?.focus();
  };
  return (
    <div className="kern-alert kern-alert--danger app-alert conference-error-summary" tabIndex={-1} ref={ref}>
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 className="kern-title">{t('conference.register.summaryTitle')}</h2>
      </div>
      <div className="kern-alert__body">
        {messages.map((message) => (
          <p className="kern-body" key={message}>
            {message}
          </p>
        ))}
        {items.length > 0 && (
          <ul className="conference-error-summary__list">
            {items.map((item) => (
              <li key={item.target}>
                <a className="kern-link" href={`#${item.target}`} onClick={(e) => go(e, item.target)}>
                  {item.message}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
