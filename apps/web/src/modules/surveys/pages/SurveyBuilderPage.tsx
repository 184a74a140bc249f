import { useTranslation } from 'react-i18next';

/** Placeholder until the page is built. */
export function SurveyBuilderPage() {
  const { t } = useTranslation();
  return <h1>{t('surveys.builder.title')}</h1>;
}
