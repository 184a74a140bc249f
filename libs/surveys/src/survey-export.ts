import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Writable } from 'node:stream';
import { DataSource, type QueryRunner } from 'typeorm';
import {
  ExportFormat,
  SURVEY_AUDIENCE_LABELS,
  SURVEY_LANGUAGE_NAMES,
  SurveyAudience,
  SurveyQuestionKind,
  TABULAR_EXPORT_FORMATS,
} from '@konzeptwerk/contracts';
// Types only: @konzeptwerk/jobs imports @konzeptwerk/database, which imports this library.
import type { JobHandler } from '@konzeptwerk/jobs';
import {
  type Actor,
  DataExport,
  invalid,
  JOB_ENQUEUER,
  type JobEnqueuer,
  type TabularColumn,
  type TabularRow,
  writeCsv,
  writeXlsx,
} from '@konzeptwerk/platform';
import {
  CONTENT_TYPES,
  enqueueAfterCommit,
  EXPORT_QUEUE,
  type ExportJobData,
  type ExportKind,
  exportFileName,
  recordExportRequest,
  reportExportProgress,
  runExport,
  throttledProgress,
} from '@konzeptwerk/recommendations';
import { type AnswerValue, textIn } from './survey-model';
import type { SurveyOption, Texts } from './survey.entity';
import { SurveysService } from './surveys.service';

export const SURVEY_RESPONSES_KIND = 'survey-responses';
export const SURVEY_RESPONSES_JOB = 'export.survey-responses';

/** What a question's cells are made of: its German text and options, and the facts its answers point at. */
interface ExportQuestion {
  id: string;
  kind: SurveyQuestionKind;
  text: Texts;
  options: SurveyOption[];
}

interface ExportFacts {
  questions: ExportQuestion[];
  fields: { id: string; title: string }[];
  municipalities: Map<string, string>;
}

/** One submitted response as read, with its answers by question. */
export interface SubmittedResponse {
  id: string;
  submitted_at: Date;
  audience: SurveyAudience;
  language: string;
  municipality_id: string | null;
  respondent_type: string | null;
  answers: Map<string, AnswerValue>;
}

const FIXED_COLUMNS: TabularColumn[] = [
  { key: 'id', header: 'Antwort-ID', width: 38 },
  { key: 'submittedAt', header: 'Abgeschickt am', width: 20 },
  { key: 'audience', header: 'Zielgruppe', width: 28 },
  { key: 'language', header: 'Sprache', width: 14 },
  { key: 'municipality', header: 'Kommune', width: 22 },
  { key: 'respondentType', header: 'Art der Teilnahme', width: 28 },
];

const OTHER = 'Sonstiges';

/** The columns: the response's facts, then one per question in order (a field rating one per field of action). */
export function surveyExportColumns(facts: ExportFacts): TabularColumn[] {
  const columns = [...FIXED_COLUMNS];
  for (const q of facts.questions) {
    const header = textIn(q.text, 'de');
    if (q.kind === SurveyQuestionKind.FIELD_RATING)
      for (const field of facts.fields)
        columns.push({ key: `${q.id}:${field.id}`, header: `${header} – ${field.title}`, width: 16 });
    else columns.push({ key: q.id, header, width: 30 });
  }
  return columns;
}

/** A response as a row: German labels for options, audiences and languages; names for municipalities. */
export function surveyExportRow(response: SubmittedResponse, facts: ExportFacts): TabularRow {
  const typeQuestion = facts.questions.find((q) => q.kind === SurveyQuestionKind.ORGANISATION_TYPE);
  const type = response.respondent_type;
  const row: TabularRow = {
    id: response.id,
    submittedAt: response.submitted_at,
    audience: SURVEY_AUDIENCE_LABELS[response.audience]?.de ?? response.audience,
    language: SURVEY_LANGUAGE_NAMES[response.language as keyof typeof SURVEY_LANGUAGE_NAMES] ?? response.language,
    municipality: response.municipality_id ? (facts.municipalities.get(response.municipality_id) ?? null) : null,
    respondentType: !type
      ? null
      : type === 'other'
        ? OTHER
        : type in SURVEY_AUDIENCE_LABELS
          ? SURVEY_AUDIENCE_LABELS[type as SurveyAudience].de
          : (labelOf(typeQuestion?.options ?? [], type) ?? type),
  };
  for (const q of facts.questions) {
    const value = response.answers.get(q.id);
    if (q.kind === SurveyQuestionKind.FIELD_RATING) {
      for (const field of facts.fields) row[`${q.id}:${field.id}`] = value?.ratings?.[field.id] ?? null;
    } else row[q.id] = value ? cellOf(q, value, facts) : null;
  }
  return row;
}

const labelOf = (options: SurveyOption[], key: string) => {
  const option = options.find((o) => o.key === key);
  return option ? textIn(option.label, 'de') : undefined;
};

