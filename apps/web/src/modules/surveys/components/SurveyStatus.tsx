import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/StatusBadge';
import type { SurveyStatus } from '../../../gql/graphql';
import { formatInstant } from '../../conferences/datetime';

export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      variant={status === 'PUBLISHED' ? 'success' : 'info'}
      label={status === 'PUBLISHED' ? t('surveys.status.PUBLISHED') : t('surveys.status.DRAFT')}
    />
  );
}

/** "11.03.2027, 09:00 bis 31.03.2027, 18:00", or that the dates are still open. */
export function SurveyPeriod({ opensAt, closesAt }: { opensAt: string | null; closesAt: string | null }) {
  const { t, i18n } = useTranslation();
  if (!opensAt && !closesAt) return <span>{t('surveys.period.none')}</span>;
  const at = (iso: string | null) => (iso ? formatInstant(iso, i18n.language) : t('surveys.period.open'));
  return <span>{t('surveys.period.range', { opensAt: at(opensAt), closesAt: at(closesAt) })}</span>;
}
