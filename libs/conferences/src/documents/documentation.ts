import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { PARTICIPANT_ROLE_LABELS, ParticipantRole } from '@konzeptwerk/contracts';
import { DAY, pdfDocument, pdfPageNumbers, TIME } from './conference-pdfs';

export type RoleCounts = Record<ParticipantRole, number>;

export interface DocumentedCard {
  text: string;
  votes: number;
  cluster: string | null;
  /** Reference of the recommendation made of it, e.g. SB-07. */
  recommendation: string | null;
}

/** A photo of a flip chart; `caption` is its text alternative and stands beneath it. */
export interface DocumentedPhoto {
  caption: string;
  content: Buffer;
  contentType: string;
  width: number;
  height: number;
}

/** Hears after each workshop; the builder waits for it, so a job can store its progress as it goes. */
export type DocumentationProgress = (done: number, total: number) => void | Promise<void>;

/** What the documentation of a conference says. People are counted by role, never named. */
export interface ConferenceDocumentation {
  conference: { title: string; startsAt: Date; endsAt: Date; venue: string; address: string | null };
  confirmed: number;
  checkedIn: number;
  byRole: RoleCounts;
  /** Photos of the whole day, not of one workshop. */
  photos: DocumentedPhoto[];
  workshops: {
    title: string;
    room: string;
    fieldOfAction: string | null;
    slotStartsAt: Date;
    slotEndsAt: Date;
    moderators: string[];
    participants: number;
    byRole: RoleCounts;
    challenges: DocumentedCard[];
    approaches: DocumentedCard[];
    photos: DocumentedPhoto[];
  }[];
}

/** Scaled to fit a box, never enlarged beyond its own size. */
const fitted = (p: DocumentedPhoto, maxWidth: number, maxHeight: number) => {
  const scale = Math.min(maxWidth / p.width, maxHeight / p.height, 1);
  return { width: Math.round(p.width * scale), height: Math.round(p.height * scale) };
};