function cellOf(q: ExportQuestion, value: AnswerValue, facts: ExportFacts): string | number | null {
  const withOther = (keys: string[]) =>
    keys.map((k) => (k === 'other' ? `${OTHER}: ${value.other ?? ''}` : (labelOf(q.options, k) ?? k))).join('; ') ||
    null;
  switch (q.kind) {
    case SurveyQuestionKind.SINGLE_CHOICE:
    case SurveyQuestionKind.LIKERT:
    case SurveyQuestionKind.ORGANISATION_TYPE:
      return value.choice ? withOther([value.choice]) : null;
    case SurveyQuestionKind.MULTIPLE_CHOICE:
      return withOther(value.choices ?? []);
    case SurveyQuestionKind.RANKING:
      return (value.order ?? []).map((k, i) => `${i + 1}. ${labelOf(q.options, k) ?? k}`).join('; ') || null;
    case SurveyQuestionKind.FREE_TEXT:
      return value.text ?? null;
    case SurveyQuestionKind.NUMBER:
      return typeof value.number === 'number' ? value.number : null;
    case SurveyQuestionKind.DATE:
      return value.date ?? null;
    case SurveyQuestionKind.MUNICIPALITY:
      return value.municipalityId ? (facts.municipalities.get(value.municipalityId) ?? null) : null;
    case SurveyQuestionKind.FIELD_RATING:
      return null;
  }
}

const PAGE_SQL = `SELECT r.id, r.submitted_at, r.audience, r.language, r.municipality_id, r.respondent_type
  FROM survey_response r
 WHERE r.survey_id = $1 AND r.submitted_at IS NOT NULL AND ($2::uuid IS NULL OR r.id > $2)
 ORDER BY r.id
 LIMIT $3`;

export interface SurveyExportOptions {
  /** Responses read per query (with their answers in a second one). */
  pageSize?: number;
  /** Progress is written after this many rows, or after `progressEveryMs`, whichever comes first. */
  progressEveryRows?: number;
  progressEveryMs?: number;
  isFinalAttempt?: (exportId: string) => Promise<boolean>;
}

/**
 * `export.survey-responses`: every submitted response of a survey as CSV or XLSX, one row each. Reads in one
 * REPEATABLE READ snapshot, so the total announced up front and the rows written agree while people keep
 * submitting; reads responses page by page (keyset on id) with their answers and streams the file into the
 * export's row as it is written, so memory stays flat however many responses there are.
 */
export class SurveyResponsesExportJob implements JobHandler<ExportJobData> {
  static readonly jobName = SURVEY_RESPONSES_JOB;
  readonly queue = EXPORT_QUEUE;
  readonly name = SurveyResponsesExportJob.jobName;

  private readonly pageSize: number;
  private readonly progressEveryRows: number;
  private readonly progressEveryMs: number;
  private readonly isFinalAttempt: (exportId: string) => Promise<boolean>;

  constructor(
    private readonly db: DataSource,
    options: SurveyExportOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 500;
    this.progressEveryRows = options.progressEveryRows ?? 500;
    this.progressEveryMs = options.progressEveryMs ?? 500;
    this.isFinalAttempt = options.isFinalAttempt ?? (async () => true);
  }

  handle(data: ExportJobData): Promise<string> {
    return runExport(this.db, data, {
      isFinalAttempt: this.isFinalAttempt,
      progress: (exportId, processed) => this.reportProgress(exportId, processed),
      plan: async (row) => {
        const reader = this.db.createQueryRunner();
        const release = async () => {
          if (reader.isTransactionActive) await reader.rollbackTransaction().catch(() => undefined);
          await reader.release();
        };
        try {
          await reader.connect();
          await reader.startTransaction('REPEATABLE READ');
          await reader.query('SET TRANSACTION READ ONLY');
          const [survey] = (await reader.query(
            `SELECT s.id, s.title, s.revision_id, r.region_id FROM survey s
               JOIN concept_revision r ON r.id = s.revision_id WHERE s.id = $1`,
            [row.subjectId],
          )) as { id: string; title: Texts; revision_id: string; region_id: string }[];
          if (!survey) {
            await release();
            return { failed: 'Die Umfrage gibt es nicht mehr.' };
          }
          const facts = await this.facts(reader, survey);
          const [{ total }] = (await reader.query(
            'SELECT count(*)::int AS total FROM survey_response WHERE survey_id = $1 AND submitted_at IS NOT NULL',
            [survey.id],
          )) as { total: number }[];
          const title = textIn(survey.title, 'de');
          return {
            total,
            release,
            stream: async (out, progress) => {
              const processed = await this.write(
                row.format,
                surveyExportColumns(facts),
                this.rows(reader, survey.id, facts),
                out,
                title,
                throttledProgress(progress, this.progressEveryRows, this.progressEveryMs),
              );
              return {
                processed,
                fileName: exportFileName(title, row.format, new Date(), 'umfrage'),
                contentType: CONTENT_TYPES[row.format],
              };
            },
          };
        } catch (e) {
          await release();
          throw e;
        }
      },
    });
  }

