import {
  EvidenceKind,
  ExportFormat,
  FeasibilityAnswer,
  RECOMMENDATION_STATUS_LABELS,
  RecommendationStatus,
  TimeHorizon,
} from '@konzeptwerk/contracts';
import { richTextToPlain, type TabularColumn, type TabularRow } from '@konzeptwerk/platform';

/** The sheet's columns in reading order; the headers are what German users see in Excel. */
export const RECOMMENDATION_EXPORT_COLUMNS: TabularColumn[] = [
  { key: 'reference', header: 'Nr.', width: 10 },
  { key: 'title', header: 'Titel', width: 50 },
  { key: 'status', header: 'Status', width: 22 },
  { key: 'statusReason', header: 'Begründung des Status', width: 40 },
  { key: 'fieldCode', header: 'Handlungsfeld (Kürzel)', width: 12 },
  { key: 'fieldTitle', header: 'Handlungsfeld', width: 35 },
  { key: 'rationale', header: 'Begründung', width: 80 },
  { key: 'targetGroups', header: 'Zielgruppen', width: 40 },
  { key: 'municipalities', header: 'Kommunen', width: 35 },
  { key: 'organisations', header: 'Umsetzende Akteure', width: 40 },
  { key: 'timeHorizon', header: 'Zeithorizont', width: 15 },
  { key: 'resources', header: 'Ressourcen', width: 40 },
  { key: 'indicators', header: 'Erfolgsindikatoren', width: 40 },
  { key: 'authors', header: 'Autor*innen', width: 35 },
  { key: 'supports', header: 'Unterstützungen', width: 15 },
  { key: 'comments', header: 'Kommentare', width: 12 },
  { key: 'evidence', header: 'Herkunft', width: 50 },
  { key: 'mergedInto', header: 'Zusammengeführt in', width: 18 },
  { key: 'feasibility', header: 'Umsetzbarkeit', width: 60 },
  { key: 'createdAt', header: 'Erstellt am', width: 20 },
  { key: 'updatedAt', header: 'Zuletzt geändert am', width: 20 },
];

export const ALL_MUNICIPALITIES = 'alle Kommunen';

export const TIME_HORIZON_LABELS: Record<TimeHorizon, string> = {
  SHORT: 'kurzfristig',
  MEDIUM: 'mittelfristig',
  LONG: 'langfristig',
};

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  CHALLENGE: 'Herausforderung',
  SOLUTION_APPROACH: 'Lösungsansatz',
  FINDING: 'Ergebnis',
  NEED: 'Bedarf',
  INDICATOR: 'Daten und Fakten',
  DOCUMENT: 'Dokument',
  MERGED_FROM: 'Zusammengeführt aus',
  OTHER: 'Sonstiges',
};

export const FEASIBILITY_ANSWER_LABELS: Record<FeasibilityAnswer, string> = {
  FEASIBLE: 'umsetzbar',
  FEASIBLE_WITH_CONDITIONS: 'umsetzbar unter Bedingungen',
  NOT_FEASIBLE: 'nicht umsetzbar',
};

/** A request that no one has answered yet still says who was asked. */
export const FEASIBILITY_OPEN = 'noch offen';

/** One recommendation as the page query returns it. */
export interface RecommendationExportRecord {
  id: string;
  reference: string;
  title: string;
  status: RecommendationStatus;
  status_reason: string | null;
  field_id: string;
  field_position: number;
  field_code: string;
  field_title: string;
  number: number;
  rationale: string;
  time_horizon: TimeHorizon | null;
  resources: string | null;
  indicators: string | null;
  all_municipalities: boolean;
  target_groups: string[];
  municipalities: string[];
  organisations: string[];
  authors: string[];
  supports: number;
  comments: number;
  evidence: { kind: EvidenceKind; label: string }[];
  merged_into: string | null;
  feasibility: { organisation: string; answer: FeasibilityAnswer | null; comment: string | null }[];
  created_at: Date;
  updated_at: Date;
}

/** Where the next page starts: the last row's sort key. */
export interface PageCursor {
  fieldPosition: number;
  fieldId: string;
  number: number;
}

/**
 * One page of a revision's recommendations with everything the sheet shows, in one round trip.
 * Ordered by field of action, then running number (SB-01, SB-02, …, SB-10), so the sheet reads like
 * the concept; the keyset (position, field id, number) is unique and needs no OFFSET.
 */
