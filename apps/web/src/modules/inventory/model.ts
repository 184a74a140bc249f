/**
 * Pure helpers of the Daten-und-Fakten page: reading numbers as people type
 * them, the years and municipalities a chart shows, the five classes of the
 * map-like grid and its tiles' places, and the answers of the import.
 */

export interface IndicatorValueItem {
  id: string;
  municipalityId: string;
  municipalityName: string;
  year: number;
  value: number;
  version: number;
}

export interface MunicipalityItem {
  id: string;
  name: string;
}

// ---------------------------------------------------------------- numbers

/**
 * A number as people write it in German or English: "1.234,5", "1234,5",
 * "1234.5", "1 234", "-3"; null for anything else. Reads like the import does.
 */
export function parseNumber(text: string): number | null {
  const t = text.replace(/[\s\u00a0]/g, '');
  if (!t) return null;
  let canonical: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) canonical = t.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(t)) canonical = t.replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) canonical = t.replace(/,/g, '');
  else if (/^-?\d+(\.\d+)?$/.test(t)) canonical = t;
  else return null;
  const n = Number(canonical);
  return Number.isFinite(n) ? n : null;
}

/** A value in the page language, with at most two decimals: 1.234,5 or 1,234.5. */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 2 }).format(value);
}

/** A value with its unit, e.g. "1.234,5 Personen" or "12,5 %". */
export const formatValue = (value: number, unit: string, language: string) =>
  `${formatNumber(value, language)}${unit ? ` ${unit}` : ''}`;

/** The value as the correction field starts with it: the page language's decimal mark, no thousands separators. */
export function inputText(value: number, language: string): string {
  const text = String(Math.round(value * 1e6) / 1e6);
  return language === 'en' ? text : text.replace('.', ',');
}

// ---------------------------------------------------------------- years and municipalities

/** The years with values, earliest first. */
export const yearsOf = (values: readonly IndicatorValueItem[]) =>
  [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);

/** The values of one year by municipality. */
export function valuesInYear(values: readonly IndicatorValueItem[], year: number): Map<string, IndicatorValueItem> {
  return new Map(values.filter((v) => v.year === year).map((v) => [v.municipalityId, v]));
}

/**
 * The municipalities a chart over the years follows: the `count` with the
 * largest values in the latest year (ties by name), largest first.
 */
export function largestMunicipalities(values: readonly IndicatorValueItem[], count: number): MunicipalityItem[] {
  const years = yearsOf(values);
  if (!years.length) return [];
  const latest = years[years.length - 1];
  return values
    .filter((v) => v.year === latest)
    .sort((a, b) => b.value - a.value || a.municipalityName.localeCompare(b.municipalityName, 'de'))
    .slice(0, count)
    .map((v) => ({ id: v.municipalityId, name: v.municipalityName }));
}

export interface Series {
  municipality: MunicipalityItem;
  /** One entry per year, null where the year has no value. */
  points: { year: number; value: number | null }[];
}

/** The values of the given municipalities over the given years. */
export function seriesOf(
  values: readonly IndicatorValueItem[],
  municipalities: readonly MunicipalityItem[],
  years: readonly number[],
): Series[] {
  const byKey = new Map(values.map((v) => [`${v.municipalityId}:${v.year}`, v.value]));
  return municipalities.map((municipality) => ({
    municipality,
    points: years.map((year) => ({ year, value: byKey.get(`${municipality.id}:${year}`) ?? null })),
  }));
}

/** The comparison of one year: every municipality with a value, largest first (ties by name). */
export function ranking(values: readonly IndicatorValueItem[], year: number): IndicatorValueItem[] {
  return values
    .filter((v) => v.year === year)
    .sort((a, b) => b.value - a.value || a.municipalityName.localeCompare(b.municipalityName, 'de'));
}

// ---------------------------------------------------------------- scales and classes

/** A round upper end for an axis starting at zero: 1, 2, 2.5 or 5 times a power of ten, at least `max`. */
export function niceCeiling(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((f) => f * power >= max - 1e-9)!;
  return step * power;
}

/** Where a bar of `value` ends, in percent of the longest one; negative values count as none. */
export function barShare(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.min(100, (value / max) * 100);
}

export interface ValueClass {
  from: number;
  to: number;
}

export const CLASS_COUNT = 5;

/**
 * Five classes of equal width from the smallest to the largest value, for
 * shading the tiles; one class when all values are the same, none without values.
 */
export function valueClasses(values: readonly number[]): ValueClass[] {
  if (!values.length) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return [{ from: min, to: max }];
  const width = (max - min) / CLASS_COUNT;
  return Array.from({ length: CLASS_COUNT }, (_, i) => ({
    from: min + i * width,
    to: i === CLASS_COUNT - 1 ? max : min + (i + 1) * width,
  }));
}

/** The class of a value (0 = smallest); the upper bound belongs to the lower class, the largest value to the last. */
export function classOf(value: number, classes: readonly ValueClass[]): number {
  const index = classes.findIndex((c) => value <= c.to);
  return index < 0 ? classes.length - 1 : index;
}

// ---------------------------------------------------------------- the map-like grid

export interface Tile {
  municipality: MunicipalityItem;
  row: number;
  column: number;
}

