/** A section as the page needs it. */
export interface SectionData {
  id: string;
  parentId: string | null;
  position: number;
  kind: string;
  title: string;
  body: string;
  liveHtml: string;
  version: number;
}

export interface SectionNode<T extends SectionData = SectionData> {
  section: T;
  children: SectionNode<T>[];
}

/** The sections as a tree in reading order: by parentId, siblings by position (then id, as the server does). */
export function sectionTree<T extends SectionData>(sections: readonly T[]): SectionNode<T>[] {
  const byParent = new Map<string | null, T[]>();
  for (const s of sections) byParent.set(s.parentId, [...(byParent.get(s.parentId) ?? []), s]);
  for (const list of byParent.values()) list.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const build = (parentId: string | null, seen: Set<string>): SectionNode<T>[] =>
    (byParent.get(parentId) ?? [])
      .filter((s) => !seen.has(s.id))
      .map((s) => ({ section: s, children: build(s.id, new Set([...seen, s.id])) }));
  return build(null, new Set());
}

/** The anchor of a section on the page. */
export const anchorOf = (id: string) => `abschnitt-${id}`;

/**
 * Wraps the tables of sanitized HTML (the server writes bare `<table>`) in a
 * focusable, labelled region that scrolls sideways on narrow screens.
 */
export function withScrollableTables(html: string, label: string): string {
  const escaped = label.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return html
    .replace(/<table>/g, `<div class="concept-scroll" role="region" tabindex="0" aria-label="${escaped}"><table>`)
    .replace(/<\/table>/g, '</table></div>');
}
