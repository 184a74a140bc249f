import type { DataSource } from 'typeorm';
import { ExportFormat, ExportStatus } from '@konzeptwerk/contracts';
// Types only: @konzeptwerk/jobs imports @konzeptwerk/database, which imports this library.
import type { JobHandler } from '@konzeptwerk/jobs';
import { DataExport, isUuid } from '@konzeptwerk/platform';
import {
  CONTENT_TYPES,
  EXPORT_QUEUE,
  exportFileName,
  finishExport,
  markExportFailed,
  recordExportFailure,
  reportExportProgress,
  startExport,
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

  async handle(data: ExportJobData): Promise<string> {
    const exportId = data?.exportId;
    if (!isUuid(exportId)) return 'missing';
    const row = await this.db.getRepository(DataExport).findOneBy({ id: exportId });
    if (!row) return 'missing';
    if (row.status === ExportStatus.DONE) return 'done';
    try {
      const read = await this.db.transaction('REPEATABLE READ', async (tx) => {
        const [conference] = (await tx.query(
          `SELECT id, title, starts_at AS "startsAt", ends_at AS "endsAt", venue, address FROM conference WHERE id = $1`,
          [row.subjectId],
        )) as { id: string; title: string; startsAt: Date; endsAt: Date; venue: string; address: string | null }[];
        return conference ? { conference, documentation: await loadDocumentation(tx, conference) } : null;
      });
      if (!read) {
        // Nothing a retry could change.
        await markExportFailed(this.db, exportId, 'Die Konferenz gibt es nicht mehr.');
        return 'failed';
      }
      const total = read.documentation.workshops.length + 1;
      if (!(await startExport(this.db, exportId, total))) return 'done';
      // The builders wait for each report, so the progress is visible while they write.
      const progress = (done: number) => this.reportProgress(exportId, done);
      const content =
        row.format === ExportFormat.DOCX
          ? await documentationDocx(read.documentation, progress)
          : await documentationPdf(read.documentation, progress);
      await finishExport(this.db, exportId, {
        content,
        fileName: exportFileName(read.conference.title, row.format, new Date(), 'dokumentation'),
        contentType: CONTENT_TYPES[row.format],
        processed: total,
      });
      return 'done';
    } catch (e) {
      await recordExportFailure(this.db, exportId, e, this.isFinalAttempt);
      throw e;
    }
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
