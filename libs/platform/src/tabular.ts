import ExcelJS from 'exceljs';
import type { Stream } from 'node:stream';
import { finished } from 'node:stream/promises';

export type TabularCell = string | number | boolean | Date | null;
export type TabularRow = Record<string, TabularCell | undefined>;
export type TabularRows = AsyncIterable<TabularRow> | Iterable<TabularRow>;

export interface TabularColumn {
  key: string;
  header: string;
  /** Excel column width in characters; CSV ignores it. */
  width?: number;
}

export interface TabularOptions {
  /** Called after each row with the number of rows written so far (progress, cancellation). */
  onRow?: (n: number) => void | Promise<void>;
}

export interface XlsxOptions extends TabularOptions {
  sheetName?: string;
}

// OWASP "CSV injection": spreadsheet programs evaluate cells starting with these as formulas.
const FORMULA_START = /^\s*[=+\-@\t\r]/;

/** Prefixes an apostrophe to strings a spreadsheet would run as a formula; the apostrophe shows, nothing runs. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Waits until `out` wants more data; fails instead of hanging if it errors or closes first. */
function drained(out: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      out.off('drain', onDrain);
      out.off('error', onError);
      out.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (error: Error) => done(error);
    const onClose = () => done(new Error('output stream closed before the export was complete'));
    out.on('drain', onDrain);
    out.on('error', onError);
    out.on('close', onClose);
  });
}

// NodeJS.WritableStream does not declare writableNeedDrain; every stream.Writable has it.
const needsDrain = (out: NodeJS.WritableStream) => (out as { writableNeedDrain?: boolean }).writableNeedDrain === true;

/** Fails the consumer (e.g. an HTTP download) visibly instead of leaving it waiting for more data. */
function abort(out: NodeJS.WritableStream, error: unknown) {
  const destroy = (out as { destroy?: (error?: Error) => void }).destroy;
  if (typeof destroy === 'function') destroy.call(out, error instanceof Error ? error : new Error(String(error)));
}

// --- CSV -------------------------------------------------------------------------------------------------

const BOM = '\ufeff'; // makes Excel read the file as UTF-8 (umlauts)
const SEPARATOR = ';'; // what German Excel expects
const EOL = '\r\n'; // RFC 4180
const FLUSH_AT = 64 * 1024; // characters buffered before a write, so large exports do not write per row
const NEEDS_QUOTES = /[";\r\n]/;

function csvField(value: TabularCell | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    // German Excel reads "1.5" as a date (1 May); with `;` as separator it expects a decimal comma.
    return String(value).replace('.', ',');
  }
  if (typeof value === 'boolean') return String(value);
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (values: (TabularCell | undefined)[]) => values.map(csvField).join(SEPARATOR) + EOL;

/**
 * Writes rows as CSV for German Excel: UTF-8 with BOM, `;`-separated, RFC 4180 quoting, CRLF, dates as ISO
 * 8601 (UTC), numbers with a decimal comma, strings neutralised against formula injection. Waits for `out`
 * to drain, ends it when done (and destroys it on failure). Returns the number of data rows.
 */
export async function writeCsv(
  columns: TabularColumn[],
  rows: TabularRows,
  out: NodeJS.WritableStream,
  opts: TabularOptions = {},
): Promise<number> {
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await drained(out);
  };
  try {
    let buffer = BOM + csvLine(columns.map((c) => c.header));
    let count = 0;
    for await (const row of rows) {
      buffer += csvLine(columns.map((c) => row[c.key]));
      count++;
      if (buffer.length >= FLUSH_AT) {
        await write(buffer);
        buffer = '';
      }
      await opts.onRow?.(count);
    }
    if (buffer) await write(buffer);
    out.end();
    await finished(out, { readable: false });
    return count;
  } catch (error) {
    abort(out, error);
    throw error;
  }
}

// --- XLSX ------------------------------------------------------------------------------------------------

const EXCEL_MAX_CELL = 32_767; // longer texts make Excel report the file as damaged
const DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss';
// exceljs pushes rows into its zip stream without backpressure; zlib works off the event loop, so without
// pauses a fast producer outruns it and everything queues in memory. Measured with 200,000 rows: pausing
// every ~16 KB of sheet XML keeps the heap flat (~40 MB) at no cost in speed; every 256 rows it grew to 100 MB.
const YIELD_AFTER = 16 * 1024;
const CELL_OVERHEAD = 32; // approximate XML around each cell value
const pause = () => new Promise((resolve) => setImmediate(resolve));

function xlsxValue(value: TabularCell | undefined): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return value;
  // A string cell is never evaluated in the workbook itself, but copied out or saved as CSV it would be.
  const text = neutraliseFormula(value);
  return text.length > EXCEL_MAX_CELL ? `${text.slice(0, EXCEL_MAX_CELL - 1)}…` : text;
}

// Excel: at most 31 characters, none of : \ / ? * [ ], no apostrophe at either end, not empty.
const sheetTitle = (name: string | undefined) =>
  (name ?? '')
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/^[\s']+/, '')
    .slice(0, 31)
    .replace(/[\s']+$/, '') || 'Export';

/**
 * Writes rows as a single-sheet XLSX with exceljs' streaming writer: bold, frozen header row with autofilter,
 * column widths, each row committed (flushed) as it is written so memory stays flat. Strings are neutralised
 * like in CSV; dates are shown as UTC. Ends `out` when done (destroys it on failure). Returns the row count.
 */
export async function writeXlsx(
  columns: TabularColumn[],
  rows: TabularRows,
  out: NodeJS.WritableStream,
  opts: XlsxOptions = {},
): Promise<number> {
  try {
    // Shared strings would keep every distinct text in memory until the end.
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out as unknown as Stream, // exceljs' types ask for a Stream; it only pipes into it
      useSharedStrings: false,
      useStyles: true,
    });
    const sheet = workbook.addWorksheet(sheetTitle(opts.sheetName), {
      views: [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    });
    sheet.columns = columns.map((c) => ({ key: c.key, width: c.width ?? Math.max(10, c.header.length + 4) }));

    const header = sheet.addRow(columns.map((c) => xlsxValue(c.header)));
    header.font = { bold: true };
    header.commit();

    let count = 0;
    let written = 0; // estimated XML since the last pause
    for await (const row of rows) {
      const values = columns.map((c) => xlsxValue(row[c.key]));
      const added = sheet.addRow(values);
      values.forEach((value, i) => {
        if (value instanceof Date) added.getCell(i + 1).numFmt = DATE_FORMAT;
        written += CELL_OVERHEAD + (typeof value === 'string' ? value.length : 0);
      });
      added.commit();
      count++;
      if (needsDrain(out)) {
        await drained(out);
        written = 0;
      } else if (written >= YIELD_AFTER) {
        await pause();
        written = 0;
      }
      await opts.onRow?.(count);
    }

    // Written when the sheet is committed, so it can cover exactly the rows written.
    if (columns.length) {
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: count + 1, column: columns.length } };
    }
    sheet.commit();
    await workbook.commit(); // resolves once `out` has finished
    return count;
  } catch (error) {
    abort(out, error);
    throw error;
  }
}