  /** Writes the processed count where the web app polls it; a test watches it. */
  protected async reportProgress(exportId: string, processed: number): Promise<void> {
    await reportExportProgress(this.db, exportId, processed);
  }

  private async facts(
    reader: QueryRunner,
    survey: { id: string; revision_id: string; region_id: string },
  ): Promise<ExportFacts> {
    const questions = (await reader.query(
      `SELECT q.id, q.kind, q.text, q.options FROM survey_question q
         JOIN survey_section s ON s.id = q.section_id
        WHERE q.survey_id = $1 ORDER BY s.position, q.position, q.id`,
      [survey.id],
    )) as ExportQuestion[];
    const fields = (await reader.query(
      'SELECT id, title FROM field_of_action WHERE revision_id = $1 ORDER BY position, id',
      [survey.revision_id],
    )) as { id: string; title: string }[];
    const places = (await reader.query('SELECT id, name FROM municipality WHERE region_id = $1', [
      survey.region_id,
    ])) as { id: string; name: string }[];
    return { questions, fields, municipalities: new Map(places.map((m) => [m.id, m.name])) };
  }

  /** One page of submitted responses with their answers, in two statements. */
  protected async page(reader: QueryRunner, surveyId: string, after: string | null): Promise<SubmittedResponse[]> {
    const responses = (await reader.query(PAGE_SQL, [surveyId, after, this.pageSize])) as Omit<
      SubmittedResponse,
      'answers'
    >[];
    if (!responses.length) return [];
    const answers = (await reader.query(
      'SELECT response_id, question_id, value FROM survey_answer WHERE response_id = ANY($1::uuid[])',
      [responses.map((r) => r.id)],
    )) as { response_id: string; question_id: string; value: AnswerValue }[];
    const byResponse = new Map<string, Map<string, AnswerValue>>(responses.map((r) => [r.id, new Map()]));
    for (const a of answers) byResponse.get(a.response_id)?.set(a.question_id, a.value);
    return responses.map((r) => ({ ...r, answers: byResponse.get(r.id)! }));
  }

  private async *rows(reader: QueryRunner, surveyId: string, facts: ExportFacts): AsyncGenerator<TabularRow> {
    let after: string | null = null;
    for (;;) {
      const page = await this.page(reader, surveyId, after);
      for (const response of page) yield surveyExportRow(response, facts);
      if (page.length < this.pageSize) return;
      after = page[page.length - 1].id;
    }
  }

  private write(
    format: ExportFormat,
    columns: TabularColumn[],
    rows: AsyncIterable<TabularRow>,
    out: Writable,
    title: string,
    onRow: (n: number) => Promise<void>,
  ): Promise<number> {
    if (format === ExportFormat.XLSX) return writeXlsx(columns, rows, out, { sheetName: title, onRow });
    return writeCsv(columns, rows, out, { onRow });
  }
}

/** The survey responses as the worker exports them. */
export const SURVEY_RESPONSES_EXPORT: ExportKind = {
  kind: SURVEY_RESPONSES_KIND,
  jobName: SURVEY_RESPONSES_JOB,
  handler: (db, isFinalAttempt) => new SurveyResponsesExportJob(db, { isFinalAttempt }),
};

const LIST_LIMIT = 20;

/** Requests and lists the exports of a survey's responses (coordinators of the survey's region). */
@Injectable()
export class SurveyExportService {
  private readonly logger = new Logger('SurveyExport');

  constructor(
    private readonly db: DataSource,
    private readonly surveys: SurveysService,
    @Inject(JOB_ENQUEUER) private readonly enqueuer: JobEnqueuer,
  ) {}

  /** Starts building a file with every submitted response as CSV or XLSX; poll dataExport for progress. */
  async requestExport(actor: Actor, surveyId: string, format: ExportFormat): Promise<DataExport> {
    const created = await this.db.transaction(async (tx) => {
      const { survey, access } = await this.surveys.surveyFor(tx, actor, surveyId);
      if (!TABULAR_EXPORT_FORMATS.includes(format)) throw invalid('format: CSV or XLSX');
      return recordExportRequest(tx, {
        kind: SURVEY_RESPONSES_KIND,
        format,
        regionId: access.regionId,
        revisionId: survey.revisionId,
        subjectId: survey.id,
        requestedById: access.userId,
      });
    });
    await enqueueAfterCommit(this.enqueuer, SURVEY_RESPONSES_JOB, created.id, this.logger);
    return created;
  }

  /** The latest exports of a survey's responses, newest first. */
  async exports(actor: Actor, surveyId: string): Promise<DataExport[]> {
    const { survey } = await this.surveys.surveyFor(this.db.manager, actor, surveyId);
    return this.db.getRepository(DataExport).find({
      where: { subjectId: survey.id, kind: SURVEY_RESPONSES_KIND },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: LIST_LIMIT,
    });
  }
}
