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
import { ConceptPublication, DraftVersion } from './concept.entity';
import { conceptCsv, conceptDocx, conceptJson, conceptPdf, type ConceptDocumentInput } from './concept-documents';
import { CONCEPT_DOCUMENT_JOB, CONCEPT_DOCUMENT_KIND } from './publication.service';

/**
 * `export.concept-document`: one document of a final version (PDF, DOCX, JSON or CSV), built once and kept.
 * Progress counts the chapters. The file and DONE are stored in one statement, so a partial file is never
 * served; should the worker die mid-way, BullMQ hands the job to the next worker (its lock expires), which
 * starts the file afresh, and the DONE guard keeps one file however often it ran.
 */
export class ConceptDocumentJob implements JobHandler<ExportJobData> {
  static readonly jobName = CONCEPT_DOCUMENT_JOB;
  readonly queue = EXPORT_QUEUE;
  readonly name = ConceptDocumentJob.jobName;

  constructor(
    private readonly db: DataSource,
    private readonly isFinalAttempt: (exportId: string) => Promise<boolean> = async () => true,
  ) {}

  async handle(data: ExportJobData): Promise<string> {
    const exportId = data?.exportId;
    if (!isUuid(exportId)) return 'missing';
    const row = await this.db.getRepository(DataExport).findOneBy({ id: exportId });
    if (!row) return 'missing';
    if (row.status === ExportStatus.DONE) return 'done';
    try {
      const input = await this.input(row.subjectId!);
      if (!input) {
        await markExportFailed(this.db, exportId, 'Die Fassung ist nicht mehr die Endfassung.');
        return 'failed';
      }
      const total = Math.max(1, input.document.sections.filter((s) => s.level === 1).length);
      if (!(await startExport(this.db, exportId, total))) return 'done';
      const progress = (done: number) => reportExportProgress(this.db, exportId, done);
      const content =
        row.format === ExportFormat.PDF
          ? await conceptPdf(input.document, progress)
          : row.format === ExportFormat.DOCX
            ? await conceptDocx(input.document, progress)
            : row.format === ExportFormat.JSON
              ? conceptJson(input.document, input.publishedAt)
              : await conceptCsv(input.document);
      await finishExport(this.db, exportId, {
        content,
        fileName: exportFileName(
          `${input.document.title} Fassung ${input.document.versionNumber}`,
          row.format,
          input.publishedAt,
          row.format === ExportFormat.PDF || row.format === ExportFormat.DOCX ? 'konzept' : 'handlungsempfehlungen',
        ),
        contentType: CONTENT_TYPES[row.format],
        processed: total,
      });
      return 'done';
    } catch (e) {
      await recordExportFailure(this.db, exportId, e, this.isFinalAttempt);
      throw e;
    }
  }

  /** What the document holds: the final version, the resolution and the recommendations as made final. */
  private async input(versionId: string): Promise<{ document: ConceptDocumentInput; publishedAt: Date } | null> {
    const publication = await this.db.getRepository(ConceptPublication).findOneBy({ versionId });
    if (!publication) return null;
    const version = await this.db.getRepository(DraftVersion).findOneByOrFail({ id: versionId });
    const [{ title, region_name }] = (await this.db.query(
      `SELECT d.title, rg.name AS region_name FROM concept_draft d JOIN concept_revision rev ON rev.id = d.revision_id
         JOIN region rg ON rg.id = rev.region_id WHERE d.id = $1`,
      [version.draftId],
    )) as { title: string; region_name: string }[];
    return {
      publishedAt: publication.publishedAt ?? publication.finalisedAt,
      document: {
        title,
        regionName: region_name,
        versionNumber: version.number,
        adoption:
          publication.adoptionResult &&
          publication.adoptionBody &&
          publication.adoptionDate &&
          publication.adoptionReference
            ? {
                body: publication.adoptionBody,
                date: publication.adoptionDate,
                reference: publication.adoptionReference,
                result: publication.adoptionResult,
              }
            : null,
        sections: version.sections,
        recommendations: publication.recommendations,
      },
    };
  }
}

export const CONCEPT_DOCUMENT_EXPORT: ExportKind = {
  kind: CONCEPT_DOCUMENT_KIND,
  jobName: ConceptDocumentJob.jobName,
  handler: (db, isFinalAttempt) => new ConceptDocumentJob(db, isFinalAttempt),
};
