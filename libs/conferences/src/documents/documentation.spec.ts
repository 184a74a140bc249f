import JSZip from 'jszip';
import { ParticipantRole } from '@konzeptwerk/contracts';
import { readPdf, redPng } from '@konzeptwerk/testing';
import { documentationDocx, documentationPdf, type ConferenceDocumentation } from './documentation';

const roles = (p: number, v: number, c: number, m: number) => ({
  [ParticipantRole.PROFESSIONAL]: p,
  [ParticipantRole.VOLUNTEER]: v,
  [ParticipantRole.CITIZEN]: c,
  [ParticipantRole.MIGRATION_HISTORY]: m,
});
const photo = (caption: string, width: number) => ({
  caption,
  content: redPng(width, 48),
  contentType: 'image/png',
  width,
  height: 48,
});
const workshop = (title: string, n: number) => ({
  title,
  room: `Raum ${n}`,
  fieldOfAction: title,
  slotStartsAt: new Date('2026-10-21T08:30:00Z'),
  slotEndsAt: new Date('2026-10-21T11:00:00Z'),
  moderators: ['Anna Koordination'],
  participants: 5,
  byRole: roles(2, 1, 0, 2),
  challenges: [
    { text: `Eltern verstehen die Briefe der Schule nicht (${n})`, votes: 1, cluster: null, recommendation: null },
    { text: `Zu wenige Kitaplätze (${n})`, votes: 4, cluster: 'Kita', recommendation: null },
  ],
  approaches:
    n === 1 ? [{ text: 'Kinderbetreuung im Kursgebäude', votes: 3, cluster: null, recommendation: 'SB-01' }] : [],
  photos: n === 1 ? [photo('Flipchart mit drei Herausforderungen zur Kita', 64)] : [],
});
const data: ConferenceDocumentation = {
  conference: {
    title: 'Integrationskonferenz 2026',
    startsAt: new Date('2026-10-21T07:00:00Z'),
    endsAt: new Date('2026-10-21T14:00:00Z'),
    venue: 'Kreishaus Gütersloh',
    address: 'Herzebrocker Straße 140',
  },
  confirmed: 12,
  checkedIn: 10,
  byRole: roles(5, 3, 1, 3),
  photos: [photo('Die Pinnwand mit allen Karten im Foyer', 96)],
  workshops: [workshop('Sprache und Bildung', 1), workshop('Arbeit und Wirtschaft', 2)],
};

describe('the conference documentation', () => {
  it('as PDF: a bookmark and a chapter per workshop, cards by dots, people only counted', async () => {
    const heard: number[] = [];
    const read = await readPdf(
      await documentationPdf(data, (done) => {
        heard.push(done);
      }),
    );
    expect(heard).toEqual([1, 2]);
    // Each photo drawn once, where it belongs, as a figure whose text alternative is its caption.
    expect(read.images).toEqual([1, 1, 0]);
    expect(read.figures).toEqual([
      'Die Pinnwand mit allen Karten im Foyer',
      'Flipchart mit drei Herausforderungen zur Kita',
    ]);
    expect(read.pages[1]).toContain('Flipchart mit drei Herausforderungen zur Kita');
    expect(read.tagged).toBe(true);
    expect(read.title).toBe('Dokumentation – Integrationskonferenz 2026');
    expect(read.outline).toEqual(['Sprache und Bildung', 'Arbeit und Wirtschaft']);
    const text = read.pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('12 Anmeldungen, 10 Personen vor Ort.');
    expect(text).toContain('Mensch mit eigener Migrationsgeschichte: 3');
    const first = read.pages[1].replace(/\s+/g, ' ');
    expect(first).toContain('Workshop: Sprache und Bildung');
    // Most dots first.
    expect(first.indexOf('Zu wenige Kitaplätze (1)')).toBeLessThan(first.indexOf('Eltern verstehen'));
    expect(first).toContain('Zu wenige Kitaplätze (1) (4 Punkte, Gruppe „Kita“)');
    expect(first).toContain('Kinderbetreuung im Kursgebäude (3 Punkte, weiter als Empfehlung SB-01)');
    expect(read.pages[2]).toContain('Keine.');
    read.pages.forEach((page, i) => expect(page).toContain(`Seite ${i + 1} von ${read.pages.length}`));
  });

  it('as DOCX: Word heading styles, a table-of-contents field, every card, the role table', async () => {
    const heard: number[] = [];
    const zip = await JSZip.loadAsync(
      await documentationDocx(data, (done) => {
        heard.push(done);
      }),
    );
    expect(heard).toEqual([1, 2]);
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && !zip.files[f].dir)).toHaveLength(2);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    expect(xml).toMatch(/TOC [^<]*\\o &quot;1-2&quot;/);
    expect((xml.match(/<w:pStyle w:val="Heading1"\/>/g) ?? []).length).toBe(3);
    expect((xml.match(/<w:pStyle w:val="Heading2"\/>/g) ?? []).length).toBe(6);
    expect(xml).toContain('descr="Flipchart mit drei Herausforderungen zur Kita"');
    for (const card of [
      'Zu wenige Kitaplätze (1) (4 Punkte, Gruppe „Kita“)',
      'Eltern verstehen die Briefe der Schule nicht (2) (1 Punkt)',
    ])
      expect(text).toContain(card);
    expect(text).toContain('Kinderbetreuung im Kursgebäude (3 Punkte, weiter als Empfehlung SB-01)');
    expect(text).toContain('Ehrenamtlich engagiert');
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:val="de-DE"');
  });
});
