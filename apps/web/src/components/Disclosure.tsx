import { useId, useRef, useState, type ReactNode } from 'react';

/**
 * A button that shows and hides a section (aria-expanded). The content gets
 * a `close` callback, which hands focus back to the button, e.g. after a
 * form inside was sent.
 */
export function Disclosure({ label, children }: { label: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="app-disclosure">
      <button
        ref={button}
        type="button"
        className="kern-btn kern-btn--secondary"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <span className={`kern-icon kern-icon--${open ? 'arrow-up' : 'add'}`} aria-hidden="true" />
        <span className="kern-label">{label}</span>
      </button>
      <div id={id} hidden={!open} className="app-disclosure__body">
        {open && children(close)}
      </div>
    </div>
  );
}
