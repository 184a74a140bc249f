import 'reflect-metadata';
import { startJobWorker, workerConfigFromEnv } from '@konzeptwerk/jobs';
import { CONCEPT_DOCUMENT_EXPORT, CONSIDERATION_TABLE_EXPORT, reviewJobs } from '@konzeptwerk/concept';
import { CONFERENCE_DOCUMENTATION_EXPORT } from '@konzeptwerk/conferences';
import { inventoryJobs } from '@konzeptwerk/inventory';
import { exportJobsOf, feasibilityJobs, RECOMMENDATIONS_EXPORT } from '@konzeptwerk/recommendations';
import { SURVEY_RESPONSES_EXPORT, surveyJobs } from '@konzeptwerk/surveys';

async function main() {
  const started = Date.now();
  const worker = await startJobWorker(workerConfigFromEnv(process.env), console, [
    feasibilityJobs,
    reviewJobs,
    surveyJobs,
    inventoryJobs,
    exportJobsOf(
      RECOMMENDATIONS_EXPORT,
      CONFERENCE_DOCUMENTATION_EXPORT,
      CONSIDERATION_TABLE_EXPORT,
      CONCEPT_DOCUMENT_EXPORT,
      SURVEY_RESPONSES_EXPORT,
    ),
  ]);
  // With nothing to consume (mail delivery off) the event loop would run dry
  // and the process exit; supervisors would take that for a crash.
  const keepAlive = setInterval(() => undefined, 2 ** 30);
  let stopping = false;
  const stop = async (signal: string) => {
    // A second signal gives up waiting: the running deliveries roll back and are sent after restart.
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`worker: ${signal}, finishing running jobs…`);
    clearInterval(keepAlive);
    await worker.close();
    console.log('worker: stopped.');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stop(signal).catch((e) => {
        console.error(e);
        process.exit(1);
      });
    });
  }
  console.log(`worker ready in ${Date.now() - started} ms: ${worker.summary}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
