import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { ADOPTION_LABELS, type AdoptionResult } from '@konzeptwerk/contracts';
import { pdfDocument, pdfPageNumbers, richTextToPlain, writeCsv, type TabularColumn } from '@konzeptwerk/platform';
import { bufferSink } from '@konzeptwerk/recommendations';
import type { PublishedRecommendation } from './concept.entity';
import { blocksOf, type VersionSection } from './text';

/** What a document of the published concept is made of. */
export interface ConceptDocumentInput {
  title: string;
  regionName: string;
  versionNumber: number;
  adoption: { body: string; date: string; reference: string; result: AdoptionResult } | null;
  sections: VersionSection[];
  recommendations: PublishedRecommendation[];
}

/** Hears after each chapter; the builder waits, so a job can store its progress as it goes. */
export type DocumentProgress = (done: number, total: number) => void | Promise<void>;

const DE_DAY = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' });
const adoptionLine = (a: NonNullable<ConceptDocumentInput['adoption']>) =>
  `${a.body}, ${DE_DAY.format(new Date(`${a.date}T00:00:00Z`))}, ${a.reference}: ${ADOPTION_LABELS[a.result].de}`;
const chapters = (sections: VersionSection[]) => sections.filter((s) => s.level === 1).length;

/** A section's HTML in reading order: runs of text blocks, and tables as rows of cells. */
type Segment = { kind: 'blocks'; html: string } | { kind: 'table'; rows: { header: boolean; text: string }[][] };

const TABLE = /<table>[\s\S]*?<\/table>/g;
const ROW = /<tr>([\s\S]*?)<\/tr>/g;
const CELL = /<(th|td)(?: [^>]*)?>([\s\S]*?)<\/\1>/g;

/** Splits sanitized HTML (tables are never nested there) into text and tables. */
export function segmentsOf(html: string): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const match of html.matchAll(TABLE)) {
    if (match.index! > at) segments.push({ kind: 'blocks', html: html.slice(at, match.index) });
    const rows = [...match[0].matchAll(ROW)].map((row) =>
      [...row[1].matchAll(CELL)].map((cell) => ({
        header: cell[1] === 'th',
        text: blocksOf(`<p>${cell[2]}</p>`)
          .map((b) => b.text)
          .join(' '),
      })),
    );
    if (rows.length) segments.push({ kind: 'table', rows });
    at = match.index! + match[0].length;
  }
  if (at < html.length) segments.push({ kind: 'blocks', html: html.slice(at) });
  return segments;
}

// ------------------------------------------------------------------------------------------------ PDF

/** A table on the page: header cells bold, each row as high as its tallest cell, tagged as Table, TR, TH and TD. */
function pdfTable(
  doc: PDFKit.PDFDocument,
  root: PDFKit.PDFStructureElement,
  rows: { header: boolean; text: string }[][],
) {
  const columns = Math.max(...rows.map((r) => r.length));
  const left = doc.page.margins.left;
  const width = (doc.page.width - left - doc.page.margins.right) / columns;
  const table = doc.struct('Table');
  root.add(table);
  doc.moveDown(0.3);
  for (const row of rows) {
    doc.fontSize(10);
    const height =
      Math.max(
        ...row.map((c) => doc.font(c.header ? 'bold' : 'regular').heightOfString(c.text || ' ', { width: width - 8 })),
      ) + 6;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    const tr = doc.struct('TR');
    table.add(tr);
    row.forEach((cell, i) =>
      tr.add(
        doc.struct(cell.header ? 'TH' : 'TD', {}, () =>
          doc
            .font(cell.header ? 'bold' : 'regular')
            .fontSize(10)
            .text(cell.text, left + i * width + 4, y + 3, { width: width - 8 }),
        ),
      ),
    );
    tr.end();
    doc.x = left;
    doc.y = y + height;
  }
  table.end();
  doc.moveDown(0.5);
}

const TOC_LINES_PER_PAGE = 38;

/**
 * The concept as a tagged PDF: a title page with the resolution, a table of contents with page numbers that
 * link to the chapters, bookmarks for chapters and sub-chapters, every section's text with its headings and
 * lists, and "Seite x von y" on every page.
 */
