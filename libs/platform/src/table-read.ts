import ExcelJS from 'exceljs';

/** A table read from a file: its rows of cell texts, the first row being the header. */
export type ReadTable = string[][];

/**
 * Parses CSV as spreadsheets write it: RFC 4180 quoting (quotes doubled inside quoted cells, line breaks in
 * quoted cells), CRLF or LF, a UTF-8 byte order mark, and `;` (German Excel) or `,` as the separator, taken from
 * the header line. Empty lines are left out.
 */
export function parseCsv(text: string): ReadTable {
  const source = text.replace(/^\uFEFF/, '');
  const headerLine = source.slice(0, source.search(/\r?\n|$/));
  const separator = (headerLine.match(/;/g) ?? []).length >= (headerLine.match(/,/g) ?? []).length ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/** The first worksheet of an XLSX file as cell texts; numbers keep their digits, dates become YYYY-MM-DD. */
export async function parseXlsx(bytes: Buffer): Promise<ReadTable> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: ReadTable = [];
  sheet.eachRow({ includeEmpty: false }, (r) => {
    const cells: string[] = [];
    for (let c = 1; c <= r.cellCount; c++) {
      const value = r.getCell(c).value;
      cells.push(
        value === null || value === undefined
          ? ''
          : value instanceof Date
            ? value.toISOString().slice(0, 10)
            : typeof value === 'object' && 'result' in value
              ? String(value.result ?? '')
              : typeof value === 'object' && 'richText' in value
                ? value.richText.map((t) => t.text).join('')
                : String(value),
      );
    }
    rows.push(cells);
  });
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Reads a CSV or XLSX file, told apart by its bytes (an XLSX is a ZIP archive); null for anything else. */
export async function readTableFile(bytes: Buffer): Promise<ReadTable | null> {
  if (bytes.subarray(0, 4).equals(ZIP)) {
    try {
      return await parseXlsx(bytes);
    } catch {
      return null;
    }
  }
  // UTF-8 first ("CSV UTF-8"); Excel's plain German CSV is Windows-1252, so Gütersloh still reads right.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  // Binary files other than XLSX are not tables.
  if ([...text.slice(0, 4096)].some((c) => c.charCodeAt(0) < 9 || (c.charCodeAt(0) > 13 && c.charCodeAt(0) < 32)))
    return null;
  return parseCsv(text);
}
