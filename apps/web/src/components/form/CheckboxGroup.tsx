import type { SelectOption } from './SelectField';

/** A fieldset of checkboxes, e.g. the municipalities an organisation works in. */
export function CheckboxGroup({
  id,
  legend,
  options,
  selected,
  onChange,
}: {
  id: string;
  legend: string;
  options: readonly SelectOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}) {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">{legend}</legend>
      <div className="kern-fieldset__body kern-fieldset__body--horizontal">
        {options.map((o, i) => (
          <div className="kern-form-check" key={o.value}>
            <input
              className="kern-form-check__checkbox"
              type="checkbox"
              id={`${id}-${i}`}
              checked={selected.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            <label className="kern-label" htmlFor={`${id}-${i}`}>
              {o.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
