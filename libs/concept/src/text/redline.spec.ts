import JSZip from 'jszip';
import {
  redline,
  redlineBlocks,
  redlineDocx,
  redlineHtml,
  redlineSummary,
  RedlineSection,
  VersionSection,
  wordSimilarity,
} from './redline';

const section = (
  id: string,
  title: string,
  html: string,
  level = 1,
  parentId: string | null = null,
): VersionSection => ({
  id,
  parentId,
  level,
  title,
  html,
});

describe('redlineBlocks', () => {
  it('shows a reworded paragraph as one changed block with word-level changes', () => {
    expect(
      redlineBlocks(
        '<p>Die Sprachkurse werden ausgebaut.</p>',
        '<p>Die Sprachkurse für Eltern werden deutlich ausgebaut.</p>',
      ),
    ).toEqual([
      {
        tag: 'p',
        status: 'changed',
        segments: [
          { kind: 'same', text: 'Die Sprachkurse ' },
          { kind: 'added', text: 'für Eltern ' },
          { kind: 'same', text: 'werden ' },
          { kind: 'added', text: 'deutlich ' },
          { kind: 'same', text: 'ausgebaut.' },
        ],
      },
    ]);
  });

  it('shows an inserted paragraph as added between unchanged ones', () => {
    const before = '<p>Ziele des Landkreises.</p><p>Maßnahmen im Überblick.</p>';
    const after =
      '<p>Ziele des Landkreises.</p><p>Neu ist das Elterncafé in Nordstadt.</p><p>Maßnahmen im Überblick.</p>';
    expect(redlineBlocks(before, after).map((b) => [b.status, b.segments])).toEqual([
      ['same', [{ kind: 'same', text: 'Ziele des Landkreises.' }]],
      ['added', [{ kind: 'added', text: 'Neu ist das Elterncafé in Nordstadt.' }]],
      ['same', [{ kind: 'same', text: 'Maßnahmen im Überblick.' }]],
    ]);
  });

  it('keeps a rewritten paragraph as removed and added when the texts have little in common', () => {
    const blocks = redlineBlocks(
      '<p>Die Sprachkurse werden ausgebaut.</p>',
      '<p>Ein Beirat berät künftig den Kreistag.</p>',
    );
    expect(blocks.map((b) => b.status)).toEqual(['removed', 'added']);
    expect(blocks[0].segments).toEqual([{ kind: 'removed', text: 'Die Sprachkurse werden ausgebaut.' }]);
  });

  it('pairs changed list items one to one and keeps the others', () => {
    const before =
      '<ul><li>Sprachkurse für Eltern</li><li>Hausaufgabenhilfe in der Schule</li><li>Sport im Verein</li></ul>';
    const after =
      '<ul><li>Sprachkurse für Eltern und Großeltern</li><li>Beratung im Jobcenter</li><li>Hausaufgabenhilfe in jeder Schule</li><li>Sport im Verein</li></ul>';
    const blocks = redlineBlocks(before, after);
    expect(blocks.map((b) => [b.tag, b.status])).toEqual([
      ['li', 'changed'],
      ['li', 'added'],
      ['li', 'changed'],
      ['li', 'same'],
    ]);
    expect(blocks[0].segments).toEqual([
      { kind: 'same', text: 'Sprachkurse für Eltern' },
      { kind: 'added', text: ' und Großeltern' },
    ]);
    expect(blocks[2].segments).toContainEqual({ kind: 'removed', text: 'der' });
    expect(blocks[2].segments).toContainEqual({ kind: 'added', text: 'jeder' });
  });

  it('compares table cells and decoded entities', () => {
    const before = '<table><tbody><tr><td>Sprachkurse &amp; Beratung</td><td>120&nbsp;Plätze</td></tr></tbody></table>';
    const after = '<table><tbody><tr><td>Sprachkurse &amp; Beratung</td><td>150 Plätze</td></tr></tbody></table>';
    expect(redlineBlocks(before, after)).toEqual([
      { tag: 'td', status: 'same', segments: [{ kind: 'same', text: 'Sprachkurse & Beratung' }] },
      {
        tag: 'td',
        status: 'changed',
        segments: [
          { kind: 'removed', text: '120' },
          { kind: 'added', text: '150' },
          { kind: 'same', text: ' Plätze' },
        ],
      },
    ]);
  });

  it('ignores markup that does not change the text, e.g. li > p or bold', () => {
    expect(
      redlineBlocks('<ul><li><p>Elterncafé</p></li></ul>', '<ul><li><p><strong>Elterncafé</strong></p></li></ul>'),
    ).toEqual([{ tag: 'p', status: 'same', segments: [{ kind: 'same', text: 'Elterncafé' }] }]);
  });
});

