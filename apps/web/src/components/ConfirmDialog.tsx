import { useEffect, useId, useRef, type FormEvent, type ReactNode, type Ref, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { SubmitButton } from './form/SubmitButton';

/**
 * A modal KERN dialog (native <dialog>: focus stays inside, Escape cancels,
 * focus returns to the opener) asking to confirm an action. Its content may
 * hold form fields, e.g. the reason for reopening a phase.
 */
export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
  formRef,
  focusAfterClose,
  children,
}: {
  open: boolean;
  title: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** For client-side checks of fields inside the dialog (see useFormErrors). */
  formRef?: Ref<HTMLFormElement>;
  /** Where focus goes on closing when the opener is gone (e.g. the row just deleted); otherwise it returns to the opener. */
  focusAfterClose?: RefObject<HTMLElement | null> | null;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) {
      dialog.close();
      focusAfterClose?.current?.focus();
    }
  }, [open, focusAfterClose]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) onConfirm();
  };

  return (
    <dialog ref={ref} className="kern-dialog" aria-labelledby={titleId} onClose={onCancel}>
      <form ref={formRef} onSubmit={submit} noValidate>
        <header className="kern-dialog__header">
          <h2 className="kern-title" id={titleId}>
            {title}
          </h2>
        </header>
        <div className="kern-dialog__body">{children}</div>
        <footer className="kern-dialog__footer">
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <SubmitButton busy={busy}>{confirmLabel}</SubmitButton>
        </footer>
      </form>
    </dialog>
  );
}
