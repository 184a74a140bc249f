import type { OfferKind } from '../../gql/graphql';

/** The languages an offer can be in (copied from libs/contracts OFFER_LANGUAGES; the web does not import libs). */
export const OFFER_LANGUAGES: readonly { code: string; de: string; en: string }[] = [
  { code: 'de', de: 'Deutsch', en: 'German' },
  { code: 'en', de: 'Englisch', en: 'English' },
  { code: 'ar', de: 'Arabisch', en: 'Arabic' },
  { code: 'uk', de: 'Ukrainisch', en: 'Ukrainian' },
  { code: 'ru', de: 'Russisch', en: 'Russian' },
  { code: 'tr', de: 'Türkisch', en: 'Turkish' },
  { code: 'fa', de: 'Persisch (Farsi)', en: 'Persian (Farsi)' },
  { code: 'ku', de: 'Kurdisch', en: 'Kurdish' },
  { code: 'pl', de: 'Polnisch', en: 'Polish' },
  { code: 'ro', de: 'Rumänisch', en: 'Romanian' },
  { code: 'bg', de: 'Bulgarisch', en: 'Bulgarian' },
  { code: 'fr', de: 'Französisch', en: 'French' },
  { code: 'ti', de: 'Tigrinya', en: 'Tigrinya' },
  { code: 'so', de: 'Somali', en: 'Somali' },
  { code: 'ls', de: 'Leichte Sprache', en: 'Easy German' },
  { code: 'dgs', de: 'Deutsche Gebärdensprache', en: 'German Sign Language' },
];

export const OFFER_KINDS: readonly OfferKind[] = ['COURSE', 'COUNSELLING', 'MEETING_PLACE', 'NETWORK', 'OTHER'];

/** A language's name in the interface language; an unknown code stays as it is. */
export function languageName(code: string, uiLanguage: string): string {
  const known = OFFER_LANGUAGES.find((l) => l.code === code);
  if (!known) return code;
  return uiLanguage.startsWith('en') ? known.en : known.de;
}

/** What the public API writes for an offer in every municipality of the region. */
export const WHOLE_REGION = 'alle Kommunen';

/** Offers not confirmed for over a year are flagged. */
export function isStale(confirmedAt: string, now = new Date()): boolean {
  const at = Date.parse(confirmedAt);
  if (Number.isNaN(at)) return false;
  const yearAgo = new Date(now);
  yearAgo.setFullYear(yearAgo.getFullYear() - 1);
  return at < yearAgo.getTime();
}

export interface PublicOfferNames {
  municipalities: readonly string[];
  fieldsOfAction: readonly string[];
  targetGroups: readonly string[];
  languages: readonly string[];
}

export interface WegweiserChoices {
  municipalities: string[];
  fieldsOfAction: string[];
  targetGroups: string[];
  languages: string[];
}

const distinct = (values: Iterable<string>, compare = (a: string, b: string) => a.localeCompare(b, 'de')) =>
  [...new Set(values)].sort(compare);

/**
 * The filter choices of the public Wegweiser, taken from the unfiltered offers
 * (the public API names places, fields and groups, it gives no ids). Languages
 * keep the order of OFFER_LANGUAGES.
 */
export function wegweiserChoices(offers: readonly PublicOfferNames[]): WegweiserChoices {
  const order = (code: string) => {
    const i = OFFER_LANGUAGES.findIndex((l) => l.code === code);
    return i < 0 ? OFFER_LANGUAGES.length : i;
  };
  return {
    municipalities: distinct(offers.flatMap((o) => o.municipalities).filter((m) => m !== WHOLE_REGION)),
    fieldsOfAction: distinct(offers.flatMap((o) => o.fieldsOfAction)),
    targetGroups: distinct(offers.flatMap((o) => o.targetGroups)),
    languages: distinct(
      offers.flatMap((o) => o.languages),
      (a, b) => order(a) - order(b) || a.localeCompare(b),
    ),
  };
}

export interface NameFilter {
  municipality: string;
  fieldOfAction: string;
  targetGroup: string;
}

/** Filters by names (empty: any); an offer for the whole region is in every municipality. */
export function filterByNames<T extends PublicOfferNames>(offers: readonly T[], filter: NameFilter): T[] {
  return offers.filter(
    (o) =>
      (!filter.municipality ||
        o.municipalities.includes(filter.municipality) ||
        o.municipalities.includes(WHOLE_REGION)) &&
      (!filter.fieldOfAction || o.fieldsOfAction.includes(filter.fieldOfAction)) &&
      (!filter.targetGroup || o.targetGroups.includes(filter.targetGroup)),
  );
}

export interface GapCell {
  fieldOfActionId: string;
  municipalityId: string;
  offers: number;
}

