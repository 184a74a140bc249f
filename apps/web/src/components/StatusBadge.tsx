import type { AlertVariant } from './Alert';

/** A KERN badge: the state is always written out, the colour only repeats it. */
export function StatusBadge({ variant, label }: { variant: AlertVariant; label: string }) {
  return (
    <span className={`kern-badge kern-badge--${variant}`}>
      <span className="kern-label">{label}</span>
    </span>
  );
}