describe('wordSimilarity', () => {
  it('is the share of common words', () => {
    expect(wordSimilarity('Die Kurse', 'die Kurse!')).toBe(1);
    expect(wordSimilarity('Die Kurse', 'Neue Angebote')).toBe(0);
    expect(wordSimilarity('a b c d', 'a b x y')).toBe(0.5);
    expect(wordSimilarity('–', '–')).toBe(1);
  });
});

describe('redline', () => {
  const before = [
    section('s1', 'Sprache', '<p>Die Sprachkurse werden ausgebaut.</p>'),
    section('s2', 'Wohnen', '<p>Wohnraum ist knapp.</p><p>Der Landkreis prüft Modelle.</p>'),
    section('s3', 'Arbeit', '<p>Das Jobcenter berät.</p>'),
  ];

  it('matches sections by id, in the order of the new version, with removed ones where they stood', () => {
    const after = [
      section('s3', 'Arbeit und Ausbildung', '<p>Das Jobcenter berät.</p>'),
      section('s1', 'Sprache', '<p>Die Sprachkurse für Eltern werden deutlich ausgebaut.</p>'),
      section('s4', 'Gesundheit', '<p>Dolmetscher in Praxen.</p>', 2, 's1'),
    ];
    const result = redline(before, after);
    expect(result.map((s) => [s.id, s.status, s.level])).toEqual([
      ['s3', 'changed', 1],
      ['s1', 'changed', 1],
      ['s2', 'removed', 1],
      ['s4', 'added', 2],
    ]);
    expect(result[0].titleSegments).toEqual([
      { kind: 'same', text: 'Arbeit' },
      { kind: 'added', text: ' und Ausbildung' },
    ]);
    expect(result[0].blocks.map((b) => b.status)).toEqual(['same']);
    expect(result[2]).toEqual({
      id: 's2',
      level: 1,
      status: 'removed',
      title: 'Wohnen',
      titleSegments: [{ kind: 'removed', text: 'Wohnen' }],
      blocks: [
        { tag: 'p', status: 'removed', segments: [{ kind: 'removed', text: 'Wohnraum ist knapp.' }] },
        { tag: 'p', status: 'removed', segments: [{ kind: 'removed', text: 'Der Landkreis prüft Modelle.' }] },
      ],
    });
    expect(result[3].blocks).toEqual([
      { tag: 'p', status: 'added', segments: [{ kind: 'added', text: 'Dolmetscher in Praxen.' }] },
    ]);
    expect(redlineSummary(result)).toEqual({ added: 1, removed: 2, changed: 1 });
  });

  it('puts a removed first section first and keeps runs of removed sections in order', () => {
    const result = redline(before, [section('s3', 'Arbeit', '<p>Das Jobcenter berät.</p>')]);
    expect(result.map((s) => [s.id, s.status])).toEqual([
      ['s1', 'removed'],
      ['s2', 'removed'],
      ['s3', 'same'],
    ]);
  });

  it('reports an unchanged draft as the same throughout', () => {
    const result = redline(before, before);
    expect(result.every((s) => s.status === 'same' && s.blocks.every((b) => b.status === 'same'))).toBe(true);
    expect(redlineSummary(result)).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('compares a 150-section document of about 400 KB well within a second', () => {
    const paragraph = (s: number, p: number) =>
      `<p>Im Handlungsfeld ${s} beschreibt Absatz ${p}, wie der Landkreis die Integration von Zugewanderten ` +
      `gemeinsam mit Kommunen, Vereinen und Ehrenamtlichen fördert &amp; weiterentwickelt.</p>`;
    const version = (edit: boolean) =>
      Array.from({ length: 150 }, (_, s) =>
        section(
          `s${s}`,
          `Handlungsfeld ${s}`,
          Array.from({ length: 16 }, (_, p) =>
            edit && p % 5 === 0 ? paragraph(s, p).replace('gemeinsam mit', 'eng gemeinsam mit den') : paragraph(s, p),
          ).join(''),
        ),
      );
    const [oldVersion, newVersion] = [version(false), version(true)];
    const size = newVersion.reduce((sum, s) => sum + s.html.length, 0);
    expect(size).toBeGreaterThan(350_000);
    const began = performance.now();
    const result = redline(oldVersion, newVersion);
    const took = performance.now() - began;
    console.log(`redline of 150 sections, ${Math.round(size / 1000)} KB: ${took.toFixed(0)} ms`);
    expect(redlineSummary(result)).toEqual({ added: 0, removed: 0, changed: 150 * 4 });
    expect(took).toBeLessThan(5_000);
  });
});

describe('redlineHtml', () => {
  const sections: RedlineSection[] = redline(
    [
      section('s1', 'Sprache', '<p>Die Sprachkurse werden ausgebaut.</p><ul><li>Kurse</li></ul>'),
      section('s2', 'Wohnen', '<p>Wohnraum ist knapp.</p>', 2, 's1'),
    ],
    [
      section('s1', 'Sprache', '<p>Die Sprachkurse für Eltern werden ausgebaut.</p><ul><li>Kurse</li></ul>'),
      section('s3', 'Bildung <Schule>', '<p>Lehrkräfte &lt;script&gt; &amp; Eltern</p>'),
    ],
  );

  it('marks changes with ins and del and whole sections and blocks with classes', () => {
    expect(redlineHtml(sections)).toBe(
      [
        '<section class="redline-section redline-changed"><h2>Sprache</h2>' +
          '<p class="redline-p redline-changed">Die Sprachkurse <ins>für Eltern </ins>werden ausgebaut.</p>' +
          '<ul class="redline-list"><li class="redline-li">Kurse</li></ul></section>',
        '<section class="redline-section redline-removed"><h3><del>Wohnen</del></h3>' +
          '<p class="redline-p redline-removed"><del>Wohnraum ist knapp.</del></p></section>',
        '<section class="redline-section redline-added"><h2><ins>Bildung &lt;Schule&gt;</ins></h2>' +
          '<p class="redline-p redline-added"><ins>Lehrkräfte &lt;script&gt; &amp; Eltern</ins></p></section>',
      ].join('\n'),
    );
  });

  it('shifts the headings by the offset, within h1 to h6', () => {
    expect(redlineHtml(sections, { headingOffset: 2 })).toContain('<h3>Sprache</h3>');
    expect(redlineHtml(sections, { headingOffset: 9 })).toContain('<h6>Sprache</h6>');
    expect(redlineHtml(sections)).not.toMatch(/style=|<script/);
  });
});

describe('redlineDocx', () => {
  it('writes changes as Word tracked changes under heading styles, in German', async () => {
    const sections = redline(
      [
        section('s1', 'Sprache', '<p>Die Sprachkurse werden ausgebaut.</p>'),
        section('s2', 'Wohnen', '<p>Wohnraum ist knapp.</p>'),
      ],
      [
        section('s1', 'Sprache und Bildung', '<p>Die Sprachkurse für Eltern werden ausgebaut.</p>'),
        section('s3', 'Unterkünfte', '<p>Neue Unterkunft &amp; Beratung</p>', 2, 's1'),
      ],
    );
    const date = new Date('2026-03-02T10:15:00.000Z');
    const buffer = await redlineDocx('Integrationskonzept – Entwurf 2', sections, { author: 'Integrationsbüro', date });
    const zip = await JSZip.loadAsync(buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    const styles = await zip.file('word/styles.xml')!.async('string');

    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Integrationsbüro" w:date="2026-03-02T10:15:00Z">/);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="Integrationsbüro" w:date="2026-03-02T10:15:00Z">/);
    expect(xml).toContain('für Eltern ');
    expect(xml).toMatch(/<w:delText[^>]*>Wohnraum ist knapp\.<\/w:delText>/);
    expect(xml).toMatch(/<w:t[^>]*> und Bildung<\/w:t>/);
    expect(xml).toContain('Neue Unterkunft &amp; Beratung');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(styles).toContain('w:val="de-DE"');
    // Every revision has its own id.
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
