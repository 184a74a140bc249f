import type { ReactNode } from 'react';
import { HiddenContext } from '../../../../components/HiddenContext';
import { useFocusReturn } from './useFocusReturn';

/** A button that opens the form for a new item in place; focus returns to it afterwards. */
export function AddItem({
  label,
  context,
  form,
}: {
  label: string;
  /** Read to screen readers after the label when the same button appears more than once, e.g. per field of action. */
  context?: string;
  form: (close: () => void) => ReactNode;
}) {
  const { open, setOpen, button } = useFocusReturn();
  if (open) return <div className="app-item app-item--editing">{form(() => setOpen(false))}</div>;
  return (
    <button ref={button} type="button" className="kern-btn kern-btn--secondary" onClick={() => setOpen(true)}>
      <span className="kern-icon kern-icon--add" aria-hidden="true" />
      <span className="kern-label">
        {label}
        {context && <HiddenContext>{context}</HiddenContext>}
      </span>
    </button>
  );
}
