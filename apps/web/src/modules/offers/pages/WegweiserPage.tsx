import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/PageHeading';

/** The public Wegweiser Integration (being built). */
export function WegweiserPage() {
  const { t } = useTranslation();
  return <PageHeading title={t('offers.wegweiserTitle')} />;
}
