import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DataSource } from 'typeorm';
import { ExportFormat } from '@konzeptwerk/contracts';
// Types only: @konzeptwerk/jobs imports @konzeptwerk/database, which imports this library.
import type { JobHandler } from '@konzeptwerk/jobs';
import { writeXlsx, type TabularColumn } from '@konzeptwerk/platform';
import {
  bufferSink,
  CONTENT_TYPES,
  EXPORT_QUEUE,
  exportFileName,
  reportExportProgress,
  runExport,
  type ExportJobData,
  type ExportKind,
} from '@konzeptwerk/recommendations';
import {
  CONSIDERATION_EXPORT_JOB,
  CONSIDERATION_TABLE_KIND,
  considerationRecords,
  type ConsiderationRecord,
} from './review.service';

export const CONSIDERATION_COLUMNS: (TabularColumn & { key: keyof ConsiderationRecord })[] = [
  { key: 'municipality', header: 'Kommune', width: 22 },
  { key: 'section', header: 'Abschnitt', width: 28 },
  { key: 'passage', header: 'Textstelle', width: 40 },
  { key: 'comment', header: 'Anmerkung', width: 50 },
  { key: 'proposedText', header: 'Vorgeschlagener Text', width: 40 },
  { key: 'answer', header: 'Abwägung', width: 22 },
  { key: 'reason', header: 'Begründung', width: 50 },
];

/** The Abwägungstabelle as a Word table in landscape, its header row repeated on every page. */
export async function considerationDocx(title: string, rows: ConsiderationRecord[]): Promise<Buffer> {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] })] });
  const document = new Document({
    creator: 'Konzeptwerk',
    title,
    styles: { default: { document: { run: { language: { value: 'de-DE' } } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
          rows.length
            ? new Table({
                width: { size: 100, type: WidthType.PERCENTAGE },
                rows: [
                  new TableRow({ tableHeader: true, children: CONSIDERATION_COLUMNS.map((c) => cell(c.header, true)) }),
                  ...rows.map(
                    (r) => new TableRow({ children: CONSIDERATION_COLUMNS.map((c) => cell(r[c.key] ?? '–')) }),
                  ),
                ],
              })
            : new Paragraph({ text: 'Keine Anmerkungen.', alignment: AlignmentType.LEFT }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/**
 * `export.consideration-table`: a round's Abwägungstabelle as XLSX or DOCX. The comments are read in one
 * statement; progress counts them as they are written.
 */
export class ConsiderationExportJob implements JobHandler<ExportJobData> {
  static readonly jobName = CONSIDERATION_EXPORT_JOB;
  readonly queue = EXPORT_QUEUE;
  readonly name = ConsiderationExportJob.jobName;

  constructor(
    private readonly db: DataSource,
    private readonly isFinalAttempt: (exportId: string) => Promise<boolean> = async () => true,
  ) {}

  handle(data: ExportJobData): Promise<string> {
    return runExport(this.db, data, {
      isFinalAttempt: this.isFinalAttempt,
      progress: (exportId, processed) => reportExportProgress(this.db, exportId, processed),
      plan: async (row) => {
        const [round] = (await this.db.query(
          `SELECT r.number, rev.title FROM review_round r JOIN concept_revision rev ON rev.id = r.revision_id WHERE r.id = $1`,
          [row.subjectId],
        )) as { number: number; title: string }[];
        if (!round) return { failed: 'Die Abstimmungsrunde gibt es nicht mehr.' };
        const rows = await considerationRecords(this.db.manager, row.subjectId!);
        const title = `Abwägungstabelle – ${round.title}, Runde ${round.number}`;
        return {
          total: rows.length,
          write: async (progress) => {
            let content: Buffer;
            if (row.format === ExportFormat.DOCX) content = await considerationDocx(title, rows);
            else {
              const sink = bufferSink();
              await writeXlsx(CONSIDERATION_COLUMNS, rows as never, sink.out, {
                sheetName: 'Abwägungstabelle',
                onRow: (n) => (n % 100 === 0 ? progress(n) : undefined),
              });
              content = sink.content();
            }
            return {
              content,
              fileName: exportFileName(
                `${round.title} Runde ${round.number}`,
                row.format,
                new Date(),
                'abwaegungstabelle',
              ),
              contentType: CONTENT_TYPES[row.format],
            };
          },
        };
      },
    });
  }
}

export const CONSIDERATION_TABLE_EXPORT: ExportKind = {
  kind: CONSIDERATION_TABLE_KIND,
  jobName: ConsiderationExportJob.jobName,
  handler: (db, isFinalAttempt) => new ConsiderationExportJob(db, isFinalAttempt),
};
