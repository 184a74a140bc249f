import { useTranslation } from 'react-i18next';

/** A dash where a value is missing, said in words to screen readers. */
export function NoValue() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="app-sr-only">{t('inventory.values.none')}</span>
    </>
  );
}