export async function conceptPdf(
  input: ConceptDocumentInput,
  progress: DocumentProgress = () => undefined,
): Promise<Buffer> {
  const { doc, done } = pdfDocument(input.title);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const add = (tag: string, run: () => void) => root.add(doc.struct(tag, {}, run));
  add('H1', () => doc.font('bold').fontSize(22).text(input.title));
  add('P', () => {
    doc.font('regular').fontSize(12).moveDown(0.5).text(input.regionName).text(`Fassung ${input.versionNumber}`);
    if (input.adoption) doc.moveDown(0.5).text(`Beschluss: ${adoptionLine(input.adoption)}`);
  });

  // The contents come after the title but are written last, when every page number is known.
  const tocPages = Math.max(1, Math.ceil((input.sections.length + 2) / TOC_LINES_PER_PAGE));
  const firstTocPage = doc.bufferedPageRange().count;
  for (let i = 0; i < tocPages; i++) doc.addPage();
  const toc = doc.struct('TOC');
  root.add(toc);

  const pageOf = new Map<string, number>();
  const outline = new Map<string, PDFKit.PDFOutline>();
  const total = chapters(input.sections);
  let chapter = 0;
  for (const section of input.sections) {
    if (section.level === 1) {
      if (chapter > 0) await progress(chapter, total);
      chapter++;
      doc.addPage();
    } else if (doc.y > doc.page.height - doc.page.margins.bottom - 120) doc.addPage();
    pageOf.set(section.id, doc.bufferedPageRange().count - 1);
    doc.addNamedDestination(`s-${section.id}`);
    const parent = section.parentId ? outline.get(section.parentId) : undefined;
    outline.set(section.id, (parent ?? doc.outline).addItem(section.title));
    const tag = `H${Math.min(section.level + 1, 6)}`;
    add(tag, () =>
      doc
        .font('bold')
        .fontSize(section.level === 1 ? 18 : section.level === 2 ? 14 : 12)
        .moveDown(section.level === 1 ? 0 : 0.8)
        .text(section.title)
        .moveDown(0.3),
    );
    for (const segment of segmentsOf(section.html)) {
      if (segment.kind === 'table') {
        pdfTable(doc, root, segment.rows);
        continue;
      }
      for (const block of blocksOf(segment.html)) {
        if (block.tag === 'h2' || block.tag === 'h3' || block.tag === 'h4') {
          const level = Math.min(section.level + 1 + Number(block.tag[1]) - 1, 6);
          add(`H${level}`, () => doc.font('bold').fontSize(11.5).moveDown(0.4).text(block.text).moveDown(0.2));
        } else if (block.tag === 'li') {
          add('L', () => doc.font('regular').fontSize(10.5).text(`•  ${block.text}`, { indent: 12 }));
        } else {
          add('P', () => doc.font('regular').fontSize(10.5).text(block.text, { align: 'left' }).moveDown(0.4));
        }
      }
    }
  }
  if (chapter > 0) await progress(chapter, total);

  // The table of contents on its reserved pages, each entry a link to its section.
  let line = 0;
  for (const section of input.sections) {
    const page = firstTocPage + Math.floor(line / TOC_LINES_PER_PAGE);
    doc.switchToPage(page);
    if (line % TOC_LINES_PER_PAGE === 0) {
      doc.x = doc.page.margins.left;
      doc.y = doc.page.margins.top;
      if (line === 0) toc.add(doc.struct('H2', {}, () => doc.font('bold').fontSize(16).text('Inhalt').moveDown(0.5)));
    }
    const indent = (section.level - 1) * 16;
    const label = `${section.title}`;
    const number = String((pageOf.get(section.id) ?? 0) + 1);
    toc.add(
      doc.struct('TOCI', {}, () => {
        const y = doc.y;
        const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
        doc.font(section.level === 1 ? 'bold' : 'regular').fontSize(10.5);
        doc.text(label, doc.page.margins.left + indent, y, { width: width - indent - 40, lineBreak: false });
        doc.text(number, doc.page.margins.left, y, { width, align: 'right', lineBreak: false });
        doc.goTo(doc.page.margins.left, y, width, 14, `s-${section.id}`);
        doc.x = doc.page.margins.left;
        doc.y = y + 16;
      }),
    );
    line++;
  }
  toc.end();
  root.end();
  pdfPageNumbers(doc);
  doc.end();
  return done;
}

// ------------------------------------------------------------------------------------------------ DOCX

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];
/** A Word table; a first row of header cells repeats on every page. */
const docxTable = (rows: { header: boolean; text: string }[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.every((c) => c.header),
          children: row.map(
            (c) =>
              new TableCell({
                children: [new Paragraph({ children: [new TextRun({ text: c.text, bold: c.header })] })],
              }),
          ),
        }),
    ),
  });

const heading = (level: number) => HEADINGS[Math.min(Math.max(level, 1), 6) - 1];

/**
 * The concept as DOCX: headings as Word's heading styles (so Word's navigation and the table of contents work),
 * a table-of-contents field that Word fills when the file is opened, lists as bullets, page numbers in the
 * footer, German as the document language.
 */
