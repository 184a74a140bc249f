import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/StatusBadge';
import type { RecommendationStatus } from '../../../gql/graphql';
import { statusKey, statusVariant } from '../labels';

export function RecommendationStatusBadge({ status }: { status: RecommendationStatus }) {
  const { t } = useTranslation();
  return <StatusBadge variant={statusVariant(status)} label={t(statusKey(status))} />;
}
