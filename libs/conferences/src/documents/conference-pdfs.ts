import { PARTICIPANT_ROLE_LABELS, type ParticipantRole } from '@konzeptwerk/contracts';
import { pdfDocument, pdfPageNumbers } from '@konzeptwerk/platform';

export { pdfDocument, pdfPageNumbers };

/** Dates as the printouts show them, in the region's time zone. */
export const DAY = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'full' });
export const TIME = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' });

export interface PdfConference {
  title: string;
  startsAt: Date;
  venue: string;
}

export interface PdfWorkshop {
  id: string;
  title: string;
  room: string;
  slotStartsAt: Date;
  slotEndsAt: Date;
  moderators: string[];
}

export interface PdfPerson {
  name: string;
  organisation: string | null;
  role: ParticipantRole;
}

/**
 * Teilnehmendenlisten: one section per workshop (with a bookmark), its time,
 * room and moderators, and a table of the people placed there with a column
 * to sign in on the day.
 */
export async function participantListsPdf(
  conference: PdfConference,
  workshops: { workshop: PdfWorkshop; people: PdfPerson[] }[],
): Promise<Buffer> {
  const title = `Teilnehmendenlisten – ${conference.title}`;
  const { doc, done } = pdfDocument(title);
  const root = doc.struct('Document');
  doc.addStructure(root);
  workshops.forEach(({ workshop, people }, index) => {
    if (index > 0) doc.addPage();
    doc.outline.addItem(workshop.title);
    const section = doc.struct('Sect');
    root.add(section);
    section.add(
      doc.struct('H1', {}, () => {
        doc.font('bold').fontSize(16).text(workshop.title);
      }),
    );
    section.add(
      doc.struct('P', {}, () => {
        doc
          .font('regular')
          .fontSize(10)
          .text(
            `${conference.title} · ${DAY.format(workshop.slotStartsAt)}, ${TIME.format(workshop.slotStartsAt)}–${TIME.format(workshop.slotEndsAt)} Uhr · ${workshop.room}` +
              (workshop.moderators.length ? ` · Moderation: ${workshop.moderators.join(', ')}` : ''),
          )
          .moveDown(0.5)
          .text(`${people.length} ${people.length === 1 ? 'Person' : 'Personen'}`)
          .moveDown(0.8);
      }),
    );
    const columns = [
      { header: 'Nr.', width: 30 },
      { header: 'Name', width: 150 },
      { header: 'Organisation', width: 150 },
      { header: 'Rolle', width: 90 },
      { header: 'Unterschrift', width: 75 },
    ];
    const table = doc.struct('Table');
    section.add(table);
    const row = (cells: string[], header: boolean) => {
      const y = doc.y;
      if (y > doc.page.height - 90) doc.addPage();
      const top = doc.y;
      const tr = doc.struct('TR');
      table.add(tr);
      let x = 50;
      let height = 0;
      cells.forEach((cell, i) => {
        const width = columns[i].width;
        tr.add(
          doc.struct(header ? 'TH' : 'TD', {}, () => {
            doc
              .font(header ? 'bold' : 'regular')
              .fontSize(9.5)
              .text(cell, x + 3, top + 4, { width: width - 6 });
          }),
        );
        height = Math.max(height, doc.y - top + 4);
        x += width;
      });
      doc.markContent('Artifact', { type: 'Layout' });
      doc
        .moveTo(50, top + height)
        .lineTo(x, top + height)
        .lineWidth(0.5)
        .strokeColor('#767676')
        .stroke();
      doc.endMarkedContent();
      doc.x = 50;
      doc.y = top + height + 2;
    };
    row(
      columns.map((c) => c.header),
      true,
    );
    people.forEach((p, i) =>
      row([String(i + 1), p.name, p.organisation ?? '–', PARTICIPANT_ROLE_LABELS[p.role].de, ''], false),
    );
  });
  if (workshops.length === 0) {
    root.add(
      doc.struct('P', {}, () => doc.font('regular').fontSize(12).text('Noch niemand ist einem Workshop zugeteilt.')),
    );
  }
  root.end();
  pdfPageNumbers(doc);
  doc.end();
  return done;
}

/** Namensschilder: eight to a page (two columns, four rows), cut lines as artefacts. */
export async function nameBadgesPdf(
  conference: PdfConference,
  people: (PdfPerson & { workshop: string | null })[],
): Promise<Buffer> {
  const title = `Namensschilder – ${conference.title}`;
  // Small page margins: the badges fill the sheet, and their own frames keep the text in.
  const { doc, done } = pdfDocument(title, 20);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const margin = 40;
  const width = (doc.page.width - margin * 2) / 2;
  const height = (doc.page.height - margin * 2) / 4;
  people.forEach((person, i) => {
    const slot = i % 8;
    if (i > 0 && slot === 0) doc.addPage();
    const x = margin + (slot % 2) * width;
    const y = margin + Math.floor(slot / 2) * height;
    doc.markContent('Artifact', { type: 'Layout' });
    doc.rect(x, y, width, height).lineWidth(0.5).dash(3, { space: 3 }).strokeColor('#999999').stroke().undash();
    doc.endMarkedContent();
    const badge = doc.struct('Sect');
    root.add(badge);
    badge.add(
      doc.struct('H1', {}, () => {
        doc
          .font('bold')
          .fontSize(22)
          .text(person.name, x + 16, y + 28, { width: width - 32, align: 'center' });
      }),
    );
    badge.add(
      doc.struct('P', {}, () => {
        doc
          .font('regular')
          .fontSize(12)
          .text(person.organisation ?? '', x + 16, doc.y + 6, { width: width - 32, align: 'center' })
          .fontSize(10)
          .text(PARTICIPANT_ROLE_LABELS[person.role].de, { width: width - 32, align: 'center' });
        if (person.workshop) doc.text(`Workshop: ${person.workshop}`, { width: width - 32, align: 'center' });
        doc.fontSize(8).text(conference.title, x + 16, y + height - 24, { width: width - 32, align: 'center' });
      }),
    );
  });
  if (people.length === 0) {
    root.add(doc.struct('P', {}, () => doc.font('regular').fontSize(12).text('Keine bestätigten Anmeldungen.')));
  }
  root.end();
  pdfPageNumbers(doc);
  doc.end();
  return done;
}
