import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ControlAria {
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
}

/**
 * The frame of every KERN form control: a visible label, an optional hint and
 * the error message, both tied to the control by aria-describedby.
 */
export function Field({
  id,
  label,
  hint,
  error,
  optional,
  children,
}: FieldProps & { children: (aria: ControlAria) => ReactNode }) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const aria: ControlAria = {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined,
  };
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {optional && <span className="kern-label__optional"> – {t('form.optional')}</span>}
      </label>
      {hint && (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <p className="kern-error" id={errorId}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      )}
      {children(aria)}
    </div>
  );
}
