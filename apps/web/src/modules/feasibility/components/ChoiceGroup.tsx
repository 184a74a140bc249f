import type { ReactNode } from 'react';

export interface Choice {
  value: string;
  label: ReactNode;
}

/**
 * A fieldset of checkboxes with a hint and an error message. The message is
 * tied to every checkbox, so whichever one has focus (useFormErrors moves it
 * to the first) tells what is missing.
 */
export function ChoiceGroup({
  id,
  legend,
  hint,
  error,
  choices,
  selected,
  onChange,
  horizontal,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  choices: readonly Choice[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  horizontal?: boolean;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}>
      <legend className="kern-label">{legend}</legend>
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
      <div className={`kern-fieldset__body${horizontal ? ' kern-fieldset__body--horizontal' : ''}`}>
        {choices.map((choice, i) => (
          <div className="kern-form-check" key={choice.value}>
            <input
              className={`kern-form-check__checkbox${error ? ' kern-form-check__checkbox--error' : ''}`}
              type="checkbox"
              id={`${id}-${i}`}
              checked={selected.includes(choice.value)}
              onChange={(e) => toggle(choice.value, e.target.checked)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
            />
            <label className="kern-label" htmlFor={`${id}-${i}`}>
              {choice.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
