import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { HiddenContext } from '../../../components/HiddenContext';

/**
 * "Nach oben" and "Nach unten" for an item of a list. At either end the button stays focusable and says it
 * cannot move (aria-disabled), so keyboard focus is not lost when an item arrives there.
 */
export function MoveButtons({
  idPrefix,
  index,
  count,
  name,
  onMove,
}: {
  /** Gives the buttons the ids `${idPrefix}-up` and `${idPrefix}-down`, to put focus back after a move. */
  idPrefix?: string;
  index: number;
  count: number;
  /** What moves, for screen readers: "Frage 2: …". */
  name: string;
  onMove: (by: -1 | 1) => void;
}) {
  const { t } = useTranslation();
  const first = index === 0;
  const last = index === count - 1;
  return (
    <>
      <Button
        variant="tertiary"
        id={idPrefix && `${idPrefix}-up`}
        aria-disabled={first || undefined}
        onClick={() => !first && onMove(-1)}
      >
        {t('surveys.actions.up')}
        <HiddenContext>{name}</HiddenContext>
      </Button>
      <Button
        variant="tertiary"
        id={idPrefix && `${idPrefix}-down`}
        aria-disabled={last || undefined}
        onClick={() => !last && onMove(1)}
      >
        {t('surveys.actions.down')}
        <HiddenContext>{name}</HiddenContext>
      </Button>
    </>
  );
}
