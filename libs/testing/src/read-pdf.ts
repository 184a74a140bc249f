import { execFile } from 'node:child_process';
import { join } from 'node:path';

export interface PdfReading {
  /** The text of each page, as a screen reader or a search would get it. */
  pages: string[];
  /** Titles of the top-level bookmarks. */
  outline: string[];
  title: string | null;
  tagged: boolean;
  /** How many images each page draws. */
  images: number[];
  /** The text alternatives of the figures, in reading order. */
  figures: string[];
  /** How often each structure role occurs (Table, TR, TH, TD, H2…), counted per page it appears on. */
  roles: Record<string, number>;
}

/** What a reader gets out of a PDF (pdf.js, in a process of its own). */
export function readPdf(pdf: Buffer): Promise<PdfReading> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(__dirname, 'pdf-reader.mjs')],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`reading the PDF failed: ${stderr || error.message}`));
        resolve(JSON.parse(stdout) as PdfReading);
      },
    );
    child.stdin!.end(pdf);
  });
}
