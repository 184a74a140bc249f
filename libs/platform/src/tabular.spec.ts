import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { neutraliseFormula, writeCsv, writeXlsx, type TabularColumn, type TabularRow } from './tabular';

const columns: TabularColumn[] = [
  { key: 'title', header: 'Titel', width: 40 },
  { key: 'count', header: 'Anzahl' },
  { key: 'done', header: 'Erledigt' },
  { key: 'at', header: 'Geändert am' },
  { key: 'note', header: 'Notiz' },
];

const at = new Date('2024-05-01T08:30:00.000Z');
const rows: TabularRow[] = [
  { title: 'Sprachkurse für Geflüchtete', count: 12, done: true, at, note: null },
  { title: 'Zitat "A"; dann B\nzweite Zeile', count: 1.5, done: false, at: null, note: 'Größe' },
  { title: '=HYPERLINK("http://evil.example","x")', count: -3, done: null, at: null, note: ' @SUM(A1)' },
  { title: '+49 351 123', note: '-1' }, // missing keys are empty cells
];

/** Runs a writer into a PassThrough and collects everything it writes. */
async function capture(write: (out: PassThrough) => Promise<number>) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const count = await write(out);
  return { count, buffer: Buffer.concat(chunks) };
}

/** Minimal RFC 4180 parser: `;` separated, `"` quoted with `""` escapes, CRLF records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') {
        field += c;
      } else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoted = false;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ';') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field || record.length) throw new Error('last record not terminated by CRLF');
  return records;
}

/** exceljs declares its own `Buffer` type, which newer @types/node buffers no longer match; the value is fine. */
async function readXlsx(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return workbook;
}

async function* generate(n: number): AsyncGenerator<TabularRow> {
  for (let i = 1; i <= n; i++) yield { title: `Zeile ${i}`, count: i };
}

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+49', '-1', '@SUM(A1)', '\tx', '\rx', '  =1', '\n=1'])('prefixes %j', (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it.each(['Text', '', '1+1', 'a=b', "'=already"])('leaves %j alone', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });
});

describe('writeCsv', () => {
  it('writes BOM, header and quoted, neutralised values with ; and CRLF', async () => {
    const { count, buffer } = await capture((out) => writeCsv(columns, rows, out));
    expect(count).toBe(4);
    const text = buffer.toString('utf8');
    expect(text.startsWith('\ufeffTitel;Anzahl;')).toBe(true);
    expect(text.split('\r\n')[1]).toBe('Sprachkurse für Geflüchtete;12;true;2024-05-01T08:30:00.000Z;');
    expect(text.match(/(?<!\r)\n/g)).toHaveLength(1); // the only bare LF is the one inside a quoted cell
    expect(parseCsv(text.slice(1))).toEqual([
      ['Titel', 'Anzahl', 'Erledigt', 'Geändert am', 'Notiz'],
      ['Sprachkurse für Geflüchtete', '12', 'true', '2024-05-01T08:30:00.000Z', ''],
      ['Zitat "A"; dann B\nzweite Zeile', '1,5', 'false', '', 'Größe'],
      [`'=HYPERLINK("http://evil.example","x")`, '-3', '', '', "' @SUM(A1)"],
      ["'+49 351 123", '', '', '', "'-1"],
    ]);
  });

  it('counts 1,000 rows from an async iterable, calls onRow and ends the stream', async () => {
    const seen: number[] = [];
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const count = await writeCsv(columns, generate(1000), out, { onRow: async (n) => void seen.push(n) });
    expect(count).toBe(1000);
    expect(seen).toHaveLength(1000);
    expect(seen[999]).toBe(1000);
    expect(out.writableEnded).toBe(true);
    const records = parseCsv(Buffer.concat(chunks).toString('utf8').slice(1));
    expect(records).toHaveLength(1001);
    expect(records[1000].slice(0, 2)).toEqual(['Zeile 1000', '1000']);
  });

  it('waits for a slow consumer instead of buffering everything', async () => {
    const out = new PassThrough({ highWaterMark: 1024 });
    let drains = 0;
    out.on('drain', () => drains++);
    const chunks: Buffer[] = [];
    // Reads only when asked, one chunk per tick.
    const reading = (async () => {
      for await (const chunk of out) chunks.push(chunk as Buffer);
    })();
    const count = await writeCsv(columns, generate(20_000), out);
    await reading;
    expect(count).toBe(20_000);
    expect(drains).toBeGreaterThan(0);
    expect(Buffer.concat(chunks).toString('utf8')).toContain('Zeile 20000;20000');
  });

  it('destroys the output and rejects when the rows fail', async () => {
    async function* failing(): AsyncGenerator<TabularRow> {
      yield { title: 'a' };
      throw new Error('boom');
    }
    const out = new PassThrough();
    out.on('error', () => undefined);
    await expect(writeCsv(columns, failing(), out)).rejects.toThrow('boom');
    expect(out.destroyed).toBe(true);
  });
});

describe('writeXlsx', () => {
  it('writes a bold, frozen, filtered header and typed values', async () => {
    const { count, buffer } = await capture((out) => writeXlsx(columns, rows, out, { sheetName: 'Empfehlungen' }));
    expect(count).toBe(4);

    const workbook = await readXlsx(buffer);
    const sheet = workbook.getWorksheet('Empfehlungen')!;
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(1).values).toEqual([undefined, 'Titel', 'Anzahl', 'Erledigt', 'Geändert am', 'Notiz']);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:E5');
    expect(sheet.getColumn(1).width).toBe(40);

    expect(sheet.getCell('A2').value).toBe('Sprachkurse für Geflüchtete');
    expect(sheet.getCell('B2').value).toBe(12);
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('C2').value).toBe(true);
    expect(sheet.getCell('D2').value).toEqual(at);
    expect(sheet.getCell('D2').type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell('E2').value).toBeNull();

    expect(sheet.getCell('A3').value).toBe('Zitat "A"; dann B\nzweite Zeile');
    expect(sheet.getCell('B3').value).toBe(1.5);
    expect(sheet.getCell('E3').value).toBe('Größe');

    for (const address of ['A4', 'E4', 'A5', 'E5']) {
      const cell = sheet.getCell(address);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(String(cell.value).startsWith("'")).toBe(true);
    }
    expect(sheet.getCell('A4').value).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(sheet.getCell('B4').value).toBe(-3);
  });

  it('writes 1,000 rows from an async iterable and calls onRow for each', async () => {
    const seen: number[] = [];
    const { count, buffer } = await capture((out) =>
      writeXlsx(columns, generate(1000), out, { onRow: (n) => void seen.push(n) }),
    );
    expect(count).toBe(1000);
    expect(seen).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));

    const workbook = await readXlsx(buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Export');
    expect(sheet.rowCount).toBe(1001);
    expect(sheet.getCell('A1001').value).toBe('Zeile 1000');
    expect(sheet.getCell('B1001').value).toBe(1000);
    expect(sheet.autoFilter).toBe('A1:E1001');
  });

  it('makes a usable sheet name and writes an empty export', async () => {
    const { count, buffer } = await capture((out) =>
      writeXlsx(columns, [], out, { sheetName: 'Empfehlungen [Stand: 01/2025] mit sehr langem Namen' }),
    );
    expect(count).toBe(0);
    const workbook = await readXlsx(buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Empfehlungen  Stand  01 2025  m');
    expect(sheet.rowCount).toBe(1);
  });
});
