import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from '../../../components/Button';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeading } from '../../../components/PageHeading';
import { QueryFallback } from '../../../components/QueryFallback';
import type { NotificationsQuery } from '../../../gql/graphql';
import { settle } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { MARK_NOTIFICATIONS_READ, NOTIFICATIONS, UNREAD_NOTIFICATIONS } from '../graphql';
import { wordNotification } from '../wording';
import '../notifications.css';

/** The newest notifications shown; the API keeps the rest. */
const LIMIT = 50;

type Item = NotificationsQuery['notifications']['items'][number];

/**
 * Benachrichtigungen: what happened to the signed-in person's recommendations
 * and requests, newest first, unread ones marked. Following one marks it read.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(NOTIFICATIONS, { variables: { limit: LIMIT } });
  const [markRead, marking] = useMutation(MARK_NOTIFICATIONS_READ, {
    // The cache learns at once what was read, so neither this page (when come back to) nor the header shows it as new.
    update(cache, { data: result }, { variables }) {
      const readAt = new Date().toISOString();
      const ids = variables?.ids ?? data?.notifications.items.map((n) => n.id) ?? [];
      for (const id of ids) {
        cache.modify({
          id: cache.identify({ __typename: 'Notification', id }),
          fields: { readAt: (value: unknown) => value ?? readAt },
        });
      }
      const changed = result?.markNotificationsRead ?? 0;
      cache.modify({
        fields: {
          notifications: (page: unknown) => {
            const current = page as { unread: number };
            return { ...current, unread: Math.max(0, current.unread - changed) };
          },
        },
      });
    },
    refetchQueries: [NOTIFICATIONS, UNREAD_NOTIFICATIONS],
  });
  const [done, setDone] = useState(false);
  const summary = useRef<HTMLParagraphElement>(null);

  if (!data) return <QueryFallback error={error} title={t('notifications.title')} />;
  const { items, unread } = data.notifications;
  const markAll = async () => {
    if (marking.loading) return;
    if (await settle(markRead({ variables: { ids: null } }))) {
      setDone(true);
      summary.current?.focus();
    }
  };

  return (
    <>
      <PageHeading title={t('notifications.title')} />
      <p className="kern-body app-lead">{t('notifications.intro')}</p>
      <ErrorAlert error={error} />
      <ErrorAlert error={marking.error} />
      <div className="app-actions notifications-summary">
        <p className="kern-body kern-body--large" tabIndex={-1} ref={summary} aria-live="polite">
          {unread > 0
            ? t('notifications.unread', { count: unread })
            : done
              ? t('notifications.markedAllRead')
              : t('notifications.allRead')}
        </p>
        {unread > 0 && (
          <Button onClick={markAll} aria-disabled={marking.loading || undefined}>
            {t('notifications.markAllRead')}
          </Button>
        )}
      </div>
      {items.length === 0 ? (
        <p className="kern-body">{t('notifications.none')}</p>
      ) : (
        <ul className="notifications-list" aria-label={t('notifications.listLabel')}>
          {items.map((item) => (
            <NotificationItem
              key={item.id}
              item={item}
              onFollow={() => {
                if (!item.readAt) void settle(markRead({ variables: { ids: [item.id] } }));
              }}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function NotificationItem({ item, onFollow }: { item: Item; onFollow: () => void }) {
  const { t, i18n } = useTranslation();
  const { text, detail } = wordNotification(item.kind, item.params, t, i18n.language);
  const unread = !item.readAt;
  // Only paths inside the app are followed; the API gives no others.
  const link = item.link?.startsWith('/') ? item.link : null;
  return (
    <li className={`notifications-item${unread ? ' notifications-item--unread' : ''}`}>
      <p className="kern-body notifications-item__text">
        {unread && (
          <span className="kern-badge kern-badge--info notifications-item__new">
            <span className="kern-label">{t('notifications.new')}</span>
          </span>
        )}
        {link ? (
          <Link className="kern-link" to={link} onClick={onFollow}>
            {text}
          </Link>
        ) : (
          text
        )}
      </p>
      {detail && <p className="kern-body kern-body--small">{detail}</p>}
      <p className="kern-body kern-body--small kern-body--muted">
        <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, i18n.language)}</time>
      </p>
    </li>
  );
}
