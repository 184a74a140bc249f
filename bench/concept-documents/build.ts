// Builds one document of a concept of the size a Kreis adopts (about 150 pages, 300 recommendations) in a
// process of its own and prints what it took: time, peak memory (maxRSS), bytes, pages. Run by run.mjs.
import { conceptDocx, conceptPdf, type ConceptDocumentInput } from '@konzeptwerk/concept';
import { AdoptionResult, ConceptSectionKind } from '@konzeptwerk/contracts';
import { freezeSections, type LiveContent, type SectionRow } from '@konzeptwerk/concept';

const FIELDS = [
  ['SB', 'Sprache und Bildung'],
  ['AW', 'Arbeit und Wirtschaft'],
  ['ZL', 'Zusammenleben und Teilhabe'],
  ['GP', 'Gesundheit und Pflege'],
  ['WM', 'Wohnen und Mobilität'],
  ['PI', 'Politische Partizipation'],
  ['KS', 'Kultur und Sport'],
  ['IK', 'Interkulturelle Öffnung'],
] as const;

const sentence = (i: number) =>
  `Satz ${i}: Die Kommunen des Kreises stimmen ihre Angebote ab, damit Familien, Beschäftigte und Ehrenamtliche sie finden, verstehen und nutzen können.`;
const paragraph = (seed: number, sentences = 5) =>
  `<p>${Array.from({ length: sentences }, (_, i) => sentence(seed * 10 + i)).join(' ')}</p>`;

export function sizedConcept(recommendationsTotal = 300, extraChapters = 130): ConceptDocumentInput {
  const rows: SectionRow[] = [];
  let id = 0;
  const add = (row: Omit<SectionRow, 'id'>) => {
    const s = { ...row, id: `00000000-0000-4000-8000-${String(++id).padStart(12, '0')}` };
    rows.push(s);
    return s.id;
  };
  const chapter = (kind: ConceptSectionKind, title: string, paragraphs: number, position: number) =>
    add({
      parentId: null,
      position,
      kind,
      fieldOfActionId: null,
      title,
      body: Array.from({ length: paragraphs }, (_, p) => paragraph(position * 100 + p)).join(''),
    });
  chapter(ConceptSectionKind.INTRODUCTION, 'Einleitung', 12, 0);
  chapter(ConceptSectionKind.GUIDING_PRINCIPLES, 'Leitbild und Leitziele', 10, 1);
  const data = chapter(ConceptSectionKind.DATA_AND_FACTS, 'Daten und Fakten', 8, 2);
  for (let i = 0; i < extraChapters; i++)
    add({
      parentId: data,
      position: i,
      kind: ConceptSectionKind.CUSTOM,
      fieldOfActionId: null,
      title: `Kommune ${i + 1}`,
      body:
        paragraph(900 + i, 8) + paragraph(950 + i, 8) + '<ul><li>Bevölkerung</li><li>Schulen</li><li>Arbeit</li></ul>',
    });
  chapter(ConceptSectionKind.STRUCTURES, 'Strukturen und Netzwerke', 14, 3);
  const fields = chapter(ConceptSectionKind.FIELDS_OF_ACTION, 'Handlungsfelder', 2, 4);
  FIELDS.forEach(([code, title], i) =>
    add({
      parentId: fields,
      position: i,
      kind: ConceptSectionKind.FIELD_OF_ACTION,
      fieldOfActionId: code,
      title,
      body: paragraph(500 + i, 6) + paragraph(600 + i, 6),
    }),
  );
  chapter(ConceptSectionKind.IMPLEMENTATION, 'Umsetzung und Monitoring', 10, 5);
  const live: LiveContent = {
    goals: FIELDS.map(([code, title]) => ({
      fieldOfActionId: code,
      text: `Angebote im Handlungsfeld „${title}“ sind bekannt und erreichbar.`,
    })),
    recommendations: Array.from({ length: recommendationsTotal }, (_, i) => {
      const [code] = FIELDS[i % FIELDS.length];
      const n = Math.floor(i / FIELDS.length) + 1;
      return {
        fieldOfActionId: code,
        reference: `${code}-${String(n).padStart(2, '0')}`,
        title: `Empfehlung ${n} im Handlungsfeld ${code}`,
        rationale: paragraph(2000 + i, 3),
      };
    }),
  };
  return {
    title: 'Integrationskonzept des Kreises Gütersloh 2026–2028',
    regionName: 'Kreis Gütersloh',
    versionNumber: 4,
    adoption: { body: 'Kreistag', date: '2027-03-18', reference: 'Drucksache 37/2027', result: AdoptionResult.ADOPTED },
    sections: freezeSections(rows, live),
    recommendations: [],
  };
}

async function main() {
  const format = process.argv[2];
  const input = sizedConcept();
  const started = process.hrtime.bigint();
  const file = format === 'docx' ? await conceptDocx(input) : await conceptPdf(input);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const pages = format === 'pdf' ? (file.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length : null;
  process.stdout.write(
    JSON.stringify({
      format,
      ms: Math.round(ms),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      bytes: file.length,
      pages,
      sections: input.sections.length,
      recommendations: 300,
    }),
  );
}

if (require.main === module)
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
