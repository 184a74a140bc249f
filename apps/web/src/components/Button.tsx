import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';

/** A KERN button that is not a form's submit button. */
export function Button({
  variant = 'secondary',
  children,
  ...native
}: {
  variant?: 'primary' | 'secondary' | 'tertiary';
  ref?: Ref<HTMLButtonElement>;
  children: ReactNode;
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className' | 'type'>) {
  return (
    <button type="button" className={`kern-btn kern-btn--${variant}`} {...native}>
      <span className="kern-label">{children}</span>
    </button>
  );
}
