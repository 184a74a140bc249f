import { diffFields, wordDiff, type DiffSegment } from './word-diff';

const join = (segments: DiffSegment[], kind: 'added' | 'removed') =>
  segments
    .filter((s) => s.kind === 'same' || s.kind === kind)
    .map((s) => s.text)
    .join('');

const pairs: [string, string][] = [
  [
    'Die Stadt fördert Sprachkurse für Geflüchtete.',
    'Die Stadt fördert berufsbezogene Sprachkurse für alle Zugewanderten.',
  ],
  ['Maßnahme: Ausbau der Beratungsstellen bis 2026.', 'Maßnahme: Ausbau   der Beratungsstellen bis Ende 2027!'],
  ['Übergänge in Ausbildung verbessern', 'Übergänge in Arbeit und Ausbildung deutlich verbessern'],
  ['Zeile eins\nZeile zwei\n\nAbsatz drei', 'Zeile eins\nZeile 2\n\nAbsatz drei und vier'],
  ['Schulsozialarbeit an allen Grundschulen', 'Mehrsprachige Elternarbeit in Kitas'],
  ['', 'Neuer Text mit Ä, Ö, Ü und ß.'],
  ['Gelöschter Text', ''],
  ['Größere Teilhabe', 'Grössere Teilhabe'],
  ['„Willkommenskultur“ stärken', '„Anerkennungskultur“ stärken 👍'],
];

describe('wordDiff', () => {
  it.each(pairs)('reconstructs both texts exactly: %j → %j', (before, after) => {
    const segments = wordDiff(before, after);
    expect(join(segments, 'removed')).toBe(before);
    expect(join(segments, 'added')).toBe(after);
    // Adjacent segments never share a kind, and none is empty.
    segments.forEach((s, i) => {
      expect(s.text).not.toBe('');
      if (i > 0) expect(s.kind).not.toBe(segments[i - 1].kind);
    });
  });

  it('diffs word by word', () => {
    expect(wordDiff('Die Stadt fördert Sprachkurse.', 'Die Stadt fördert berufsbezogene Sprachkurse.')).toEqual([
      { kind: 'same', text: 'Die Stadt fördert ' },
      { kind: 'added', text: 'berufsbezogene ' },
      { kind: 'same', text: 'Sprachkurse.' },
    ]);
  });

  it('treats words with umlauts as one word', () => {
    expect(wordDiff('Größere Teilhabe', 'Grössere Teilhabe')).toEqual([
      { kind: 'removed', text: 'Größere' },
      { kind: 'added', text: 'Grössere' },
      { kind: 'same', text: ' Teilhabe' },
    ]);
  });

  it('shows a rewritten phrase as one removal and one addition', () => {
    expect(wordDiff('Wir fördern Sprachkurse in Kitas', 'Wir stärken Elternarbeit an Schulen')).toEqual([
      { kind: 'same', text: 'Wir ' },
      { kind: 'removed', text: 'fördern Sprachkurse in Kitas' },
      { kind: 'added', text: 'stärken Elternarbeit an Schulen' },
    ]);
  });

  it('returns one unchanged segment when nothing changed', () => {
    expect(wordDiff('Keine Änderung.', 'Keine Änderung.')).toEqual([{ kind: 'same', text: 'Keine Änderung.' }]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('falls back to a plain replacement for very different long texts', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `alt${i}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, i) => `neu${i}`).join(' ');
    expect(wordDiff(before, after)).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  });
});

describe('diffFields', () => {
  it('lists only changed fields, in the key order of after, then keys only before has', () => {
    const changes = diffFields(
      { title: 'Sprachkurse', status: 'Entwurf', owner: 'Amt 50', removed: 'weg' },
      { status: 'Beschlossen', title: 'Sprachkurse', added: 'neu', owner: 'Amt 51' },
    );
    expect(changes.map((c) => c.field)).toEqual(['status', 'added', 'owner', 'removed']);
    expect(changes[0]).toEqual({
      field: 'status',
      before: 'Entwurf',
      after: 'Beschlossen',
      segments: [
        { kind: 'removed', text: 'Entwurf' },
        { kind: 'added', text: 'Beschlossen' },
      ],
    });
    expect(changes[1]).toMatchObject({ before: '', after: 'neu', segments: [{ kind: 'added', text: 'neu' }] });
    expect(changes[3]).toMatchObject({ before: 'weg', after: '', segments: [{ kind: 'removed', text: 'weg' }] });
  });

  it('returns nothing when nothing changed and does not read inherited properties', () => {
    expect(diffFields({ a: 'x', b: 'y' }, { b: 'y', a: 'x' })).toEqual([]);
    expect(diffFields({}, { constructor: 'x' })).toMatchObject([{ field: 'constructor', before: '', after: 'x' }]);
  });
});
