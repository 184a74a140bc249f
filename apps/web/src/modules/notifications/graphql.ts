import { graphql } from '../../gql';

export const NOTIFICATIONS = graphql(`
  query Notifications($limit: Int!) {
    notifications(limit: $limit) {
      unread
      items {
        id
        kind
        params
        link
        createdAt
        readAt
      }
    }
  }
`);

/** The header's counter: only the number of unread notifications. */
export const UNREAD_NOTIFICATIONS = graphql(`
  query UnreadNotifications {
    notifications(limit: 1) {
      unread
    }
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
