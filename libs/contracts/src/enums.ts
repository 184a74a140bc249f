/** Kinds of region (tenant) a Kommunales Integrationszentrum serves. */
export enum RegionKind {
  KREIS = 'KREIS',
  KREISFREIE_STADT = 'KREISFREIE_STADT',
}

export enum MunicipalityKind {
  STADT = 'STADT',
  GEMEINDE = 'GEMEINDE',
  STADTBEZIRK = 'STADTBEZIRK',
}

export enum OrganisationType {
  ADMINISTRATION = 'ADMINISTRATION',
  WELFARE_ASSOCIATION = 'WELFARE_ASSOCIATION',
  EDUCATION_PROVIDER = 'EDUCATION_PROVIDER',
  MIGRANT_ORGANISATION = 'MIGRANT_ORGANISATION',
  JOBCENTER = 'JOBCENTER',
  NETWORK = 'NETWORK',
  ASSOCIATION = 'ASSOCIATION',
  OTHER = 'OTHER',
}

/** Roles a person holds within one revision. */
export enum RevisionRole {
  PARTICIPANT = 'PARTICIPANT',
  MUNICIPAL_REVIEWER = 'MUNICIPAL_REVIEWER',
  IMPLEMENTING_ACTOR = 'IMPLEMENTING_ACTOR',
  OBSERVER = 'OBSERVER',
}

/** What an invitation makes of the person who accepts it. */
export enum InvitationRole {
  COORDINATOR = 'COORDINATOR',
  PARTICIPANT = 'PARTICIPANT',
  MUNICIPAL_REVIEWER = 'MUNICIPAL_REVIEWER',
  IMPLEMENTING_ACTOR = 'IMPLEMENTING_ACTOR',
  OBSERVER = 'OBSERVER',
}

export enum PhaseKind {
  INVENTORY = 'INVENTORY',
  SURVEY = 'SURVEY',
  CONFERENCE = 'CONFERENCE',
  WORKSHOPS = 'WORKSHOPS',
  FINALISATION = 'FINALISATION',
}

/** The order in which the phases of a revision follow each other. */
export const PHASE_ORDER: readonly PhaseKind[] = [
  PhaseKind.INVENTORY,
  PhaseKind.SURVEY,
  PhaseKind.CONFERENCE,
  PhaseKind.WORKSHOPS,
  PhaseKind.FINALISATION,
];

export enum PhaseState {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

export enum OutboxStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

export type Locale = 'de' | 'en';
export const LOCALES: readonly Locale[] = ['de', 'en'];

export const PHASE_LABELS: Record<PhaseKind, Record<Locale, string>> = {
  INVENTORY: { de: 'Bestandsaufnahme', en: 'Inventory' },
  SURVEY: { de: 'Online-Umfrage und Interviews', en: 'Survey and interviews' },
  CONFERENCE: { de: 'Integrationskonferenz', en: 'Integration conference' },
  WORKSHOPS: { de: 'Workshop-Phase', en: 'Workshops' },
  FINALISATION: { de: 'Finalisierung', en: 'Finalisation' },
};

export const PHASE_STATE_LABELS: Record<PhaseState, Record<Locale, string>> = {
  PLANNED: { de: 'geplant', en: 'planned' },
  ACTIVE: { de: 'aktiv', en: 'active' },
  CLOSED: { de: 'abgeschlossen', en: 'closed' },
};
