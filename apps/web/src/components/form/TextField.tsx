import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { Field, type FieldProps } from './Field';

type Controlled = 'id' | 'value' | 'onChange' | 'className';

export function TextField({
  id,
  label,
  hint,
  error,
  optional,
  value,
  onChange,
  ...native
}: FieldProps & { value: string; onChange: (value: string) => void } & Omit<
    InputHTMLAttributes<HTMLInputElement>,
    Controlled
  >) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional}>
      {(aria) => (
        <input
          type="text"
          {...native}
          {...aria}
          id={id}
          className={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export function TextAreaField({
  id,
  label,
  hint,
  error,
  optional,
  value,
  onChange,
  ...native
}: FieldProps & { value: string; onChange: (value: string) => void } & Omit<
    TextareaHTMLAttributes<HTMLTextAreaElement>,
    Controlled
  >) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional}>
      {(aria) => (
        <textarea
          rows={4}
          {...native}
          {...aria}
          id={id}
          className={`kern-form-input__input app-textarea${error ? ' kern-form-input__input--error' : ''}`}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
