import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/Button';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { ConflictBoundary, type ReportConflict } from '../../../../components/ConflictBoundary';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { HiddenContext } from '../../../../components/HiddenContext';
import { useFocusReturn } from './useFocusReturn';

/**
 * One catalogue item: shown as text, with (for coordinators) Edit, which
 * swaps in its form, and Delete, which asks first. `name` tells screen reader
 * users which item a button belongs to.
 */
export function EditableItem({
  name,
  canEdit,
  view,
  form,
  remove,
  onRemoved,
  reload,
}: {
  name: string;
  canEdit: boolean;
  view: ReactNode;
  form: (close: () => void, onConflict: ReportConflict) => ReactNode;
  remove: () => Promise<unknown>;
  /** Where focus goes once the item (and with it the focused button) is gone. */
  onRemoved: () => void;
  reload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { open: editing, setOpen: setEditing, button } = useFocusReturn();
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const confirmRemove = async () => {
    setRemoving(true);
    setError(null);
    try {
      await remove();
      onRemoved();
    } catch (failure) {
      setError(failure);
    } finally {
      setRemoving(false);
      setConfirming(false);
    }
  };

  if (editing) {
    return (
      <div className="app-item app-item--editing">
        <ConflictBoundary reload={reload}>{(onConflict) => form(() => setEditing(false), onConflict)}</ConflictBoundary>
      </div>
    );
  }
  return (
    <div className="app-item">
      <div className="app-item__view">{view}</div>
      <ErrorAlert error={error} />
      {canEdit && (
        <div className="app-actions">
          <Button ref={button} onClick={() => setEditing(true)}>
            {t('common.edit')}
            <HiddenContext>{name}</HiddenContext>
          </Button>
          <Button variant="tertiary" onClick={() => setConfirming(true)}>
            {t('common.delete')}
            <HiddenContext>{name}</HiddenContext>
          </Button>
          <ConfirmDialog
            open={confirming}
            title={t('contents.deleteTitle')}
            confirmLabel={t('common.delete')}
            busy={removing}
            onConfirm={confirmRemove}
            onCancel={() => setConfirming(false)}
          >
            <p className="kern-body">{t('contents.deleteQuestion', { name })}</p>
          </ConfirmDialog>
        </div>
      )}
    </div>
  );
}