export const PAGE_SQL = `
SELECT r.id, r.reference, r.title, r.status, r.status_reason, r.number, r.rationale, r.time_horizon,
       r.resources, r.indicators, r.all_municipalities, r.created_at, r.updated_at,
       fa.id AS field_id, fa.position AS field_position, fa.code AS field_code, fa.title AS field_title,
       merged.reference AS merged_into,
       ARRAY(SELECT tg.name FROM recommendation_target_group x JOIN target_group tg ON tg.id = x.target_group_id
              WHERE x.recommendation_id = r.id ORDER BY tg.position, tg.name) AS target_groups,
       ARRAY(SELECT m.name FROM recommendation_municipality x JOIN municipality m ON m.id = x.municipality_id
              WHERE x.recommendation_id = r.id ORDER BY m.name) AS municipalities,
       ARRAY(SELECT o.name FROM recommendation_organisation x JOIN organisation o ON o.id = x.organisation_id
              WHERE x.recommendation_id = r.id ORDER BY o.name) AS organisations,
       ARRAY(SELECT a.display_name FROM recommendation_author x JOIN account a ON a.id = x.account_id
              WHERE x.recommendation_id = r.id ORDER BY x.is_creator DESC, x.created_at, a.display_name) AS authors,
       (SELECT count(*) FROM recommendation_support s WHERE s.recommendation_id = r.id)::int AS supports,
       (SELECT count(*) FROM recommendation_comment c WHERE c.recommendation_id = r.id)::int AS comments,
       COALESCE((SELECT json_agg(json_build_object('kind', e.kind, 'label', e.label) ORDER BY e.created_at, e.id)
                   FROM evidence_link e WHERE e.recommendation_id = r.id), '[]') AS evidence,
       -- Per organisation the latest answer; an unanswered later request does not hide an earlier answer.
       COALESCE((SELECT json_agg(json_build_object('organisation', f.name, 'answer', f.answer, 'comment', f.comment)
                                 ORDER BY f.name)
                   FROM (SELECT DISTINCT ON (fc.organisation_id) o.name, fc.answer, fc.comment
                           FROM feasibility_check fc JOIN organisation o ON o.id = fc.organisation_id
                          WHERE fc.recommendation_id = r.id
                          ORDER BY fc.organisation_id, fc.answer IS NULL, fc.answered_at DESC NULLS LAST,
                                   fc.created_at DESC) f), '[]') AS feasibility
  FROM recommendation r
  JOIN field_of_action fa ON fa.id = r.field_of_action_id
  LEFT JOIN recommendation merged ON merged.id = r.merged_into_id
 WHERE r.revision_id = $1
   AND ($2::int IS NULL OR (fa.position, fa.id, r.number) > ($2::int, $3::uuid, $4::int))
 ORDER BY fa.position, fa.id, r.number
 LIMIT $5`;

export const pageParams = (revisionId: string, after: PageCursor | null, limit: number): unknown[] => [
  revisionId,
  after?.fieldPosition ?? null,
  after?.fieldId ?? null,
  after?.number ?? null,
  limit,
];

export const cursorOf = (r: RecommendationExportRecord): PageCursor => ({
  fieldPosition: r.field_position,
  fieldId: r.field_id,
  number: r.number,
});

/** Empty lists stay empty cells rather than empty strings, like every other missing value. */
const list = (items: string[], separator = ', ') => (items.length ? items.join(separator) : null);

/** The sheet row of one recommendation: every field as a person reads it. */
export function toExportRow(r: RecommendationExportRecord): TabularRow {
  return {
    reference: r.reference,
    title: r.title,
    status: RECOMMENDATION_STATUS_LABELS[r.status].de,
    statusReason: r.status_reason,
    fieldCode: r.field_code,
    fieldTitle: r.field_title,
    rationale: richTextToPlain(r.rationale) || null,
    targetGroups: list(r.target_groups),
    municipalities: r.all_municipalities ? ALL_MUNICIPALITIES : list(r.municipalities),
    organisations: list(r.organisations),
    timeHorizon: r.time_horizon ? TIME_HORIZON_LABELS[r.time_horizon] : null,
    resources: r.resources,
    indicators: r.indicators,
    authors: list(r.authors),
    supports: r.supports,
    comments: r.comments,
    // Labels and comments may contain commas, so entries are separated by semicolons.
    evidence: list(
      r.evidence.map((e) => `${EVIDENCE_KIND_LABELS[e.kind]}: ${e.label}`),
      '; ',
    ),
    mergedInto: r.merged_into,
    feasibility: list(
      r.feasibility.map((f) => {
        const answer = f.answer ? FEASIBILITY_ANSWER_LABELS[f.answer] : FEASIBILITY_OPEN;
        return `${f.organisation}: ${answer}${f.comment ? ` – ${f.comment}` : ''}`;
      }),
      '; ',
    ),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  PDF: 'application/pdf',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  JSON: 'application/json; charset=utf-8',
};

const EXTENSIONS: Record<ExportFormat, string> = { CSV: 'csv', XLSX: 'xlsx', PDF: 'pdf', DOCX: 'docx', JSON: 'json' };

const TRANSLITERATE: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** `Fortschreibung Gütersloh 2026` → `fortschreibung-guetersloh-2026`: safe in every file system and URL. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => TRANSLITERATE[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'fortschreibung';
}

/** The day as the region sees it: an export made at 00:30 in Germany carries that day's date, not UTC's. */
const berlinDate = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(at)
    .slice(0, 10);

/** `handlungsempfehlungen-fortschreibung-2026-2026-11-28.xlsx`; other exports name what they hold with `what`. */
export function exportFileName(title: string, format: ExportFormat, at: Date, what = 'handlungsempfehlungen'): string {
  return `${what}-${slugify(title)}-${berlinDate(at)}.${EXTENSIONS[format]}`;
}