export interface GapRow {
  fieldOfActionId: string;
  title: string;
  counts: number[];
  empty: number;
}

/** The gap view's rows: per field of action, the count in each municipality (in the columns' order). */
export function gapMatrix(
  cells: readonly GapCell[],
  fields: readonly { id: string; title: string }[],
  municipalities: readonly { id: string }[],
): GapRow[] {
  const count = new Map(cells.map((c) => [`${c.fieldOfActionId}|${c.municipalityId}`, c.offers]));
  return fields.map((f) => {
    const counts = municipalities.map((m) => count.get(`${f.id}|${m.id}`) ?? 0);
    return { fieldOfActionId: f.id, title: f.title, counts, empty: counts.filter((n) => n === 0).length };
  });
}

export interface Membership {
  revisionId: string;
  organisationId: string | null;
  role: string;
}

/** Who keeps an offer: coordinators, and members of the providing organisation in this revision. */
export function mayKeepOffer(
  organisationId: string,
  revisionId: string,
  coordinates: boolean,
  memberships: readonly Membership[],
): boolean {
  return coordinates || memberships.some((m) => m.revisionId === revisionId && m.organisationId === organisationId);
}

/** The organisations for which the viewer may create offers. */
export function ownOrganisationIds(revisionId: string, memberships: readonly Membership[]): string[] {
  return [
    ...new Set(
      memberships.filter((m) => m.revisionId === revisionId && m.organisationId).map((m) => m.organisationId!),
    ),
  ];
}

/** A website as a link target: without a scheme, https is meant. */
export function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

/** A phone number as a tel: link target (digits and a leading +). */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/[^0-9]/g, '')}`;
}

export interface OfferDraft {
  organisationId: string;
  kind: OfferKind | '';
  title: string;
  description: string;
  municipalityIds: string[];
  fieldOfActionIds: string[];
  targetGroupIds: string[];
  languages: string[];
  accessibility: string;
  contactEmail: string;
  contactPhone: string;
  address: string;
  website: string;
}

export type OfferDraftErrors = Partial<
  Record<'organisationId' | 'kind' | 'title' | 'fieldOfActionIds' | 'languages' | 'contactEmail', 'required' | 'email'>
>;

/** The checks before sending; the API checks ids, languages, website and e-mail again. */
export function checkOfferDraft(d: OfferDraft): OfferDraftErrors {
  const errors: OfferDraftErrors = {};
  if (!d.organisationId) errors.organisationId = 'required';
  if (!d.kind) errors.kind = 'required';
  if (!d.title.trim()) errors.title = 'required';
  if (d.fieldOfActionIds.length === 0) errors.fieldOfActionIds = 'required';
  if (d.languages.length === 0) errors.languages = 'required';
  if (d.contactEmail.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(d.contactEmail.trim())) errors.contactEmail = 'email';
  return errors;
}

const orNull = (s: string) => s.trim() || null;

/** The draft as the API's OfferInput. */
export function offerInput(d: OfferDraft) {
  return {
    organisationId: d.organisationId,
    kind: d.kind as OfferKind,
    title: d.title.trim(),
    description: d.description.trim(),
    municipalityIds: d.municipalityIds,
    fieldOfActionIds: d.fieldOfActionIds,
    targetGroupIds: d.targetGroupIds,
    languages: d.languages,
    accessibility: orNull(d.accessibility),
    contactEmail: orNull(d.contactEmail),
    contactPhone: orNull(d.contactPhone),
    address: orNull(d.address),
    website: orNull(d.website),
  };
}

export function emptyDraft(organisationId = ''): OfferDraft {
  return {
    organisationId,
    kind: '',
    title: '',
    description: '',
    municipalityIds: [],
    fieldOfActionIds: [],
    targetGroupIds: [],
    languages: ['de'],
    accessibility: '',
    contactEmail: '',
    contactPhone: '',
    address: '',
    website: '',
  };
}

export function draftOf(
  o: Omit<OfferDraft, 'kind' | 'accessibility' | 'contactEmail' | 'contactPhone' | 'address' | 'website'> & {
    kind: OfferKind;
    accessibility: string | null;
    contactEmail: string | null;
    contactPhone: string | null;
    address: string | null;
    website: string | null;
  },
): OfferDraft {
  return {
    organisationId: o.organisationId,
    kind: o.kind,
    title: o.title,
    description: o.description,
    municipalityIds: [...o.municipalityIds],
    fieldOfActionIds: [...o.fieldOfActionIds],
    targetGroupIds: [...o.targetGroupIds],
    languages: [...o.languages],
    accessibility: o.accessibility ?? '',
    contactEmail: o.contactEmail ?? '',
    contactPhone: o.contactPhone ?? '',
    address: o.address ?? '',
    website: o.website ?? '',
  };
}
