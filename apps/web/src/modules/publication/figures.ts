/** A table of figures in a published chapter: the inventory's indicators as the concept carries them. */
export interface FigureTable {
  title: string;
  note: string;
  unit: string;
  rows: { name: string; value: number; text: string }[];
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** "1.234,5" → 1234.5 (the concept writes its figures the German way). */
const germanNumber = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));

const FIGURE =
  /<h3>([^<]*)<\/h3><p>([^<]*)<\/p><table><thead><tr><th scope="col">Kommune<\/th><th scope="col">([^<]*)<\/th><\/tr><\/thead><tbody>((?:<tr><td>[^<]*<\/td><td>[^<]*<\/td><\/tr>)+)<\/tbody><\/table>/g;
const ROW = /<tr><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g;

/**
 * The figure tables of a chapter's HTML, exactly as the server writes them for "Daten und Fakten" (a heading,
 * a line with year and source, a table of municipality and value); anything else is left as text.
 */
export function figureTables(html: string): FigureTable[] {
  return [...html.matchAll(FIGURE)].map(([, title, note, unit, body]) => ({
    title: unescape(title),
    note: unescape(note),
    unit: unescape(unit),
    rows: [...body.matchAll(ROW)]
      .map(([, name, text]) => ({ name: unescape(name), text: unescape(text), value: germanNumber(unescape(text)) }))
      .filter((r) => Number.isFinite(r.value)),
  }));
}
