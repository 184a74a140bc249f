import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { settle } from '../../../lib/errors';
import { ExportPanel } from '../../exports/ExportPanel';
import { START_SURVEY_RESPONSE_EXPORT, SURVEY_RESPONSE_EXPORTS } from '../graphql';

/** Every submitted response as CSV or XLSX, built by the worker; its progress is followed until the file is there. */
export function ResultsExport({ surveyId }: { surveyId: string }) {
  const { t } = useTranslation();
  const list = useQuery(SURVEY_RESPONSE_EXPORTS, { variables: { surveyId } });
  const [start, { loading, error }] = useMutation(START_SURVEY_RESPONSE_EXPORT, {
    refetchQueries: [SURVEY_RESPONSE_EXPORTS],
  });
  return (
    <ExportPanel
      title={t('surveyResults.export.title')}
      intro={t('surveyResults.export.intro')}
      level={2}
      choices={[
        { format: 'CSV', label: t('surveyResults.export.csv') },
        { format: 'XLSX', label: t('surveyResults.export.xlsx') },
      ]}
      start={async (format) =>
        (await settle(start({ variables: { surveyId, format } })))?.data?.exportSurveyResponses.id ?? null
      }
      starting={loading}
      startError={error}
      latest={list.data?.surveyResponseExports}
      latestError={list.error}
      wording="feasibility.export.steps"
    />
  );
}
