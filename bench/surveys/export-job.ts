// One export of a survey's responses through the real job, in a process of its own (started by
// bench/surveys/run.mjs through @swc-node/register), so that its peak memory is the job's alone: requests
// the export as the API does (a DataExport row with its audit entry), runs SurveyResponsesExportJob on it
// (keyset pages of responses, the CSV streamed into the row in chunks), and prints one line of JSON.
import { DataSource } from 'typeorm';
import { ExportFormat } from '@konzeptwerk/contracts';
import { dataSourceOptions } from '@konzeptwerk/database';
import { recordExportRequest } from '@konzeptwerk/recommendations';
import { SURVEY_RESPONSES_KIND, SurveyResponsesExportJob } from '@konzeptwerk/surveys';

async function main() {
  const { DATABASE_URL: url, SURVEY_ID: surveyId, REQUESTED_BY_ID: requestedById } = process.env;
  if (!url || !surveyId || !requestedById) throw new Error('run me through bench/surveys/run.mjs');
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  const [survey] = (await ds.query(
    'SELECT s.revision_id, r.region_id FROM survey s JOIN concept_revision r ON r.id = s.revision_id WHERE s.id = $1',
    [surveyId],
  )) as { revision_id: string; region_id: string }[];
  const requested = await ds.transaction((tx) =>
    recordExportRequest(tx, {
      kind: SURVEY_RESPONSES_KIND,
      format: ExportFormat.CSV,
      regionId: survey.region_id,
      revisionId: survey.revision_id,
      subjectId: surveyId,
      requestedById,
    }),
  );
  const started = performance.now();
  const outcome = await new SurveyResponsesExportJob(ds).handle({ exportId: requested.id });
  const jobSeconds = (performance.now() - started) / 1000;
  const [row] = (await ds.query('SELECT status, processed, total, byte_size FROM data_export WHERE id = $1', [
    requested.id,
  ])) as { status: string; processed: number; total: number; byte_size: number }[];
  await ds.destroy();
  if (outcome !== 'done' || row.status !== 'DONE') throw new Error(`export ${outcome}, ${row.status}`);
  console.log(
    JSON.stringify({
      jobSeconds: Math.round(jobSeconds * 100) / 100,
      processed: row.processed,
      total: row.total,
      bytes: row.byte_size,
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
