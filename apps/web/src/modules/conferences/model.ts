import type { ParticipantRole, RegistrationStatus } from '../../gql/graphql';
import { fromInputValue, toInputValue } from './datetime';

/** The order the roles are offered in, like the API's enumeration. */
export const PARTICIPANT_ROLES: readonly ParticipantRole[] = [
  'PROFESSIONAL',
  'VOLUNTEER',
  'CITIZEN',
  'MIGRATION_HISTORY',
];

export const REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['CONFIRMED', 'WAITLISTED', 'CANCELLED'];

/** Ranked workshop wishes a registration may give (the API's limit). */
export const MAX_WISHES = 3;

/** What a form field is missing; the interface words each under conference.problems. */
export type Problem =
  | 'required'
  | 'invalidEmail'
  | 'roleRequired'
  | 'consentRequired'
  | 'invalidDateTime'
  | 'endBeforeStart'
  | 'closesBeforeOpens'
  | 'closesAfterEnd'
  | 'invalidCapacity'
  | 'slotOutsideConference';

export type Problems<K extends string> = Partial<Record<K, Problem>>;

export const hasProblems = (problems: Problems<string>) => Object.values(problems).some(Boolean);

// ---------------------------------------------------------------- workshop wishes

/** How many wish selects to offer: one per workshop, at most three. */
export const wishSlots = (workshopCount: number) => Math.min(MAX_WISHES, workshopCount);

/** The workshops a wish select offers: all but those chosen in the other selects. */
export function wishOptions<W extends { id: string }>(
  workshops: readonly W[],
  wishes: readonly string[],
  index: number,
) {
  const taken = new Set(wishes.filter((id, i) => id && i !== index));
  return workshops.filter((w) => !taken.has(w.id));
}

/** Sets one wish; the same workshop is removed from any other rank, so each counts once. */
export function setWish(wishes: readonly string[], index: number, workshopId: string): string[] {
  const next = Array.from({ length: Math.max(wishes.length, index + 1) }, (_, i) =>
    wishes[i] === workshopId && workshopId ? '' : (wishes[i] ?? ''),
  );
  next[index] = workshopId;
  return next;
}

/** The wishes as the API takes them: first choice first, gaps closed, each once, at most three. */
export function preferencesOf(wishes: readonly string[]): string[] {
  return [...new Set(wishes.filter(Boolean))].slice(0, MAX_WISHES);
}

// ---------------------------------------------------------------- registration

export interface RegistrationDraft {
  name: string;
  email: string;
  organisation: string;
  municipalityId: string;
  role: ParticipantRole | '';
  accessibilityNeeds: string;
  wishes: string[];
  consent: boolean;
}

export type RegistrationField = 'name' | 'email' | 'role' | 'consent';

