import type { ReadTable } from '@konzeptwerk/platform';

/** A problem of an import file, where it is: the file's row (1 = header) and the column's header. */
export interface ImportProblem {
  row: number;
  column: string | null;
  code: 'EMPTY' | 'MISSING_COLUMN' | 'UNKNOWN_MUNICIPALITY' | 'YEAR_INVALID' | 'NUMBER_INVALID' | 'DUPLICATE_ROW';
  de: string;
  en: string;
}

export interface ImportedValue {
  row: number;
  municipalityId: string;
  year: number;
  value: number;
}

/** The columns an import needs, by the names people give them (German or English, any case). */
const COLUMNS = {
  municipality: ['kommune', 'gemeinde', 'stadt', 'municipality'],
  year: ['jahr', 'year'],
  value: ['wert', 'value', 'anzahl'],
} as const;
const LABEL = { municipality: 'Kommune', year: 'Jahr', value: 'Wert' } as const;

const normalise = (name: string) =>
  name
    .toLocaleLowerCase('de')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/\s*\(\s*/g, ' (')
    .trim();

/**
 * A number as people write it in German or English files: "1.234,5", "1234,5", "1234.5", "1 234", "-3";
 * null for anything else (text, several commas, empty).
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

/**
 * Checks every row of an indicator import before anything is stored: the three columns are there, each
 * municipality is one of the region's (by name), each year is a whole year from 1900 to 2100, each value a
 * number, and no municipality and year comes twice. Returns the values, or every problem found.
 */
export function checkImport(
  table: ReadTable,
  municipalities: { id: string; name: string }[],
): { values: ImportedValue[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  if (table.length < 2)
    return {
      values: [],
      problems: [
        { row: 1, column: null, code: 'EMPTY', de: 'Die Datei enthält keine Werte.', en: 'The file holds no values.' },
      ],
    };
  const header = table[0].map((h) => normalise(h));
  const index = {} as Record<keyof typeof COLUMNS, number>;
  for (const key of Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]) {
    index[key] = header.findIndex((h) => (COLUMNS[key] as readonly string[]).includes(h));
    if (index[key] < 0)
      problems.push({
        row: 1,
        column: LABEL[key],
        code: 'MISSING_COLUMN',
        de: `Die Spalte „${LABEL[key]}“ fehlt in der ersten Zeile.`,
        en: `The column “${LABEL[key]}” is missing from the first row.`,
      });
  }
  if (problems.length) return { values: [], problems };
  const byName = new Map(municipalities.map((m) => [normalise(m.name), m]));
  const seen = new Map<string, number>();
  const values: ImportedValue[] = [];
  table.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const cell = (key: keyof typeof COLUMNS) => (cells[index[key]] ?? '').trim();
    const municipality = byName.get(normalise(cell('municipality')));
    if (!municipality)
      problems.push({
        row,
        column: LABEL.municipality,
        code: 'UNKNOWN_MUNICIPALITY',
        de: `„${cell('municipality')}“ ist keine Kommune des Kreises.`,
        en: `“${cell('municipality')}” is not a municipality of the region.`,
      });
    const yearText = cell('year');
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (!(year >= 1900 && year <= 2100))
      problems.push({
        row,
        column: LABEL.year,
        code: 'YEAR_INVALID',
        de: `„${yearText}“ ist kein Jahr (vierstellig, z. B. 2024).`,
        en: `“${yearText}” is not a year (four digits, e.g. 2024).`,
      });
    const value = parseNumber(cell('value'));
    if (value === null)
      problems.push({
        row,
        column: LABEL.value,
        code: 'NUMBER_INVALID',
        de: `„${cell('value')}“ ist keine Zahl.`,
        en: `“${cell('value')}” is not a number.`,
      });
    if (municipality && year >= 1900 && year <= 2100) {
      const key = `${municipality.id}:${year}`;
      const first = seen.get(key);
      if (first)
        problems.push({
          row,
          column: null,
          code: 'DUPLICATE_ROW',
          de: `${municipality.name} ${year} steht schon in Zeile ${first}.`,
          en: `${municipality.name} ${year} is already in row ${first}.`,
        });
      else seen.set(key, row);
      if (!first && value !== null) values.push({ row, municipalityId: municipality.id, year, value });
    }
  });
  return { values: problems.length ? [] : values, problems };
}