export async function conceptDocx(
  input: ConceptDocumentInput,
  progress: DocumentProgress = () => undefined,
): Promise<Buffer> {
  const children: (Paragraph | Table | TableOfContents)[] = [
    new Paragraph({ text: input.title, heading: HeadingLevel.TITLE }),
    new Paragraph(input.regionName),
    new Paragraph(`Fassung ${input.versionNumber}`),
    ...(input.adoption ? [new Paragraph(`Beschluss: ${adoptionLine(input.adoption)}`)] : []),
    new TableOfContents('Inhalt', { hyperlink: true, headingStyleRange: '1-3' }),
  ];
  const total = chapters(input.sections);
  let chapter = 0;
  for (const section of input.sections) {
    if (section.level === 1) {
      if (chapter > 0) await progress(chapter, total);
      chapter++;
    }
    children.push(
      new Paragraph({ text: section.title, heading: heading(section.level), pageBreakBefore: section.level === 1 }),
    );
    for (const segment of segmentsOf(section.html)) {
      if (segment.kind === 'table') {
        children.push(docxTable(segment.rows));
        continue;
      }
      for (const block of blocksOf(segment.html)) {
        if (block.tag === 'h2' || block.tag === 'h3' || block.tag === 'h4')
          children.push(
            new Paragraph({ text: block.text, heading: heading(section.level + Number(block.tag[1]) - 1) }),
          );
        else if (block.tag === 'li') children.push(new Paragraph({ text: block.text, bullet: { level: 0 } }));
        else children.push(new Paragraph({ text: block.text }));
      }
    }
  }
  if (chapter > 0) await progress(chapter, total);
  const document = new Document({
    creator: 'Konzeptwerk',
    title: input.title,
    features: { updateFields: true },
    styles: { default: { document: { run: { language: { value: 'de-DE' } } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['Seite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

// ------------------------------------------------------------------------------------------------ open data

/** Where the open data's schema is described; the JSON names it in `$schema`. */
export const OPEN_DATA_SCHEMA_PATH = '/api/oeffentlich/schema/handlungsempfehlungen.json';

/** The recommendations as open data (JSON): every field named in the schema, rationale as text and as HTML. */
export function conceptJson(input: ConceptDocumentInput, publishedAt: Date): Buffer {
  return Buffer.from(
    JSON.stringify(
      {
        $schema: OPEN_DATA_SCHEMA_PATH,
        concept: {
          title: input.title,
          region: input.regionName,
          version: input.versionNumber,
          adoption: input.adoption,
          publishedAt: publishedAt.toISOString(),
        },
        recommendations: input.recommendations.map((r) => ({
          reference: r.reference,
          title: r.title,
          fieldOfAction: { code: r.fieldOfAction.code, title: r.fieldOfAction.title },
          targetGroups: r.targetGroups.map((t) => t.name),
          municipalities: r.municipalities,
          timeHorizon: r.timeHorizon,
          rationale: richTextToPlain(r.rationale),
          rationaleHtml: r.rationale,
          resources: r.resources,
          indicators: r.indicators,
        })),
      },
      null,
      2,
    ),
  );
}

export const OPEN_DATA_COLUMNS: TabularColumn[] = [
  { key: 'reference', header: 'Kennung' },
  { key: 'title', header: 'Titel' },
  { key: 'fieldCode', header: 'Handlungsfeld (Kürzel)' },
  { key: 'field', header: 'Handlungsfeld' },
  { key: 'targetGroups', header: 'Zielgruppen' },
  { key: 'municipalities', header: 'Kommunen' },
  { key: 'timeHorizon', header: 'Zeithorizont' },
  { key: 'rationale', header: 'Begründung' },
  { key: 'resources', header: 'Ressourcen' },
  { key: 'indicators', header: 'Erfolgsindikatoren' },
];

/** The recommendations as CSV (UTF-8 with BOM, semicolons as the German spreadsheet expects; formulas neutralised). */
export async function conceptCsv(input: ConceptDocumentInput): Promise<Buffer> {
  const sink = bufferSink();
  await writeCsv(
    OPEN_DATA_COLUMNS,
    input.recommendations.map((r) => ({
      reference: r.reference,
      title: r.title,
      fieldCode: r.fieldOfAction.code,
      field: r.fieldOfAction.title,
      targetGroups: r.targetGroups.map((t) => t.name).join('; '),
      municipalities: r.municipalities ? r.municipalities.join('; ') : 'alle',
      timeHorizon: r.timeHorizon,
      rationale: richTextToPlain(r.rationale),
      resources: r.resources,
      indicators: r.indicators,
    })),
    sink.out,
  );
  return sink.content();
}
