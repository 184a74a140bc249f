/** Where a Handlungsempfehlung stands in its lifecycle. */
export enum RecommendationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  IN_REVIEW = 'IN_REVIEW',
  FEASIBILITY_CHECK = 'FEASIBILITY_CHECK',
  AGREED = 'AGREED',
  NOT_ADOPTED = 'NOT_ADOPTED',
  MERGED = 'MERGED',
}

/** The order of the board's columns. */
export const RECOMMENDATION_STATUS_ORDER: readonly RecommendationStatus[] = [
  RecommendationStatus.DRAFT,
  RecommendationStatus.SUBMITTED,
  RecommendationStatus.IN_REVIEW,
  RecommendationStatus.FEASIBILITY_CHECK,
  RecommendationStatus.AGREED,
  RecommendationStatus.NOT_ADOPTED,
  RecommendationStatus.MERGED,
];

/** The moves a recommendation can make; merging has its own operation. */
export enum RecommendationAction {
  SUBMIT = 'SUBMIT',
  WITHDRAW = 'WITHDRAW',
  START_REVIEW = 'START_REVIEW',
  RETURN_TO_DRAFT = 'RETURN_TO_DRAFT',
  START_FEASIBILITY_CHECK = 'START_FEASIBILITY_CHECK',
  AGREE = 'AGREE',
  REJECT = 'REJECT',
  REOPEN = 'REOPEN',
}

export enum TimeHorizon {
  SHORT = 'SHORT',
  MEDIUM = 'MEDIUM',
  LONG = 'LONG',
}

/** What an origin link of a recommendation points to (its evidence trail). */
export enum EvidenceKind {
  CHALLENGE = 'CHALLENGE',
  SOLUTION_APPROACH = 'SOLUTION_APPROACH',
  FINDING = 'FINDING',
  NEED = 'NEED',
  INDICATOR = 'INDICATOR',
  DOCUMENT = 'DOCUMENT',
  MERGED_FROM = 'MERGED_FROM',
  OTHER = 'OTHER',
}

export enum FeasibilityAnswer {
  FEASIBLE = 'FEASIBLE',
  FEASIBLE_WITH_CONDITIONS = 'FEASIBLE_WITH_CONDITIONS',
  NOT_FEASIBLE = 'NOT_FEASIBLE',
}

export enum ExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
  PDF = 'PDF',
  DOCX = 'DOCX',
  JSON = 'JSON',
}

/** The formats of table exports (recommendations); documents come as PDF and DOCX. */
export const TABULAR_EXPORT_FORMATS: readonly ExportFormat[] = [ExportFormat.CSV, ExportFormat.XLSX];
export const DOCUMENT_EXPORT_FORMATS: readonly ExportFormat[] = [ExportFormat.PDF, ExportFormat.DOCX];

export enum ExportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

export const RECOMMENDATION_STATUS_LABELS: Record<RecommendationStatus, Record<'de' | 'en', string>> = {
  DRAFT: { de: 'Entwurf', en: 'Draft' },
  SUBMITTED: { de: 'Eingereicht', en: 'Submitted' },
  IN_REVIEW: { de: 'In Prüfung', en: 'In review' },
  FEASIBILITY_CHECK: { de: 'Umsetzbarkeitsprüfung', en: 'Feasibility check' },
  AGREED: { de: 'Abgestimmt', en: 'Agreed' },
  NOT_ADOPTED: { de: 'Nicht übernommen', en: 'Not adopted' },
  MERGED: { de: 'Zusammengeführt', en: 'Merged' },
};
