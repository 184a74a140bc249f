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

  handle(data: ExportJobData): Promise<string> {
    return runExport(this.db, data, {
      isFinalAttempt: this.isFinalAttempt,
      progress: (exportId, processed) => reportExportProgress(this.db, exportId, processed),
      plan: async (row) => {
        const input = await this.input(row.subjectId!);
        if (!input) return { failed: 'Die Fassung ist nicht mehr die Endfassung.' };
        const { document, publishedAt } = input;
        return {
          total: Math.max(1, document.sections.filter((s) => s.level === 1).length),
          write: async (progress) => ({
            content:
              row.format === ExportFormat.PDF
                ? await conceptPdf(document, progress)
                : row.format === ExportFormat.DOCX
                  ? await conceptDocx(document, progress)
                  : row.format === ExportFormat.JSON
                    ? conceptJson(document, publishedAt)
                    : await conceptCsv(document),
            fileName: exportFileName(
              `${document.title} Fassung ${document.versionNumber}`,
              row.format,
              publishedAt,
              row.format === ExportFormat.PDF || row.format === ExportFormat.DOCX ? 'konzept' : 'handlungsempfehlungen',
            ),
            contentType: CONTENT_TYPES[row.format],
          }),
        };
      },
    });
  }

  /** What the document holds: the final version, the resolution and the recommendations as made final. */
  private async input(versionId: string): Promise<{ document: ConceptDocumentInput; publishedAt: Date } | null> {
    const publication = await this.db.getRepository(ConceptPublication).findOneBy({ versionId });
    if (!publication) return null;
    const version = await this.db.getRepository(DraftVersion).findOneByOrFail({ id: versionId });
    const [{ region_name }] = (await this.db.query(
      `SELECT rg.name AS region_name FROM concept_revision rev JOIN region rg ON rg.id = rev.region_id WHERE rev.id = $1`,
      [publication.revisionId],
    )) as { region_name: string }[];
    const title = publication.title;
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