/** Kreis Gütersloh, roughly as it lies: the Teutoburg Forest in the north-east, the Ems in the south-west. */
const GUETERSLOH: Record<string, [row: number, column: number]> = {
  Versmold: [0, 0],
  Borgholzhausen: [0, 1],
  'Halle (Westf.)': [0, 2],
  'Werther (Westf.)': [0, 3],
  Harsewinkel: [1, 0],
  Gütersloh: [1, 2],
  Steinhagen: [1, 3],
  'Herzebrock-Clarholz': [2, 0],
  'Rheda-Wiedenbrück': [2, 1],
  Verl: [2, 2],
  'Schloß Holte-Stukenbrock': [2, 3],
  Langenberg: [3, 1],
  Rietberg: [3, 2],
};

export const GRID_COLUMNS = 4;

/** Where the long names of Kreis Gütersloh may break in a narrow tile (soft hyphens). */
const BREAKS: Record<string, string> = {
  Borgholzhausen: 'Borg\u00adholz\u00adhausen',
  Harsewinkel: 'Harse\u00adwinkel',
  Gütersloh: 'Güters\u00adloh',
  Steinhagen: 'Stein\u00adhagen',
  Langenberg: 'Langen\u00adberg',
  'Herzebrock-Clarholz': 'Herze\u00adbrock-Clar\u00adholz',
  'Rheda-Wiedenbrück': 'Rheda-Wieden\u00adbrück',
  'Schloß Holte-Stukenbrock': 'Schloß Holte-Stuken\u00adbrock',
  'Werther (Westf.)': 'Wer\u00adther (Westf.)',
};

/** A municipality's name as a tile writes it, with places to break long words. */
export const tileName = (name: string) => BREAKS[name] ?? name;

/**
 * The tiles of the region's municipalities: where they lie for Kreis
 * Gütersloh, otherwise alphabetically, four to a row.
 */
export function gridTiles(municipalities: readonly MunicipalityItem[]): Tile[] {
  if (municipalities.length > 0 && municipalities.every((m) => m.name in GUETERSLOH)) {
    return municipalities
      .map((municipality) => {
        const [row, column] = GUETERSLOH[municipality.name];
        return { municipality, row, column };
      })
      .sort((a, b) => a.row - b.row || a.column - b.column);
  }
  return [...municipalities]
    .sort((a, b) => a.name.localeCompare(b.name, 'de'))
    .map((municipality, i) => ({ municipality, row: Math.floor(i / GRID_COLUMNS), column: i % GRID_COLUMNS }));
}

// ---------------------------------------------------------------- the indicator form

export interface IndicatorDraft {
  name: string;
  unit: string;
  source: string;
  description: string;
  /** Whether its latest figures stand in the concept's chapter "Daten und Fakten". */
  inConcept: boolean;
}

export type IndicatorField = Exclude<keyof IndicatorDraft, 'inConcept'>;

export const EMPTY_INDICATOR: IndicatorDraft = { name: '', unit: '', source: '', description: '', inConcept: false };

export const indicatorDraftOf = (i: {
  name: string;
  unit: string;
  source: string;
  description: string | null;
  inConcept: boolean;
}): IndicatorDraft => ({
  name: i.name,
  unit: i.unit,
  source: i.source,
  description: i.description ?? '',
  inConcept: i.inConcept,
});

/** The required fields left empty. */
export function missingFields(draft: IndicatorDraft): IndicatorField[] {
  return (['name', 'unit', 'source'] as const).filter((field) => !draft[field].trim());
}

export const indicatorInput = (draft: IndicatorDraft) => ({
  name: draft.name.trim(),
  unit: draft.unit.trim(),
  source: draft.source.trim(),
  description: draft.description.trim() || null,
  inConcept: draft.inConcept,
});

// ---------------------------------------------------------------- the import

export type FileProblem = 'missing' | 'type';

/** What keeps a chosen file from being sent: none, or not a CSV or XLSX file (by its name). */
export function fileProblem(file: { name: string } | undefined | null): FileProblem | undefined {
  if (!file) return 'missing';
  return /\.(csv|xlsx)$/i.test(file.name) ? undefined : 'type';
}

export interface ImportProblem {
  row: number;
  column: string | null;
  code: string;
  de: string;
  en: string;
}

export type ImportAnswer =
  | { kind: 'done'; added: number; replaced: number; stored: boolean }
  | { kind: 'invalid'; message: string; problems: ImportProblem[] }
  | { kind: 'failed'; message: string | null };

interface AnswerBody {
  added?: unknown;
  replaced?: unknown;
  stored?: unknown;
  code?: unknown;
  messages?: { de?: unknown; en?: unknown };
  problems?: unknown;
}

/** What the import endpoint answered, in the page language; `message` null means: say it did not get through. */
export function readImportAnswer(status: number, body: unknown, language: string): ImportAnswer {
  const b = (body && typeof body === 'object' ? body : {}) as AnswerBody;
  const lang = language === 'en' ? 'en' : 'de';
  const message = typeof b.messages?.[lang] === 'string' ? (b.messages[lang] as string) : null;
  if (status === 200 && typeof b.added === 'number' && typeof b.replaced === 'number')
    return { kind: 'done', added: b.added, replaced: b.replaced, stored: b.stored === true };
  if (status === 422 && b.code === 'IMPORT_INVALID' && Array.isArray(b.problems))
    return { kind: 'invalid', message: message ?? '', problems: b.problems as ImportProblem[] };
  return { kind: 'failed', message };
}
