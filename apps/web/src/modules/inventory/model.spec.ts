import {
  barShare,
  classOf,
  fileProblem,
  formatNumber,
  formatValue,
  gridTiles,
  indicatorInput,
  inputText,
  largestMunicipalities,
  missingFields,
  niceCeiling,
  parseNumber,
  ranking,
  readImportAnswer,
  tileName,
  seriesOf,
  valueClasses,
  valuesInYear,
  yearsOf,
  type IndicatorValueItem,
} from './model';

const value = (municipalityName: string, year: number, v: number): IndicatorValueItem => ({
  id: `${municipalityName}-${year}`,
  municipalityId: municipalityName.toLowerCase(),
  municipalityName,
  year,
  value: v,
  version: 1,
});

const VALUES = [
  value('Gütersloh', 2023, 1000),
  value('Gütersloh', 2024, 1200.5),
  value('Verl', 2023, 300),
  value('Verl', 2024, 350),
  value('Rietberg', 2024, 350),
  value('Halle (Westf.)', 2023, 90),
];

describe('numbers', () => {
  it('reads German and English notation like the import', () => {
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('1234,5')).toBe(1234.5);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('1234.5')).toBe(1234.5);
    expect(parseNumber(' 1 234 ')).toBe(1234);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('viele')).toBeNull();
    expect(parseNumber('1,2,3')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });

  it('writes values in the page language with the unit', () => {
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1 / 3, 'de')).toBe('0,33');
    expect(formatValue(12.5, '%', 'de')).toBe('12,5 %');
    expect(formatValue(7, '', 'en')).toBe('7');
  });

  it('starts the correction field without thousands separators', () => {
    expect(inputText(1234.5, 'de')).toBe('1234,5');
    expect(inputText(1234.5, 'en')).toBe('1234.5');
    expect(parseNumber(inputText(0.1 + 0.2, 'de'))).toBe(0.3);
  });
});

describe('years and municipalities', () => {
  it('lists the years and a year’s values', () => {
    expect(yearsOf(VALUES)).toEqual([2023, 2024]);
    expect(valuesInYear(VALUES, 2023).get('verl')?.value).toBe(300);
    expect(valuesInYear(VALUES, 2023).has('rietberg')).toBe(false);
  });

  it('follows the largest municipalities of the latest year, ties by name', () => {
    expect(largestMunicipalities(VALUES, 2).map((m) => m.name)).toEqual(['Gütersloh', 'Rietberg']);
    expect(largestMunicipalities([], 5)).toEqual([]);
  });

  it('gives every year of a series, with gaps', () => {
    const [series] = seriesOf(VALUES, [{ id: 'rietberg', name: 'Rietberg' }], [2023, 2024]);
    expect(series.points).toEqual([
      { year: 2023, value: null },
      { year: 2024, value: 350 },
    ]);
  });

  it('ranks a year largest first', () => {
    expect(ranking(VALUES, 2024).map((v) => v.municipalityName)).toEqual(['Gütersloh', 'Rietberg', 'Verl']);
  });
});

describe('scales and classes', () => {
  it('rounds an axis up', () => {
    expect(niceCeiling(1200.5)).toBe(2000);
    expect(niceCeiling(230)).toBe(250);
    expect(niceCeiling(100)).toBe(100);
    expect(niceCeiling(0)).toBe(1);
    expect(barShare(50, 200)).toBe(25);
    expect(barShare(-5, 200)).toBe(0);
  });

  it('makes five classes of equal width', () => {
    const classes = valueClasses([0, 100, 50]);
    expect(classes).toHaveLength(5);
    expect(classes[0]).toEqual({ from: 0, to: 20 });
    expect(classes[4]).toEqual({ from: 80, to: 100 });
    expect(classOf(0, classes)).toBe(0);
    expect(classOf(20, classes)).toBe(0);
    expect(classOf(21, classes)).toBe(1);
    expect(classOf(100, classes)).toBe(4);
    expect(valueClasses([7, 7])).toEqual([{ from: 7, to: 7 }]);
    expect(valueClasses([])).toEqual([]);
  });
});

describe('the grid', () => {
  it('places Kreis Gütersloh roughly as it lies', () => {
    const tiles = gridTiles([
      { id: 'r', name: 'Rietberg' },
      { id: 'v', name: 'Versmold' },
      { id: 'g', name: 'Gütersloh' },
    ]);
    expect(tiles.map((t) => [t.municipality.name, t.row, t.column])).toEqual([
      ['Versmold', 0, 0],
      ['Gütersloh', 1, 2],
      ['Rietberg', 3, 2],
    ]);
  });

  it('lets long names break in a narrow tile, nowhere else', () => {
    expect(tileName('Borgholzhausen').replace(/\u00ad/g, '')).toBe('Borgholzhausen');
    expect(tileName('Borgholzhausen')).toContain('\u00ad');
    expect(tileName('Verl')).toBe('Verl');
  });

  it('places other regions alphabetically, four to a row', () => {
    const names = ['E', 'A', 'C', 'B', 'D'];
    const tiles = gridTiles(names.map((name) => ({ id: name, name })));
    expect(tiles.map((t) => [t.municipality.name, t.row, t.column])).toEqual([
      ['A', 0, 0],
      ['B', 0, 1],
      ['C', 0, 2],
      ['D', 0, 3],
      ['E', 1, 0],
    ]);
  });
});

describe('the indicator form', () => {
  it('needs a name, a unit and a source', () => {
    expect(missingFields({ name: ' ', unit: '', source: 'IT.NRW', description: '', inConcept: false })).toEqual([
      'name',
      'unit',
    ]);
    expect(indicatorInput({ name: ' A ', unit: '%', source: 'IT.NRW', description: ' ', inConcept: true })).toEqual({
      name: 'A',
      unit: '%',
      source: 'IT.NRW',
      description: null,
      inConcept: true,
    });
  });
});

describe('the import', () => {
  it('takes CSV and XLSX files only', () => {
    expect(fileProblem(undefined)).toBe('missing');
    expect(fileProblem({ name: 'werte.CSV' })).toBeUndefined();
    expect(fileProblem({ name: 'werte.xlsx' })).toBeUndefined();
    expect(fileProblem({ name: 'werte.pdf' })).toBe('type');
  });

  it('reads the answers', () => {
    expect(readImportAnswer(200, { added: 3, replaced: 1, stored: false }, 'de')).toEqual({
      kind: 'done',
      added: 3,
      replaced: 1,
      stored: false,
    });
    const problems = [{ row: 2, column: 'Jahr', code: 'YEAR_INVALID', de: 'kein Jahr', en: 'no year' }];
    expect(
      readImportAnswer(
        422,
        { code: 'IMPORT_INVALID', messages: { de: 'Nicht importiert', en: 'Not imported' }, problems },
        'en',
      ),
    ).toEqual({ kind: 'invalid', message: 'Not imported', problems });
    expect(readImportAnswer(403, { code: 'FORBIDDEN', messages: { de: 'Nein', en: 'No' } }, 'de')).toEqual({
      kind: 'failed',
      message: 'Nein',
    });
    expect(readImportAnswer(500, null, 'de')).toEqual({ kind: 'failed', message: null });
  });
});
