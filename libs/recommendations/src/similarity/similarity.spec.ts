import { normaliseText, splitCompound, stemWord } from './german-text';
import { LABELLED_PAIRS, type FieldOfAction } from './labelled-pairs';
import {
  fingerprintTerms,
  rankSimilar,
  SIMILARITY_THRESHOLD,
  similarityScore,
  type SimilarityInput,
} from './similarity';

const rec = (title: string, body = ''): SimilarityInput => ({ title, body });
const shared = (a: SimilarityInput, b: SimilarityInput) => {
  const terms = new Set(fingerprintTerms(a));
  return fingerprintTerms(b).filter((t) => terms.has(t));
};

describe('labelled pairs', () => {
  test('cover all six fields with about as many duplicates as non-duplicates', () => {
    const fields = new Set<FieldOfAction>(LABELLED_PAIRS.map((p) => p.field));
    const duplicates = LABELLED_PAIRS.filter((p) => p.duplicate).length;
    expect(LABELLED_PAIRS.length).toBeGreaterThanOrEqual(60);
    expect(fields.size).toBe(6);
    expect(duplicates / LABELLED_PAIRS.length).toBeGreaterThan(0.4);
    expect(duplicates / LABELLED_PAIRS.length).toBeLessThan(0.6);
  });

  test('are told apart at SIMILARITY_THRESHOLD with precision >= 0.85 and recall >= 0.8', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    for (const { a, b, duplicate } of LABELLED_PAIRS) {
      const suggested = similarityScore(a, b) >= SIMILARITY_THRESHOLD;
      if (duplicate && suggested) tp++;
      else if (duplicate) fn++;
      else if (suggested) fp++;
      else tn++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(
      `similarity on ${LABELLED_PAIRS.length} labelled pairs: precision ${precision.toFixed(2)}, ` +
        `recall ${recall.toFixed(2)} (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn}) at threshold ${SIMILARITY_THRESHOLD}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.85);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });

  test('every pair with a score above zero shares a fingerprint term, so the prefilter loses nothing', () => {
    const texts = LABELLED_PAIRS.flatMap((p) => [p.a, p.b]);
    for (const a of texts) {
      for (const b of texts) {
        if (similarityScore(a, b) > 0) expect(shared(a, b)).not.toEqual([]);
      }
    }
  });
});

describe('German text analysis', () => {
  test('stemming joins singular and plural', () => {
    for (const [singular, plural] of [
      ['sprachkurs', 'sprachkurse'],
      ['kurs', 'kursen'],
      ['kita', 'kitas'],
      ['wohnung', 'wohnungen'],
      ['unterkunft', 'unterkünfte'],
      ['arzt', 'ärzte'],
    ]) {
      expect(stemWord(plural)).toBe(stemWord(singular));
    }
    expect(fingerprintTerms(rec('Sprachkurs für Mutter und Kind'))).toEqual(
      fingerprintTerms(rec('Sprachkurse für Mütter und Kinder')),
    );
  });

  test('feminine and gender-inclusive forms count as one word', () => {
    const expected = fingerprintTerms(rec('Lehrer und Migranten'));
    for (const title of [
      'Lehrerinnen und Migrantinnen',
      'Lehrer*innen und Migrant:innen',
      'LehrerInnen und Migrant_innen',
    ]) {
      expect(fingerprintTerms(rec(title))).toEqual(expected);
    }
  });

  test('stop words and domain filler words are ignored', () => {
    const terms = fingerprintTerms(rec('Die Kurse sollen für die Eltern und mit den Kindern angeboten werden'));
    expect(terms).toEqual(fingerprintTerms(rec('Kurse Eltern Kinder')));
    for (const word of ['die', 'und', 'fur', 'soll', 'werd', 'angebot']) expect(terms).not.toContain(word);
    expect(fingerprintTerms(rec('Der Kreis soll das Angebot für Zugewanderte und Geflüchtete stärken'))).toEqual([]);
  });

  test('HTML tags and entities are ignored', () => {
    expect(normaliseText('<p>Kurse&nbsp;für <strong>Eltern</strong> &amp; Kinder</p>')).toBe(
      ' kurse für  eltern  & kinder ',
    );
    const html = rec('Elterncafés', '<p>Regelmäßige <em>Treffen</em> an Grundschulen</p><ul><li>Kontakt</li></ul>');
    const plain = rec('Elterncafés', 'Regelmäßige Treffen an Grundschulen Kontakt');
    expect(similarityScore(html, plain)).toBe(1);
    for (const tag of ['p', 'em', 'ul', 'li', 'strong', 'nbsp']) expect(fingerprintTerms(html)).not.toContain(tag);
  });

  test('compounds relate to their parts: Sprachkurse, Sprachkursangebote, Kurse für Sprache', () => {
    expect(splitCompound('sprachkursangebote')).toEqual(['sprach', 'kurs', 'angebot']);
    expect(splitCompound('integrationskursen')).toEqual(['integration', 'kurs']);
    expect(splitCompound('verwaltung')).toBeNull();
    const variants = [rec('Sprachkurse'), rec('Sprachkursangebote'), rec('Kurse für Sprache')];
    for (const a of variants) {
      for (const b of variants) {
        expect(shared(a, b)).toEqual(expect.arrayContaining([stemWord('sprache'), stemWord('kurse')]));
        expect(similarityScore(a, b)).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
      }
    }
  });
});

describe('similarityScore', () => {
  const a = rec(
    'Sprachkurse mit Kinderbetreuung',
    '<p>Für Eltern sollen Deutschkurse angeboten werden, während die Kinder betreut werden.</p>',
  );
  const b = rec('Kinderbetreuung während der Deutschkurse für Eltern', 'Mütter und Väter können am Kurs teilnehmen.');
  const unrelated = rec('Impfaktionen in Gemeinschaftsunterkünften', 'Mobile Impfteams des Gesundheitsamtes.');

  test('is symmetric and deterministic', () => {
    for (const pair of LABELLED_PAIRS) {
      expect(similarityScore(pair.a, pair.b)).toBe(similarityScore(pair.b, pair.a));
    }
    expect(similarityScore(a, b)).toBe(similarityScore({ ...a }, { ...b }));
  });

  test('is 1 for identical texts and within [0, 1] otherwise', () => {
    expect(similarityScore(a, { ...a })).toBe(1);
    for (const pair of LABELLED_PAIRS) {
      expect(similarityScore(pair.a, pair.a)).toBe(1);
      const score = similarityScore(pair.a, pair.b);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  test('is 0 for texts without content words', () => {
    expect(similarityScore(rec(''), rec(''))).toBe(0);
    expect(similarityScore(rec('<p></p>', 'und die'), a)).toBe(0);
  });

  test('puts unrelated texts below the threshold and duplicates above it', () => {
    expect(similarityScore(a, unrelated)).toBeLessThan(SIMILARITY_THRESHOLD);
    expect(similarityScore(rec('Mehrsprachige Ehrenamtsbörse'), rec('Wohnungsbau'))).toBe(0);
    expect(similarityScore(a, b)).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
  });

  test('weighs a shared title above the same overlap in the body', () => {
    const inTitles = similarityScore(rec('Sprachkurse', 'Wohnungen'), rec('Sprachkurse', 'Impfungen'));
    const inBodies = similarityScore(rec('Wohnungen', 'Sprachkurse'), rec('Impfungen', 'Sprachkurse'));
    expect(inTitles).toBeGreaterThan(inBodies);
  });
});

describe('fingerprintTerms', () => {
  test('is sorted and distinct', () => {
    const terms = fingerprintTerms(rec('Kurse, Kurse, Kurse', 'Sprache und Kurs und Sprachen'));
    expect(terms).toEqual([...new Set(terms)].sort());
  });

  test('contains the stems a duplicate pair shares', () => {
    const pair = LABELLED_PAIRS.find((p) => p.a.title === 'Sprachkurse mit Kinderbetreuung');
    if (!pair) throw new Error('pair missing');
    expect(shared(pair.a, pair.b)).toEqual(
      expect.arrayContaining([stemWord('kinderbetreuung'), stemWord('sprache'), stemWord('kurse'), stemWord('eltern')]),
    );
  });
});

describe('rankSimilar', () => {
  const query = rec('Sprachkurse für Eltern mit Kinderbetreuung', 'Deutschkurse für Mütter und Väter in der Kita.');
  const candidates = [
    { id: 'unrelated', ...rec('Impfaktionen in Unterkünften', 'Mobile Impfteams kommen in die Unterkünfte.') },
    { id: 'close', ...rec('Deutschkurse für Eltern', 'Sprachkurse für Mütter und Väter, Kinder werden betreut.') },
    {
      id: 'same',
      ...rec('Sprachkurse für Eltern mit Kinderbetreuung', 'Deutschkurse für Mütter und Väter in der Kita.'),
    },
    { id: 'nearer', ...rec('Sprachkurse für Eltern mit Kinderbetreuung', 'Kurse für Mütter und Väter.') },
  ];

  test('returns the candidates at or above the threshold, best first', () => {
    const ranked = rankSimilar(query, candidates);
    expect(ranked.map((r) => r.item.id)).toEqual(['same', 'nearer', 'close']);
    expect(ranked[0].score).toBe(1);
    expect(ranked[0].item).toBe(candidates[2]);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].score).toBeGreaterThanOrEqual(ranked[i].score);
    for (const r of ranked) expect(r.score).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
  });

  test('respects the limit', () => {
    expect(rankSimilar(query, candidates, 2).map((r) => r.item.id)).toEqual(['same', 'nearer']);
    expect(rankSimilar(query, candidates, 0)).toEqual([]);
    expect(rankSimilar(query, [])).toEqual([]);
  });

  test('handles 1,000 candidates and finds the duplicate among them', () => {
    const texts = LABELLED_PAIRS.flatMap((p) => [p.a, p.b]).filter((t) => !t.title.includes('Sprach'));
    const many = Array.from({ length: 1000 }, (_, i) => {
      const t = texts[i % texts.length];
      return { id: i, title: t.title, body: `${t.body} ${texts[(i * 7) % texts.length].body}` };
    });
    many[617] = { id: 617, ...rec('Deutschkurse für Eltern mit Kinderbetreuung', 'Für Mütter und Väter in der Kita.') };
    const ranked = rankSimilar(query, many);
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.length).toBeLessThanOrEqual(5);
    expect(ranked[0].item.id).toBe(617);
  });
});
