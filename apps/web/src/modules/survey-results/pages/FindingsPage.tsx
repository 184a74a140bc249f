import { useTranslation } from 'react-i18next';

/** Placeholder until the page is built. */
export function FindingsPage() {
  const { t } = useTranslation();
  return <h1>{t('findings.title')}</h1>;
}
