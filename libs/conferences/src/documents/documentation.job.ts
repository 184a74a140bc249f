import type { DataSource } from 'typeorm';
import { ExportFormat } from '@konzeptwerk/contracts';
// Types only: @konzeptwerk/jobs imports @konzeptwerk/database, which imports this library.
import type { JobHandler } from '@konzeptwerk/jobs';

import {
  CONTENT_TYPES,
  EXPORT_QUEUE,
  exportFileName,
  reportExportProgress,
  runExport,
  type ExportJobData,
  type ExportKind,
} from '@konzeptwerk/recommendations';
import { loadDocumentation } from './documentation.data';
import { documentationDocx, documentationPdf } from './documentation';

export const CONFERENCE_DOCUMENTATION_KIND = 'conference-documentation';

export interface ConferenceDocumentationJobOptions {
  /** See RecommendationExportOptions: only the last attempt's failure marks the export FAILED. */
  isFinalAttempt?: (exportId: string) => Promise<boolean>;
}

/**
 * `export.conference-documentation`: builds a conference's documentation as PDF or DOCX into a DataExport.
 * Reads everything in one REPEATABLE READ snapshot (cards, dots, counts and photos agree with each other),
 * reports progress per workshop (the total is the number of workshops plus one step for writing the file),
 * and stores file and DONE in one statement. Idempotent: a DONE export is left as it is.
 */
export class ConferenceDocumentationJob implements JobHandler<ExportJobData> {
  static readonly jobName = 'export.conference-documentation';
  readonly queue = EXPORT_QUEUE;
  readonly name = ConferenceDocumentationJob.jobName;

  private readonly isFinalAttempt: (exportId: string) => Promise<boolean>;

  constructor(
    private readonly db: DataSource,
    options: ConferenceDocumentationJobOptions = {},
  ) {
    this.isFinalAttempt = options.isFinalAttempt ?? (async () => true);
  }

  handle(data: ExportJobData): Promise<string> {
    return runExport(this.db, data, {
      isFinalAttempt: this.isFinalAttempt,
      progress: (exportId, processed) => this.reportProgress(exportId, processed),
      plan: async (row) => {
        const read = await this.db.transaction('REPEATABLE READ', async (tx) => {
          const [conference] = (await tx.query(
            `SELECT id, title, starts_at AS "startsAt", ends_at AS "endsAt", venue, address FROM conference WHERE id = $1`,
            [row.subjectId],
          )) as { id: string; title: string; startsAt: Date; endsAt: Date; venue: string; address: string | null }[];
          return conference ? { conference, documentation: await loadDocumentation(tx, conference) } : null;
        });
        if (!read) return { failed: 'Die Konferenz gibt es nicht mehr.' };
        return {
          total: read.documentation.workshops.length + 1,
          // The builders wait for each report, so the progress is visible while they write.
          write: async (progress) => ({
            content:
              row.format === ExportFormat.DOCX
                ? await documentationDocx(read.documentation, progress)
                : await documentationPdf(read.documentation, progress),
            fileName: exportFileName(read.conference.title, row.format, new Date(), 'dokumentation'),
            contentType: CONTENT_TYPES[row.format],
          }),
        };
      },
    });
  }

  /** Writes the processed count where the web app polls it; a subclass in tests watches it. */
  protected async reportProgress(exportId: string, processed: number): Promise<void> {
    await reportExportProgress(this.db, exportId, processed);
  }
}

/** The conference documentation as the worker exports it. */
export const CONFERENCE_DOCUMENTATION_EXPORT: ExportKind = {
  kind: CONFERENCE_DOCUMENTATION_KIND,
  jobName: ConferenceDocumentationJob.jobName,
  handler: (db, isFinalAttempt) => new ConferenceDocumentationJob(db, { isFinalAttempt }),
};
