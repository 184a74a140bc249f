import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';

/** A KERN button that is not a form's submit button. */
export function Button({
  variant = 'secondary',
  small,
  children,
  ...native
}: {
  variant?: 'primary' | 'secondary' | 'tertiary';
  small?: boolean;
  ref?: Ref<HTMLButtonElement>;
  children: ReactNode;
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className' | 'type'>) {
  return (
    <button type="button" className={`kern-btn kern-btn--${variant}${small ? ' kern-btn--x-small' : ''}`} {...native}>
      <span className="kern-label">{children}</span>
    </button>
  );
}
