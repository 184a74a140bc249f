import PDFDocument from 'pdfkit';
import { createRequire } from 'node:module';

// Noto Sans from KERN's own fonts: Latin, Greek and Cyrillic, embedded (and subset) so every name prints.
const packages = createRequire(__filename);
const FONTS = {
  regular: packages.resolve('@kern-ux/native/dist/fonts/noto-sans/NotoSans-Regular.woff'),
  bold: packages.resolve('@kern-ux/native/dist/fonts/noto-sans/NotoSans-Bold.woff'),
};

/** A tagged A4 document (PDF/UA-style structure: language, title shown, headings, tables) with the fonts registered. */
export function pdfDocument(title: string, margin = 50): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    tagged: true,
    lang: 'de-DE',
    displayTitle: true,
    pdfVersion: '1.7',
    bufferPages: true,
    info: { Title: title, Creator: 'Konzeptwerk' },
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** "Seite x von y" at the foot of every page, written once all pages exist. */
export function pdfPageNumbers(doc: PDFKit.PDFDocument) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // The foot lies below the bottom margin: without this, writing there would start a new page.
    doc.page.margins.bottom = 0;
    const bottom = doc.page.height - 35;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font('regular')
      .fontSize(9)
      .text(`Seite ${i + 1} von ${range.count}`, 50, bottom, {
        width: doc.page.width - 100,
        align: 'center',
        lineBreak: false,
      });
    doc.endMarkedContent();
  }
}
