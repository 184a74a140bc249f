import { parseCsv, readTableFile } from '@konzeptwerk/platform';
import ExcelJS from 'exceljs';
import { checkImport, parseNumber } from './indicator-import';

const MUNICIPALITIES = [
  { id: 'gt', name: 'Gütersloh' },
  { id: 'rw', name: 'Rheda-Wiedenbrück' },
  { id: 'hw', name: 'Halle (Westf.)' },
];

describe('numbers as people write them', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['1234,5', 1234.5],
    ['1234.5', 1234.5],
    ['1,234.5', 1234.5],
    ['12 345', 12345],
    ['-3', -3],
    ['0,25', 0.25],
  ])('%s is %d', (text, n) => expect(parseNumber(text)).toBe(n));
  it.each(['', 'zwölf', '1,2,3', '12a', '1.23.4,5'])('"%s" is no number', (text) =>
    expect(parseNumber(text)).toBeNull(),
  );
});

describe('an indicator import', () => {
  it('reads a German Excel CSV (BOM, semicolons, decimal commas, quotes) into values', () => {
    const table = parseCsv(
      '\uFEFFKommune;Jahr;Wert\r\nGütersloh;2023;"1.234,5"\r\n"Halle (Westf.)";2023;12\r\n\r\nrheda-wiedenbrück ;2024;7,5\r\n',
    );
    const { values, problems } = checkImport(table, MUNICIPALITIES);
    expect(problems).toEqual([]);
    expect(values).toEqual([
      { row: 2, municipalityId: 'gt', year: 2023, value: 1234.5 },
      { row: 3, municipalityId: 'hw', year: 2023, value: 12 },
      { row: 4, municipalityId: 'rw', year: 2024, value: 7.5 },
    ]);
  });

  it('reports every problem by row and column and returns no values at all', () => {
    const table = parseCsv(
      [
        'municipality,year,value',
        'Gütersloh,2023,10',
        'Bielefeld,2023,3',
        'Gütersloh,23,4',
        'Gütersloh,2024,viele',
        'Gütersloh,2023,11',
      ].join('\n'),
    );
    const { values, problems } = checkImport(table, MUNICIPALITIES);
    expect(values).toEqual([]);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'Kommune', 'UNKNOWN_MUNICIPALITY'],
      [4, 'Jahr', 'YEAR_INVALID'],
      [5, 'Wert', 'NUMBER_INVALID'],
      [6, null, 'DUPLICATE_ROW'],
    ]);
    expect(problems[3].de).toBe('Gütersloh 2023 steht schon in Zeile 2.');
    expect(problems[0].en).toBe('“Bielefeld” is not a municipality of the region.');
  });

  it('names missing columns and empty files', () => {
    expect(checkImport(parseCsv('Kommune;Wert\nGütersloh;3'), MUNICIPALITIES).problems).toEqual([
      expect.objectContaining({ row: 1, column: 'Jahr', code: 'MISSING_COLUMN' }),
    ]);
    expect(checkImport(parseCsv('Kommune;Jahr;Wert\n'), MUNICIPALITIES).problems[0].code).toBe('EMPTY');
  });

  it('reads the Windows-1252 CSV that Excel writes by default, umlauts intact', async () => {
    const latin1 = Buffer.from('Kommune;Jahr;Wert\r\nGütersloh;2023;5\r\nRheda-Wiedenbrück;2023;6\r\n', 'latin1');
    const { values, problems } = checkImport((await readTableFile(latin1))!, MUNICIPALITIES);
    expect(problems).toEqual([]);
    expect(values.map((v) => v.municipalityId)).toEqual(['gt', 'rw']);
  });

  it('reads XLSX the same way, and refuses files that are no table', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Werte');
    sheet.addRow(['Kommune', 'Jahr', 'Wert']);
    sheet.addRow(['Gütersloh', 2023, 1234.5]);
    sheet.addRow(['Rheda-Wiedenbrück', 2023, { formula: '2*3', result: 6 }]);
    const table = await readTableFile(Buffer.from(await book.xlsx.writeBuffer()));
    expect(checkImport(table!, MUNICIPALITIES).values.map((v) => v.value)).toEqual([1234.5, 6]);
    expect(await readTableFile(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toBeNull();
  });
});
