import JSZip from 'jszip';
import { AdoptionResult, ConceptSectionKind } from '@konzeptwerk/contracts';
import { readPdf } from '@konzeptwerk/testing';
import { conceptDocx, conceptPdf, segmentsOf, type ConceptDocumentInput } from './concept-documents';
import { liveHtml } from './concept-render';

const figures = liveHtml(
  { kind: ConceptSectionKind.DATA_AND_FACTS, fieldOfActionId: null },
  {
    goals: [],
    recommendations: [],
    indicators: [
      {
        name: 'Ausländische Bevölkerung',
        unit: 'Personen',
        source: 'IT.NRW',
        year: 2024,
        values: [
          { municipality: 'Gütersloh', value: 22650 },
          { municipality: 'Verl', value: 4610 },
        ],
      },
    ],
  },
);

const input: ConceptDocumentInput = {
  title: 'Integrationskonzept',
  regionName: 'Kreis Gütersloh',
  versionNumber: 2,
  adoption: { body: 'Kreistag', date: '2027-03-18', reference: 'DS 37/2027', result: AdoptionResult.ADOPTED },
  sections: [
    { id: 'a', parentId: null, level: 1, title: 'Einleitung', html: '<p>Vorwort.</p>' },
    {
      id: 'b',
      parentId: null,
      level: 1,
      title: 'Daten und Fakten',
      html: `<p>Die Ausgangslage.</p>${figures}<p>Danach.</p>`,
    },
  ],
  recommendations: [],
};

describe('tables in the concept’s documents', () => {
  it('splits a chapter into its text and its tables, in reading order', () => {
    const segments = segmentsOf(input.sections[1].html);
    expect(segments.map((s) => s.kind)).toEqual(['blocks', 'table', 'blocks']);
    expect(segments[1]).toEqual({
      kind: 'table',
      rows: [
        [
          { header: true, text: 'Kommune' },
          { header: true, text: 'Personen' },
        ],
        [
          { header: false, text: 'Gütersloh' },
          { header: false, text: '22.650' },
        ],
        [
          { header: false, text: 'Verl' },
          { header: false, text: '4.610' },
        ],
      ],
    });
  });

  it('as PDF: a tagged table with header cells, in its place between the paragraphs', async () => {
    const pdf = await readPdf(await conceptPdf(input));
    expect(pdf.roles).toMatchObject({ Table: 1, TR: 3, TH: 2, TD: 4 });
    const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
    expect(text.indexOf('Die Ausgangslage.')).toBeLessThan(text.indexOf('Kommune'));
    expect(text.indexOf('4.610')).toBeLessThan(text.indexOf('Danach.'));
  });

  it('as DOCX: a Word table whose header row repeats on every page', async () => {
    const zip = await JSZip.loadAsync(await conceptDocx(input));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(1);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml.indexOf('Die Ausgangslage.')).toBeLessThan(xml.indexOf('22.650'));
  });
});
