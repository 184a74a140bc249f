import type { Locale } from './enums';

/** What a section of the concept is; the template creates one of each, one FIELD_OF_ACTION per field. */
export enum ConceptSectionKind {
  INTRODUCTION = 'INTRODUCTION',
  GUIDING_PRINCIPLES = 'GUIDING_PRINCIPLES',
  DATA_AND_FACTS = 'DATA_AND_FACTS',
  STRUCTURES = 'STRUCTURES',
  FIELDS_OF_ACTION = 'FIELDS_OF_ACTION',
  FIELD_OF_ACTION = 'FIELD_OF_ACTION',
  IMPLEMENTATION = 'IMPLEMENTATION',
  CUSTOM = 'CUSTOM',
}

export enum ReviewRoundStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** Stellungnahme: the formal answer of a municipality to a review round. */
export enum StatementKind {
  APPROVED = 'APPROVED',
  APPROVED_WITH_REMARKS = 'APPROVED_WITH_REMARKS',
  OBJECTION = 'OBJECTION',
}

/** Abwägung: how the coordination answers a comment. */
export enum DispositionKind {
  ACCEPTED = 'ACCEPTED',
  PARTLY = 'PARTLY',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
}

/** Where a municipality stands in a round, as the status board shows it. */
export enum ReviewProgress {
  NOT_OPENED = 'NOT_OPENED',
  READING = 'READING',
  COMMENTED = 'COMMENTED',
  STATEMENT_GIVEN = 'STATEMENT_GIVEN',
}

export const STATEMENT_LABELS: Record<StatementKind, Record<Locale, string>> = {
  APPROVED: { de: 'Zustimmung', en: 'Approved' },
  APPROVED_WITH_REMARKS: { de: 'Zustimmung mit Anmerkungen', en: 'Approved with remarks' },
  OBJECTION: { de: 'Einwand', en: 'Objection' },
};

export const DISPOSITION_LABELS: Record<DispositionKind, Record<Locale, string>> = {
  ACCEPTED: { de: 'berücksichtigt', en: 'accepted' },
  PARTLY: { de: 'teilweise berücksichtigt', en: 'partly accepted' },
  NOT_ACCEPTED: { de: 'nicht berücksichtigt', en: 'not accepted' },
};

/** Beschluss: what the body (e.g. the Kreistag) resolved on the final version. */
export enum AdoptionResult {
  ADOPTED = 'ADOPTED',
  ADOPTED_WITH_CHANGES = 'ADOPTED_WITH_CHANGES',
  POSTPONED = 'POSTPONED',
  REJECTED = 'REJECTED',
}

export const ADOPTION_LABELS: Record<AdoptionResult, Record<Locale, string>> = {
  ADOPTED: { de: 'beschlossen', en: 'adopted' },
  ADOPTED_WITH_CHANGES: { de: 'mit Änderungen beschlossen', en: 'adopted with changes' },
  POSTPONED: { de: 'vertagt', en: 'postponed' },
  REJECTED: { de: 'abgelehnt', en: 'rejected' },
};

/** What kind of offer an entry of the Wegweiser is. */
export enum OfferKind {
  COURSE = 'COURSE',
  COUNSELLING = 'COUNSELLING',
  MEETING_PLACE = 'MEETING_PLACE',
  NETWORK = 'NETWORK',
  OTHER = 'OTHER',
}

/** Languages offers name, as ISO 639-1 codes, with their names in German and English. */
export const OFFER_LANGUAGES: Record<string, Record<Locale, string>> = {
  de: { de: 'Deutsch', en: 'German' },
  en: { de: 'Englisch', en: 'English' },
  ar: { de: 'Arabisch', en: 'Arabic' },
  uk: { de: 'Ukrainisch', en: 'Ukrainian' },
  ru: { de: 'Russisch', en: 'Russian' },
  tr: { de: 'Türkisch', en: 'Turkish' },
  fa: { de: 'Persisch (Farsi)', en: 'Persian (Farsi)' },
  ku: { de: 'Kurdisch', en: 'Kurdish' },
  pl: { de: 'Polnisch', en: 'Polish' },
  ro: { de: 'Rumänisch', en: 'Romanian' },
  bg: { de: 'Bulgarisch', en: 'Bulgarian' },
  fr: { de: 'Französisch', en: 'French' },
  ti: { de: 'Tigrinya', en: 'Tigrinya' },
  so: { de: 'Somali', en: 'Somali' },
  ls: { de: 'Leichte Sprache', en: 'Easy German' },
  dgs: { de: 'Deutsche Gebärdensprache', en: 'German Sign Language' },
};
