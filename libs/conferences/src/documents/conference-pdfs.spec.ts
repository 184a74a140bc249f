import { ParticipantRole } from '@konzeptwerk/contracts';
import { readPdf } from '@konzeptwerk/testing';
import { nameBadgesPdf, participantListsPdf } from './conference-pdfs';

const conference = {
  title: 'Integrationskonferenz 2026',
  startsAt: new Date('2026-03-11T08:00:00Z'),
  venue: 'Kreishaus',
};
const workshop = (n: number) => ({
  id: `w${n}`,
  title: `Workshop ${n}: Sprache und Bildung`,
  room: `Raum ${n}`,
  slotStartsAt: new Date('2026-03-11T09:00:00Z'),
  slotEndsAt: new Date('2026-03-11T11:00:00Z'),
  moderators: ['Anna Koordination'],
});
const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: i === 0 ? 'Ольга Петрова' : `Teilnehmerin ${i + 1} Müßig`,
    organisation: i % 2 ? 'Caritas Gütersloh' : null,
    role: ParticipantRole.VOLUNTEER,
  }));

describe('participant lists and name badges', () => {
  it('lists every person of every workshop, with a bookmark per workshop, page numbers and tags', async () => {
    const pdf = await participantListsPdf(conference, [
      { workshop: workshop(1), people: people(60) },
      { workshop: workshop(2), people: people(3) },
    ]);
    const read = await readPdf(pdf);
    expect(read.title).toBe('Teilnehmendenlisten – Integrationskonferenz 2026');
    expect(read.tagged).toBe(true);
    expect(read.outline).toEqual(['Workshop 1: Sprache und Bildung', 'Workshop 2: Sprache und Bildung']);
    const text = read.pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Ольга Петрова');
    for (let i = 2; i <= 60; i++) expect(text).toContain(`Teilnehmerin ${i} Müßig`);
    expect(text).toContain('Moderation: Anna Koordination');
    expect(text).toContain('Ehrenamtlich engagiert');
    // 60 rows do not fit one page: the first workshop runs over, the second starts on a page of its own.
    expect(read.pages.length).toBeGreaterThanOrEqual(3);
    read.pages.forEach((page, i) => expect(page).toContain(`Seite ${i + 1} von ${read.pages.length}`));
    expect(read.pages[read.pages.length - 1]).toContain('Workshop 2: Sprache und Bildung');
  });

  it('prints eight badges a page with name, organisation, role and workshop', async () => {
    const pdf = await nameBadgesPdf(
      conference,
      people(9).map((p, i) => ({ ...p, workshop: i < 5 ? 'Sprache und Bildung' : null })),
    );
    const read = await readPdf(pdf);
    read.pages = read.pages.map((page) => page.replace(/\s+/g, ' '));
    expect(read.pages).toHaveLength(2);
    expect(read.pages[0]).toContain('Ольга Петрова');
    expect(read.pages[0]).toContain('Workshop: Sprache und Bildung');
    expect(read.pages[1]).toContain('Teilnehmerin 9 Müßig');
    expect(read.pages[1]).not.toContain('Workshop:');
  });

  it('says so when there is nobody to list', async () => {
    const read = await readPdf(await participantListsPdf(conference, []));
    expect(read.pages[0]).toContain('Noch niemand ist einem Workshop zugeteilt.');
  });
});
