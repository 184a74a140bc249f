import { ConceptSectionKind } from '@konzeptwerk/contracts';
import type { VersionSection } from './text';

/** What a section shows beneath its own text, live from the revision: goals and agreed recommendations. */
export interface LiveContent {
  /** Guiding goals (no field of action) and goals per field of action, in their order. */
  goals: { fieldOfActionId: string | null; text: string }[];
  /** Agreed recommendations per field of action, by reference. */
  recommendations: { fieldOfActionId: string; reference: string; title: string; rationale: string }[];
  /** The inventory's indicators with their latest year's values, for the chapter "Daten und Fakten". */
  indicators?: {
    name: string;
    unit: string;
    source: string;
    year: number;
    values: { municipality: string; value: number }[];
  }[];
}

const NUMBER = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });

/** An indicator's latest figures as a table with a caption naming year and source, largest first. */
function indicatorTable(i: NonNullable<LiveContent['indicators']>[number]): string {
  const rows = [...i.values]
    .sort((a, b) => b.value - a.value || a.municipality.localeCompare(b.municipality, 'de'))
    .map((v) => `<tr><td>${escape(v.municipality)}</td><td>${escape(NUMBER.format(v.value))}</td></tr>`)
    .join('');
  return (
    `<h3>${escape(i.name)}</h3>` +
    `<p>${escape(`${i.year}, in ${i.unit}. Quelle: ${i.source}.`)}</p>` +
    `<table><thead><tr><th scope="col">Kommune</th><th scope="col">${escape(i.unit)}</th></tr></thead><tbody>${rows}</tbody></table>`
  );
}

export interface SectionRow {
  id: string;
  parentId: string | null;
  position: number;
  kind: ConceptSectionKind;
  fieldOfActionId: string | null;
  title: string;
  body: string;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The HTML a section adds below its body: the goals as a list, the agreed recommendations with their rationale. */
export function liveHtml(section: Pick<SectionRow, 'kind' | 'fieldOfActionId'>, live: LiveContent): string {
  const parts: string[] = [];
  if (section.kind === ConceptSectionKind.DATA_AND_FACTS)
    for (const indicator of live.indicators ?? []) if (indicator.values.length) parts.push(indicatorTable(indicator));
  const field = section.kind === ConceptSectionKind.FIELD_OF_ACTION ? section.fieldOfActionId : null;
  const goals =
    section.kind === ConceptSectionKind.GUIDING_PRINCIPLES
      ? live.goals.filter((g) => g.fieldOfActionId === null)
      : field
        ? live.goals.filter((g) => g.fieldOfActionId === field)
        : [];
  if (goals.length)
    parts.push(
      `<h3>${section.kind === ConceptSectionKind.GUIDING_PRINCIPLES ? 'Leitziele' : 'Ziele'}</h3>`,
      `<ul>${goals.map((g) => `<li>${escape(g.text)}</li>`).join('')}</ul>`,
    );
  const recommendations = field ? live.recommendations.filter((r) => r.fieldOfActionId === field) : [];
  if (recommendations.length) {
    parts.push('<h3>Handlungsempfehlungen</h3>');
    for (const r of recommendations) parts.push(`<h4>${escape(`${r.reference} ${r.title}`)}</h4>`, r.rationale);
  }
  return parts.join('');
}

/** The sections in reading order (depth first, by position), each with its level (1 for chapters). */
export function inReadingOrder<T extends Pick<SectionRow, 'id' | 'parentId' | 'position'>>(
  sections: T[],
): (T & { level: number })[] {
  const children = new Map<string | null, T[]>();
  for (const s of sections) children.set(s.parentId, [...(children.get(s.parentId) ?? []), s]);
  for (const list of children.values()) list.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const out: (T & { level: number })[] = [];
  const walk = (parentId: string | null, level: number) => {
    for (const s of children.get(parentId) ?? []) {
      out.push({ ...s, level });
      walk(s.id, level + 1);
    }
  };
  walk(null, 1);
  return out;
}

/** The frozen form of the draft: every section with its body and what it shows live, as one HTML each. */
export function freezeSections(sections: SectionRow[], live: LiveContent): VersionSection[] {
  return inReadingOrder(sections).map((s) => ({
    id: s.id,
    parentId: s.parentId,
    level: s.level,
    title: s.title,
    html: s.body + liveHtml(s, live),
  }));
}

/** The chapters a new draft starts with; fields of action become sub-chapters of "Handlungsfelder". */
export const TEMPLATE: { kind: ConceptSectionKind; title: string; body: string }[] = [
  {
    kind: ConceptSectionKind.INTRODUCTION,
    title: 'Einleitung',
    body: '<p>Anlass und Auftrag der Fortschreibung, Beteiligte und Vorgehen.</p>',
  },
  {
    kind: ConceptSectionKind.GUIDING_PRINCIPLES,
    title: 'Leitbild und Leitziele',
    body: '<p>Das Verständnis von Integration, das diesem Konzept zugrunde liegt.</p>',
  },
  {
    kind: ConceptSectionKind.DATA_AND_FACTS,
    title: 'Daten und Fakten',
    body: '<p>Die Ausgangslage in den Kommunen des Kreises.</p>',
  },
  {
    kind: ConceptSectionKind.STRUCTURES,
    title: 'Strukturen und Netzwerke',
    body: '<p>Wer in der Integrationsarbeit zusammenarbeitet und wie.</p>',
  },
  { kind: ConceptSectionKind.FIELDS_OF_ACTION, title: 'Handlungsfelder', body: '' },
  {
    kind: ConceptSectionKind.IMPLEMENTATION,
    title: 'Umsetzung und Monitoring',
    body: '<p>Wie die Empfehlungen umgesetzt und ihr Stand regelmäßig berichtet wird.</p>',
  },
];
