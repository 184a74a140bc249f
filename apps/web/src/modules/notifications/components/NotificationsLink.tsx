import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useViewer } from '../../auth/session';
import { UNREAD_NOTIFICATIONS } from '../graphql';
import '../notifications.css';

/** How often the header asks for new notifications while the app is open. */
const POLL_MS = 60_000;

/** The header's way to the notifications, with the number of unread ones on a badge and in its name. */
export function NotificationsLink() {
  const viewer = useViewer();
  if (!viewer) return null;
  return <UnreadLink />;
}

function UnreadLink() {
  const { t } = useTranslation();
  const { data } = useQuery(UNREAD_NOTIFICATIONS, { pollInterval: POLL_MS });
  const unread = data?.notifications.unread ?? 0;
  return (
    // The visible words are the start of the link's name (WCAG 2.5.3); "ungelesen" is for screen readers only.
    <NavLink to="/benachrichtigungen" className="kern-link app-notifications-link">
      {t('notifications.link')}
      {unread > 0 && (
        <>
          {' '}
          <span className="kern-badge kern-badge--info app-notifications-link__count">
            <span className="kern-label">{unread}</span>
          </span>
          <span className="kern-sr-only"> {t('notifications.unreadSuffix')}</span>
        </>
      )}
    </NavLink>
  );
}
