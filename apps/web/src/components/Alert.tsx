import type { ReactNode } from 'react';

export type AlertVariant = 'info' | 'success' | 'warning' | 'danger';

/** A KERN alert. Pass role="alert" for errors and role="status" for confirmations that should be announced. */
export function Alert({
  variant,
  title,
  role,
  children,
}: {
  variant: AlertVariant;
  title: string;
  role?: 'alert' | 'status';
  children?: ReactNode;
}) {
  return (
    <div className={`kern-alert kern-alert--${variant} app-alert`} role={role}>
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${variant}`} aria-hidden="true" />
        <span className="kern-title">{title}</span>
      </div>
      {children && <div className="kern-alert__body">{children}</div>}
    </div>
  );
}
