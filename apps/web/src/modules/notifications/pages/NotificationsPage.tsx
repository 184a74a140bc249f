/** Placeholder: replaced by the real page. */
export function NotificationsPage() {
  return null;
}
