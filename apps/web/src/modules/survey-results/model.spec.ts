import {
  audienceTotals,
  breakdownNote,
  byRank,
  countIn,
  findingsByField,
  fiveRatings,
  formatNumber,
  formatShare,
  largest,
  passageOf,
  ratingExtremes,
  sameIds,
  textIn,
  titleFrom,
} from './model';

describe('survey texts', () => {
  const texts = [
    { language: 'de', text: 'Wie zufrieden sind Sie?' },
    { language: 'en', text: 'How satisfied are you?' },
  ];

  it('are read in the page language, else in German', () => {
    expect(textIn(texts, 'en')).toBe('How satisfied are you?');
    expect(textIn(texts, 'uk')).toBe('Wie zufrieden sind Sie?');
    expect(textIn([{ language: 'tr', text: 'Nasıl?' }], 'de')).toBe('Nasıl?');
    expect(textIn([], 'de')).toBe('');
  });
});

describe('figures', () => {
  it('are written in the page language', () => {
    expect(formatNumber(2.345, 'de')).toBe('2,3');
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatShare(0.625, 'de')).toMatch(/^62,5\s%$/);
    expect(formatShare(0.5, 'en')).toBe('50%');
    expect(formatShare(null, 'de')).toBe('–');
  });

  it('name the most frequent option, the first of equals, and none when nobody answered', () => {
    const rows = [
      { key: 'a', label: 'A', count: 2 },
      { key: 'b', label: 'B', count: 5 },
      { key: 'c', label: 'C', count: 5 },
    ];
    expect(largest(rows)?.key).toBe('b');
    expect(largest([{ key: 'a', label: 'A', count: 0 }])).toBeNull();
  });

  it('name the best and the weakest rated field, leaving out fields nobody rated', () => {
    const extremes = ratingExtremes([
      { id: 'f1', name: 'Sprache', count: 4, average: 3.5, distribution: [0, 1, 1, 1, 1] },
      { id: 'f2', name: 'Arbeit', count: 0, average: null, distribution: [] },
      { id: 'f3', name: 'Wohnen', count: 3, average: 1.7, distribution: [1, 2] },
      { id: 'f4', name: 'Gesundheit', count: 2, average: 4.5, distribution: [0, 0, 0, 1, 1] },
    ]);
    expect(extremes?.best.name).toBe('Gesundheit');
    expect(extremes?.worst.name).toBe('Wohnen');
    expect(ratingExtremes([{ id: 'f', name: 'x', count: 0, average: null, distribution: [] }])).toBeNull();
  });

  it('always show five ratings', () => {
    expect(fiveRatings([1, 2])).toEqual([1, 2, 0, 0, 0]);
    expect(fiveRatings([1, 2, 3, 4, 5, 6])).toEqual([1, 2, 3, 4, 5]);
  });

  it('order a ranking by average rank, the most important first', () => {
    const ranked = byRank([
      { key: 'b', label: 'Beratung', averageRank: 2.5 },
      { key: 'a', label: 'Arbeit', averageRank: 1.2 },
      { key: 'c', label: 'Corona', averageRank: 2.5 },
    ]);
    expect(ranked.map((r) => r.key)).toEqual(['a', 'b', 'c']);
  });

  it('sum the audiences, with a rate over the invited audiences only', () => {
    const total = audienceTotals([
      { audience: 'ORGANISATION', invited: 10, started: 6, submitted: 4, responseRate: 0.4 },
      { audience: 'MUNICIPALITY', invited: 10, started: 3, submitted: 2, responseRate: 0.2 },
      { audience: 'PUBLIC', invited: 0, started: 9, submitted: 7, responseRate: null },
    ]);
    expect(total).toEqual({ audience: 'TOTAL', invited: 20, started: 18, submitted: 13, responseRate: 0.3 });
    expect(
      audienceTotals([{ audience: 'PUBLIC', invited: 0, started: 2, submitted: 1, responseRate: null }]).responseRate,
    ).toBeNull();
  });
});

describe('breakdowns', () => {
  it('say how many respondents are combined and how many are not shown', () => {
    const groups = [
      { key: 'g', label: 'Gütersloh', respondents: 6, merged: false },
      { key: 'merged', label: 'Weitere (zusammengefasst)', respondents: 7, merged: true },
    ];
    expect(breakdownNote(groups, 7)).toEqual({ merged: 7, hidden: 0 });
    expect(breakdownNote([], 4)).toEqual({ merged: 0, hidden: 4 });
    expect(breakdownNote(groups.slice(0, 1), 0)).toEqual({ merged: 0, hidden: 0 });
  });

  it('count an option a group did not choose as zero', () => {
    expect(countIn([{ key: 'a', count: 3 }], 'a')).toBe(3);
    expect(countIn([{ key: 'a', count: 3 }], 'b')).toBe(0);
  });
});

describe('codes and findings', () => {
  it('compare codes in any order', () => {
    expect(sameIds(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameIds(['a'], ['a', 'b'])).toBe(false);
    expect(sameIds(['a', 'a'], ['a'])).toBe(true);
    expect(sameIds([], [])).toBe(true);
  });

  it('group findings under their field of action, in the fields’ order, oldest first', () => {
    const fields = [
      { id: 'f1', title: 'Sprache' },
      { id: 'f2', title: 'Arbeit' },
    ];
    const groups = findingsByField(fields, [
      { id: 'x', fieldOfActionId: 'f2', createdAt: '2026-03-02T10:00:00Z' },
      { id: 'y', fieldOfActionId: 'f1', createdAt: '2026-03-03T10:00:00Z' },
      { id: 'z', fieldOfActionId: 'f2', createdAt: '2026-03-01T10:00:00Z' },
      { id: 'w', fieldOfActionId: 'gone', createdAt: '2026-03-01T10:00:00Z' },
    ]);
    expect(groups.map((g) => [g.field.id, g.findings.map((f) => f.id)])).toEqual([
      ['f1', ['y']],
      ['f2', ['z', 'x']],
    ]);
  });

  it('take a marked passage of the notes, tidied, and nothing marked outside them', () => {
    const notes = 'Die Sprachkurse sind voll.\n\nWartezeiten   von sechs Monaten sind üblich.';
    expect(passageOf(notes, '  Wartezeiten von sechs\nMonaten ')).toBe('Wartezeiten von sechs Monaten');
    expect(passageOf(notes, 'Kita-Plätze fehlen')).toBeNull();
    expect(passageOf(notes, '   ')).toBeNull();
    expect(passageOf(notes, null)).toBeNull();
  });

  it('make a title of an answer’s first words', () => {
    expect(titleFrom('  Zu wenig   Kita-Plätze ')).toBe('Zu wenig Kita-Plätze');
    const long = 'Die Wartezeiten auf einen Integrationskurs betragen in Verl und Rietberg oft mehr als sechs Monate';
    const title = titleFrom(long, 40);
    expect(title.length).toBeLessThanOrEqual(40);
    expect(title).toBe('Die Wartezeiten auf einen…');
  });
});
