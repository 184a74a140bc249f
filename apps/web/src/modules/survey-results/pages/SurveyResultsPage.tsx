import { useTranslation } from 'react-i18next';

/** Placeholder until the page is built. */
export function SurveyResultsPage() {
  const { t } = useTranslation();
  return <h1>{t('surveyResults.title')}</h1>;
}
