import { Field, type FieldProps } from './Field';

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField({
  id,
  label,
  hint,
  error,
  optional,
  value,
  onChange,
  options,
  placeholder,
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** Text of an empty first choice, e.g. "Bitte wählen" or "keine". */
  placeholder?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional}>
      {(aria) => (
        <div className="kern-form-input__select-wrapper">
          <select
            {...aria}
            id={id}
            className={`kern-form-input__select${error ? ' kern-form-input__select--error' : ''}`}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          >
            {placeholder !== undefined && <option value="">{placeholder}</option>}
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      )}
    </Field>
  );
}
