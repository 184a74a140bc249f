import { useTranslation } from 'react-i18next';

/** Placeholder until the page is built. */
export function SurveysPage() {
  const { t } = useTranslation();
  return <h1>{t('surveys.title')}</h1>;
}