/** The photos as figures with their text alternative, each with its caption beneath. */
function pdfPhotos(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, photos: DocumentedPhoto[]) {
  if (!photos.length) return;
  root.add(doc.struct('H2', {}, () => doc.font('bold').fontSize(13).text('Fotos')));
  for (const p of photos) {
    const { width, height } = fitted(p, doc.page.width - doc.page.margins.left - doc.page.margins.right, 340);
    if (doc.y + height + 40 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    root.add(doc.struct('Figure', { alt: p.caption }, () => doc.image(p.content, { width, height })));
    root.add(doc.struct('P', {}, () => doc.font('regular').fontSize(10).text(p.caption).moveDown(0.8)));
  }
}

/** The photos for Word: inline pictures with their description as alt text, each followed by its caption. */
function docxPhotos(photos: DocumentedPhoto[]): Paragraph[] {
  if (!photos.length) return [];
  return [
    new Paragraph({ text: 'Fotos', heading: HeadingLevel.HEADING_2 }),
    ...photos.flatMap((p, i) => [
      new Paragraph({
        children: [
          new ImageRun({
            type: p.contentType === 'image/png' ? 'png' : 'jpg',
            data: p.content,
            transformation: fitted(p, 600, 420),
            altText: { name: `Foto ${i + 1}`, title: p.caption, description: p.caption },
          }),
        ],
      }),
      new Paragraph({ children: [new TextRun({ text: p.caption, italics: true })] }),
    ]),
  ];
}

const ROLES = Object.values(ParticipantRole);
const when = (d: ConferenceDocumentation['conference']) =>
  `${DAY.format(d.startsAt)}, ${TIME.format(d.startsAt)}–${TIME.format(d.endsAt)} Uhr`;
const dots = (n: number) => (n === 1 ? '1 Punkt' : `${n} Punkte`);
/** Most dots first, then by cluster and text, so the documentation reads like the board's result. */
const ranked = (cards: DocumentedCard[]) =>
  [...cards].sort(
    (a, b) =>
      b.votes - a.votes || (a.cluster ?? '').localeCompare(b.cluster ?? '', 'de') || a.text.localeCompare(b.text, 'de'),
  );
const cardLine = (c: DocumentedCard) =>
  `${c.text} (${dots(c.votes)}${c.cluster ? `, Gruppe „${c.cluster}“` : ''}${c.recommendation ? `, weiter als Empfehlung ${c.recommendation}` : ''})`;

/**
 * The documentation as a tagged PDF: a title, the participants by role, then
 * per workshop (with a bookmark) its challenges and solution approaches with
 * their dots, and the photos of the flip charts as figures with their text
 * alternative. `progress` hears after each workshop.
 */
export async function documentationPdf(
  doc_: ConferenceDocumentation,
  progress: DocumentationProgress = () => undefined,
): Promise<Buffer> {
  const { doc, done } = pdfDocument(`Dokumentation – ${doc_.conference.title}`);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const text = (tag: string, run: () => void) => root.add(doc.struct(tag, {}, run));
  text('H1', () => doc.font('bold').fontSize(20).text(`Dokumentation: ${doc_.conference.title}`));
  text('P', () =>
    doc
      .font('regular')
      .fontSize(11)
      .text(`${when(doc_.conference)} · ${[doc_.conference.venue, doc_.conference.address].filter(Boolean).join(', ')}`)
      .moveDown(0.5)
      .text(`${doc_.confirmed} Anmeldungen, ${doc_.checkedIn} Personen vor Ort.`)
      .moveDown(0.5),
  );
  text('H2', () => doc.font('bold').fontSize(14).text('Teilnehmende nach Rolle'));
  text('L', () => {
    doc.font('regular').fontSize(11);
    for (const role of ROLES) doc.text(`• ${PARTICIPANT_ROLE_LABELS[role].de}: ${doc_.byRole[role]}`);
    doc.moveDown(0.5);
  });
  pdfPhotos(doc, root, doc_.photos);
  for (const [i, w] of doc_.workshops.entries()) {
    doc.addPage();
    doc.outline.addItem(w.title);
    text('H1', () => doc.font('bold').fontSize(16).text(`Workshop: ${w.title}`));
    text('P', () =>
      doc
        .font('regular')
        .fontSize(10)
        .text(
          `${TIME.format(w.slotStartsAt)}–${TIME.format(w.slotEndsAt)} Uhr · ${w.room}` +
            (w.fieldOfAction ? ` · Handlungsfeld ${w.fieldOfAction}` : '') +
            (w.moderators.length ? ` · Moderation: ${w.moderators.join(', ')}` : ''),
        )
        .text(
          `${w.participants} Teilnehmende: ` +
            ROLES.filter((r) => w.byRole[r] > 0)
              .map((r) => `${w.byRole[r]} ${PARTICIPANT_ROLE_LABELS[r].de}`)
              .join(', '),
        )
        .moveDown(0.5),
    );
    for (const [heading, cards] of [
      ['Herausforderungen', w.challenges],
      ['Lösungsansätze', w.approaches],
    ] as const) {
      text('H2', () => doc.font('bold').fontSize(13).text(heading));
      text(cards.length ? 'L' : 'P', () => {
        doc.font('regular').fontSize(11);
        if (!cards.length) doc.text('Keine.');
        for (const c of ranked(cards)) doc.text(`• ${cardLine(c)}`, { indent: 0 });
        doc.moveDown(0.5);
      });
    }
    pdfPhotos(doc, root, w.photos);
    await progress(i + 1, doc_.workshops.length);
  }
  root.end();
  pdfPageNumbers(doc);
  doc.end();
  return done;
}

/**
 * The same documentation as DOCX: headings as Word's heading styles, a
 * table-of-contents field (Word fills it when the file is opened), the
 * participants by role as a table, the cards as lists.
 */
export async function documentationDocx(
  d: ConferenceDocumentation,
  progress: DocumentationProgress = () => undefined,
): Promise<Buffer> {
  const children: (Paragraph | Table | TableOfContents)[] = [
    new Paragraph({ text: `Dokumentation: ${d.conference.title}`, heading: HeadingLevel.TITLE }),
    new Paragraph(`${when(d.conference)} · ${[d.conference.venue, d.conference.address].filter(Boolean).join(', ')}`),
    new Paragraph(`${d.confirmed} Anmeldungen, ${d.checkedIn} Personen vor Ort.`),
    new TableOfContents('Inhalt', { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ text: 'Teilnehmende nach Rolle', heading: HeadingLevel.HEADING_1 }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: ['Rolle', 'Anzahl'].map(
            (h) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: h, bold: true })] })] }),
          ),
        }),
        ...ROLES.map(
          (r) =>
            new TableRow({
              children: [
                new TableCell({ children: [new Paragraph(PARTICIPANT_ROLE_LABELS[r].de)] }),
                new TableCell({
                  children: [new Paragraph({ text: String(d.byRole[r]), alignment: AlignmentType.RIGHT })],
                }),
              ],
            }),
        ),
      ],
    }),
    ...docxPhotos(d.photos),
  ];
  for (const [i, w] of d.workshops.entries()) {
    children.push(
      new Paragraph({ text: `Workshop: ${w.title}`, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
      new Paragraph(
        `${TIME.format(w.slotStartsAt)}–${TIME.format(w.slotEndsAt)} Uhr · ${w.room}` +
          (w.fieldOfAction ? ` · Handlungsfeld ${w.fieldOfAction}` : '') +
          (w.moderators.length ? ` · Moderation: ${w.moderators.join(', ')}` : ''),
      ),
      new Paragraph(
        `${w.participants} Teilnehmende: ` +
          ROLES.filter((r) => w.byRole[r] > 0)
            .map((r) => `${w.byRole[r]} ${PARTICIPANT_ROLE_LABELS[r].de}`)
            .join(', '),
      ),
    );
    for (const [heading, cards] of [
      ['Herausforderungen', w.challenges],
      ['Lösungsansätze', w.approaches],
    ] as const) {
      children.push(new Paragraph({ text: heading, heading: HeadingLevel.HEADING_2 }));
      if (!cards.length) children.push(new Paragraph('Keine.'));
      for (const c of ranked(cards)) children.push(new Paragraph({ text: cardLine(c), bullet: { level: 0 } }));
    }
    children.push(...docxPhotos(w.photos));
    await progress(i + 1, d.workshops.length);
  }
  const document = new Document({
    creator: 'Konzeptwerk',
    title: `Dokumentation – ${d.conference.title}`,
    features: { updateFields: true },
    // German, so Word checks spelling and hyphenates in the right language.
    styles: { default: { document: { run: { language: { value: 'de-DE' } } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
