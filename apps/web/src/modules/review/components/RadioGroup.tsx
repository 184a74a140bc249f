/**
 * A KERN fieldset of radio buttons with an optional error message, tied to
 * every radio so that whichever one gets focus tells what is missing.
 */
export function RadioGroup<V extends string>({
  id,
  legend,
  error,
  choices,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  error?: string;
  choices: readonly { value: V; label: string }[];
  value: V | '';
  onChange: (value: V) => void;
}) {
  const errorId = `${id}-error`;
  return (
    <fieldset className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}>
      <legend className="kern-label">{legend}</legend>
      {error && (
        <p className="kern-error" id={errorId}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      )}
      <div className="kern-fieldset__body">
        {choices.map((choice, i) => (
          <div className="kern-form-check" key={choice.value}>
            <input
              className={`kern-form-check__radio${error ? ' kern-form-check__radio--error' : ''}`}
              type="radio"
              name={id}
              id={`${id}-${i}`}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
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
