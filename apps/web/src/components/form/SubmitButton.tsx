import type { ReactNode } from 'react';

/** The primary button of a form; stays focusable while busy and says so (aria-disabled keeps it in the tab order). */
export function SubmitButton({ busy, children }: { busy?: boolean; children: ReactNode }) {
  return (
    <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={busy || undefined}>
      <span className="kern-label">{children}</span>
    </button>
  );
}
