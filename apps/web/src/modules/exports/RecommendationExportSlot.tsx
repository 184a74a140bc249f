import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { settle } from '../../lib/errors';
import { rightsOf, useViewer } from '../auth/session';
import { ExportPanel } from './ExportPanel';
import { RECOMMENDATION_EXPORT_REVISION, RECOMMENDATION_EXPORTS, START_RECOMMENDATION_EXPORT } from './graphql';

/**
 * The export panel of a revision's recommendations, for its coordinators;
 * nothing for everyone else. Starting an export queues a job; its progress is
 * polled until the file is there to download.
 */
export function RecommendationExportSlot({ revisionId }: { revisionId: string }) {
  const rights = rightsOf(useViewer());
  const { data } = useQuery(RECOMMENDATION_EXPORT_REVISION, { variables: { id: revisionId } });
  if (!data || !rights.coordinates(data.revision.regionId)) return null;
  return <RecommendationExports revisionId={revisionId} />;
}

function RecommendationExports({ revisionId }: { revisionId: string }) {
  const { t } = useTranslation();
  const list = useQuery(RECOMMENDATION_EXPORTS, { variables: { revisionId } });
  const [start, { loading, error }] = useMutation(START_RECOMMENDATION_EXPORT, {
    refetchQueries: [RECOMMENDATION_EXPORTS],
  });
  return (
    <ExportPanel
      title={t('feasibility.export.title')}
      intro={t('feasibility.export.intro')}
      level={2}
      choices={[
        { format: 'XLSX', label: t('feasibility.export.xlsx') },
        { format: 'CSV', label: t('feasibility.export.csv') },
      ]}
      start={async (format) =>
        (await settle(start({ variables: { revisionId, format } })))?.data?.exportRecommendations.id ?? null
      }
      starting={loading}
      startError={error}
      latest={list.data?.dataExports}
      latestError={list.error}
    />
  );
}