export const EMPTY_REGISTRATION: RegistrationDraft = {
  name: '',
  email: '',
  organisation: '',
  municipalityId: '',
  role: '',
  accessibilityNeeds: '',
  wishes: [],
  consent: false,
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The server's rules, checked before sending: name, a valid address, a role, the consent. */
export function checkRegistration(draft: RegistrationDraft): Problems<RegistrationField> {
  const problems: Problems<RegistrationField> = {};
  if (!draft.name.trim()) problems.name = 'required';
  if (!draft.email.trim()) problems.email = 'required';
  else if (!EMAIL.test(draft.email.trim())) problems.email = 'invalidEmail';
  if (!draft.role) problems.role = 'roleRequired';
  if (!draft.consent) problems.consent = 'consentRequired';
  return problems;
}

const optional = (value: string) => value.trim() || null;

export function registerInput(conferenceId: string, privacyTextVersion: number, draft: RegistrationDraft) {
  return {
    conferenceId,
    privacyTextVersion,
    name: draft.name.trim(),
    email: draft.email.trim(),
    organisation: optional(draft.organisation),
    municipalityId: draft.municipalityId || null,
    role: draft.role as ParticipantRole,
    accessibilityNeeds: optional(draft.accessibilityNeeds),
    preferences: preferencesOf(draft.wishes),
    consent: draft.consent,
  };
}

// ---------------------------------------------------------------- conference (coordinators)

/** Date-times as the inputs hold them (Berlin wall clock), numbers as typed. */
export interface ConferenceDraft {
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  venue: string;
  address: string;
  capacity: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  privacyTextDe: string;
  privacyTextEn: string;
}

export type ConferenceField = keyof ConferenceDraft;

export const EMPTY_CONFERENCE: ConferenceDraft = {
  title: '',
  description: '',
  startsAt: '',
  endsAt: '',
  venue: '',
  address: '',
  capacity: '',
  registrationOpensAt: '',
  registrationClosesAt: '',
  privacyTextDe: '',
  privacyTextEn: '',
};

export function conferenceDraftOf(c: {
  title: string;
  description: string | null;
  startsAt: string;
  endsAt: string;
  venue: string;
  address: string | null;
  capacity: number;
  registrationOpensAt: string;
  registrationClosesAt: string;
}): ConferenceDraft {
  return {
    title: c.title,
    description: c.description ?? '',
    startsAt: toInputValue(c.startsAt),
    endsAt: toInputValue(c.endsAt),
    venue: c.venue,
    address: c.address ?? '',
    capacity: String(c.capacity),
    registrationOpensAt: toInputValue(c.registrationOpensAt),
    registrationClosesAt: toInputValue(c.registrationClosesAt),
    privacyTextDe: '',
    privacyTextEn: '',
  };
}

/** A whole number of places from 0 to 100 000 (the API's range), or null. */
export function parseCapacity(value: string): number | null {
  if (!/^\s*\d+\s*$/.test(value)) return null;
  const n = Number(value);
  return n <= 100_000 ? n : null;
}

function checkInstant<K extends string>(problems: Problems<K>, field: K, value: string): string | null {
  if (!value.trim()) {
    problems[field] = 'required';
    return null;
  }
  const iso = fromInputValue(value);
  if (!iso) problems[field] = 'invalidDateTime';
  return iso;
}

/** The API's rules for a conference: required facts, the event ends after it starts, registration closes after it opens and not after the event. */
export function checkConference(draft: ConferenceDraft, withPrivacyText: boolean): Problems<ConferenceField> {
  const problems: Problems<ConferenceField> = {};
  if (!draft.title.trim()) problems.title = 'required';
  if (!draft.venue.trim()) problems.venue = 'required';
  const starts = checkInstant(problems, 'startsAt', draft.startsAt);
  const ends = checkInstant(problems, 'endsAt', draft.endsAt);
  const opens = checkInstant(problems, 'registrationOpensAt', draft.registrationOpensAt);
  const closes = checkInstant(problems, 'registrationClosesAt', draft.registrationClosesAt);
  if (starts && ends && ends <= starts) problems.endsAt = 'endBeforeStart';
  if (opens && closes && closes <= opens) problems.registrationClosesAt = 'closesBeforeOpens';
  else if (closes && ends && closes > ends) problems.registrationClosesAt = 'closesAfterEnd';
  if (!draft.capacity.trim()) problems.capacity = 'required';
  else if (parseCapacity(draft.capacity) === null) problems.capacity = 'invalidCapacity';
  if (withPrivacyText) {
    if (!draft.privacyTextDe.trim()) problems.privacyTextDe = 'required';
    if (!draft.privacyTextEn.trim()) problems.privacyTextEn = 'required';
  }
  return problems;
}

/** The facts as the API takes them (call after checkConference found nothing). */
export function conferenceFieldsInput(draft: ConferenceDraft) {
  return {
    title: draft.title.trim(),
    description: optional(draft.description),
    startsAt: fromInputValue(draft.startsAt),
    endsAt: fromInputValue(draft.endsAt),
    venue: draft.venue.trim(),
    address: optional(draft.address),
    capacity: parseCapacity(draft.capacity),
    registrationOpensAt: fromInputValue(draft.registrationOpensAt),
    registrationClosesAt: fromInputValue(draft.registrationClosesAt),
  };
}

/** The facts a new conference must have, all of them (call after checkConference found nothing). */
export function newConferenceFields(draft: ConferenceDraft) {
  const fields = conferenceFieldsInput(draft);
  const { startsAt, endsAt, capacity, registrationOpensAt, registrationClosesAt } = fields;
  if (
    startsAt === null ||
    endsAt === null ||
    capacity === null ||
    registrationOpensAt === null ||
    registrationClosesAt === null
  ) {
    throw new Error('A new conference needs every date and its capacity: check the draft first.');
  }
  return { ...fields, startsAt, endsAt, capacity, registrationOpensAt, registrationClosesAt };
}

// ---------------------------------------------------------------- workshops

export interface WorkshopDraft {
  title: string;
  fieldOfActionId: string;
  slotStartsAt: string;
  slotEndsAt: string;
  room: string;
  capacity: string;
}

export type WorkshopField = keyof WorkshopDraft;

export function workshopDraftOf(w: {
  title: string;
  fieldOfActionId: string | null;
  slotStartsAt: string;
  slotEndsAt: string;
  room: string;
  capacity: number;
}): WorkshopDraft {
  return {
    title: w.title,
    fieldOfActionId: w.fieldOfActionId ?? '',
    slotStartsAt: toInputValue(w.slotStartsAt),
    slotEndsAt: toInputValue(w.slotEndsAt),
    room: w.room,
    capacity: String(w.capacity),
  };
}

/** A new workshop starts with the conference's times, which most sessions share. */
export const newWorkshopDraft = (conference: { startsAt: string; endsAt: string }): WorkshopDraft => ({
  title: '',
  fieldOfActionId: '',
  slotStartsAt: toInputValue(conference.startsAt),
  slotEndsAt: toInputValue(conference.endsAt),
  room: '',
  capacity: '',
});

/** The API's rules for a workshop: title, room, places, a slot within the conference. */
export function checkWorkshop(
  draft: WorkshopDraft,
  conference: { startsAt: string; endsAt: string },
): Problems<WorkshopField> {
  const problems: Problems<WorkshopField> = {};
  if (!draft.title.trim()) problems.title = 'required';
  if (!draft.room.trim()) problems.room = 'required';
  if (!draft.capacity.trim()) problems.capacity = 'required';
  else if (parseCapacity(draft.capacity) === null) problems.capacity = 'invalidCapacity';
  const starts = checkInstant(problems, 'slotStartsAt', draft.slotStartsAt);
  const ends = checkInstant(problems, 'slotEndsAt', draft.slotEndsAt);
  if (starts && ends && ends <= starts) problems.slotEndsAt = 'endBeforeStart';
  else if (starts && ends) {
    const within = (iso: string) =>
      Date.parse(iso) >= Date.parse(conference.startsAt) && Date.parse(iso) <= Date.parse(conference.endsAt);
    if (!within(starts)) problems.slotStartsAt = 'slotOutsideConference';
    if (!within(ends)) problems.slotEndsAt = 'slotOutsideConference';
  }
  return problems;
}

/** The instant of a date-time field that checkWorkshop or checkConference accepted. */
function checkedInstant(value: string): string {
  const iso = fromInputValue(value);
  if (!iso) throw new Error(`not a checked date-time: ${value}`);
  return iso;
}

export function workshopInput(draft: WorkshopDraft) {
  return {
    title: draft.title.trim(),
    fieldOfActionId: draft.fieldOfActionId || null,
    slotStartsAt: checkedInstant(draft.slotStartsAt),
    slotEndsAt: checkedInstant(draft.slotEndsAt),
    room: draft.room.trim(),
    capacity: parseCapacity(draft.capacity) ?? 0,
  };
}

// ---------------------------------------------------------------- counts

/**
 * The shares of the counts picture, in percent of its width: the confirmed
 * places, the free ones, and the waiting list beyond the capacity.
 */
export function countShares(counts: { confirmed: number; waitlisted: number }, capacity: number) {
  const total = Math.max(capacity, counts.confirmed) + counts.waitlisted;
  if (total === 0) return { confirmed: 0, free: 0, waitlisted: 0 };
  const share = (n: number) => Math.round((n / total) * 1000) / 10;
  return {
    confirmed: share(counts.confirmed),
    free: share(Math.max(0, capacity - counts.confirmed)),
    waitlisted: share(counts.waitlisted),
  };
}
