import {
  EMPTY_DRAFT,
  adoptField,
  rebaseDraft,
  checkDraft,
  conflictRows,
  contentInput,
  diffParts,
  fieldOfServerMessage,
  idsFromSearch,
  mergePrefill,
  mergeSummary,
  plainText,
  similarQuery,
  unmergeable,
  type ContentField,
  type RecommendationDraft,
} from './model';

const draft = (over: Partial<RecommendationDraft> = {}): RecommendationDraft => ({
  ...EMPTY_DRAFT,
  title: 'Sprachkurse mit Kinderbetreuung ausbauen',
  rationale: '<p>Viele Mütter brauchen Betreuung.</p>',
  fieldOfActionId: 'sb',
  ...over,
});

/** Values as the page would show them, without the revision's names. */
const readable = (field: ContentField, d: RecommendationDraft) =>
  field === 'rationale'
    ? plainText(d.rationale)
    : field === 'municipalityIds'
      ? d.allMunicipalities
        ? 'alle'
        : d.municipalityIds.join(', ')
      : String(d[field] ?? '');

describe('checking a draft like the API does', () => {
  it('requires a title and a field of action', () => {
    expect(checkDraft({ ...EMPTY_DRAFT, title: '   ' })).toEqual({ title: 'required', fieldOfActionId: 'required' });
  });

  it('accepts a draft with title and field of action only', () => {
    expect(checkDraft(draft({ rationale: '' }))).toEqual({});
  });

  it('refuses a title over 300 characters and a chosen set without municipalities', () => {
    expect(checkDraft(draft({ title: 'x'.repeat(301), allMunicipalities: false }))).toEqual({
      title: 'tooLong',
      municipalityIds: 'chooseMunicipality',
    });
  });

  it('sends no municipalities when all are concerned, and blank texts as null', () => {
    const input = contentInput(draft({ municipalityIds: ['m1'], resources: '  ', title: ' T ' }));
    expect(input).toMatchObject({ title: 'T', allMunicipalities: true, municipalityIds: [], resources: null });
  });

  it('finds the field a server validation message is about', () => {
    expect(fieldOfServerMessage('Die Eingaben sind nicht gültig: title: required')).toBe('title');
    expect(fieldOfServerMessage('The input is not valid: municipalityIds: choose at least one')).toBe(
      'municipalityIds',
    );
    expect(fieldOfServerMessage('The input is not valid: fieldOfActionId: no field of action of this revision')).toBe(
      'fieldOfActionId',
    );
    expect(fieldOfServerMessage('Die Eingaben sind nicht gültig: evidence: at most 50 links')).toBeNull();
  });
});

describe('when to ask for similar recommendations', () => {
  it('skips short titles', () => {
    expect(similarQuery('Kurse', '')).toBeNull();
    expect(similarQuery('  Sprach  ', '<p>lang</p>')).toBeNull();
  });

  it('asks with the trimmed title and the rationale as plain text', () => {
    expect(
      similarQuery(' Sprachkurse für Mütter ', '<p>Mit <strong>Betreuung</strong></p><ul><li>Kita</li></ul>'),
    ).toEqual({
      title: 'Sprachkurse für Mütter',
      rationale: 'Mit Betreuung\nKita',
    });
  });
});

describe('a conflict between two edits', () => {
  const base = draft({ targetGroupIds: ['a', 'b'], resources: 'Eine Stelle' });

  it('lists only the fields the other person changed, their value next to mine', () => {
    const theirs = draft({
      title: 'Sprachkurse mit Kinderbetreuung in allen Kommunen',
      targetGroupIds: ['b', 'a'],
      resources: 'Zwei Stellen',
    });
    const mine = draft({ rationale: '<p>Meine neue Begründung.</p>', targetGroupIds: ['a', 'b'], resources: 'Drei' });
    expect(conflictRows(base, theirs, mine, readable)).toEqual([
      {
        field: 'title',
        theirs: 'Sprachkurse mit Kinderbetreuung in allen Kommunen',
        mine: 'Sprachkurse mit Kinderbetreuung ausbauen',
        kind: 'taken',
      },
      { field: 'resources', theirs: 'Zwei Stellen', mine: 'Drei', kind: 'clash' },
    ]);
  });

  it('compares rich text by its words and says when my input already matches', () => {
    const theirs = draft({
      rationale: '<p>Neu formuliert.</p>',
      targetGroupIds: ['a', 'b'],
      resources: 'Eine Stelle',
      allMunicipalities: false,
      municipalityIds: ['m1'],
    });
    const mine = draft({ rationale: '<p>Neu <em>formuliert</em>.</p>', resources: 'Eine Stelle' });
    expect(conflictRows(base, theirs, mine, readable)).toEqual([
      { field: 'rationale', theirs: 'Neu formuliert.', mine: 'Neu formuliert.', kind: 'same' },
      { field: 'municipalityIds', theirs: 'm1', mine: 'alle', kind: 'taken' },
    ]);
  });

  it('finds nothing when only the status moved', () => {
    expect(conflictRows(base, { ...base }, draft({ title: 'Mein Titel' }), readable)).toEqual([]);
  });

  it('keeps everything typed and takes the stored value only where the person changed nothing', () => {
    const theirs = draft({ title: 'Ihr Titel', resources: 'Zwei Stellen', targetGroupIds: ['a', 'b'] });
    const mine = draft({ rationale: '<p>Meine Begründung</p>', resources: 'Drei', targetGroupIds: ['a', 'b'] });
    expect(rebaseDraft(base, theirs, mine, readable)).toEqual({ ...mine, title: 'Ihr Titel' });
  });

  it('takes over one stored value on request and keeps the rest of my input', () => {
    const theirs = draft({ title: 'Ihr Titel', allMunicipalities: false, municipalityIds: ['m2'] });
    const mine = draft({ title: 'Mein Titel', resources: 'Zwei Stellen' });
    expect(adoptField(mine, theirs, 'title')).toEqual({ ...mine, title: 'Ihr Titel' });
    expect(adoptField(mine, theirs, 'municipalityIds')).toEqual({
      ...mine,
      allMunicipalities: false,
      municipalityIds: ['m2'],
    });
  });
});

describe('rendering a word diff', () => {
  it('marks added text as inserted and removed text as deleted', () => {
    expect(
      diffParts([
        { kind: 'same', text: 'Kurse ' },
        { kind: 'removed', text: 'ausbauen' },
        { kind: 'added', text: 'in allen Kommunen' },
      ]),
    ).toEqual([
      { kind: 'same', text: 'Kurse ' },
      { kind: 'del', text: 'ausbauen' },
      { kind: 'ins', text: 'in allen Kommunen' },
    ]);
  });

  it('shortens long unchanged stretches far from a change, keeping context on both sides', () => {
    const long = 'eins zwei drei vier fünf sechs sieben acht neun zehn ';
    const parts = diffParts(
      [
        { kind: 'added', text: 'Neu ' },
        { kind: 'same', text: long },
        { kind: 'removed', text: 'alt' },
      ],
      2,
    );
    expect(parts).toEqual([
      { kind: 'ins', text: 'Neu ' },
      { kind: 'same', text: 'eins zwei ' },
      { kind: 'gap' },
      { kind: 'same', text: 'neun zehn ' },
      { kind: 'del', text: 'alt' },
    ]);
  });

  it('keeps only the context next to a change at the start or end, and short stretches whole', () => {
    expect(
      diffParts(
        [
          { kind: 'same', text: 'a b c d e ' },
          { kind: 'added', text: 'x' },
          { kind: 'same', text: ' f g' },
        ],
        2,
      ),
    ).toEqual([
      { kind: 'gap' },
      { kind: 'same', text: 'd e ' },
      { kind: 'ins', text: 'x' },
      { kind: 'same', text: ' f g' },
    ]);
  });
});

describe('merging', () => {
  const source = (id: string, over: Partial<Parameters<typeof mergeSummary>[0][number]> = {}) => ({
    id,
    reference: id.toUpperCase(),
    title: `Titel ${id}`,
    supportCount: 0,
    authors: [],
    evidence: [],
    comments: [],
    ...over,
  });

  it('summarises what is carried over: authors once, supporters as a range, every comment and link', () => {
    const summary = mergeSummary([
      source('zt-01', {
        supportCount: 1,
        authors: [{ id: 'yusuf' }],
        evidence: [{}],
        comments: [{ replies: [{}] }],
      }),
      source('zt-02', { supportCount: 2, authors: [{ id: 'mariam' }, { id: 'yusuf' }], evidence: [{}, {}] }),
    ]);
    expect(summary).toEqual({
      sources: [
        { id: 'zt-01', reference: 'ZT-01', title: 'Titel zt-01' },
        { id: 'zt-02', reference: 'ZT-02', title: 'Titel zt-02' },
      ],
      authors: 2,
      supportersAtLeast: 2,
      supportersAtMost: 3,
      comments: 2,
      evidenceLinks: 5,
    });
  });

  it('prefills from the first source and joins target groups, organisations and municipalities', () => {
    const first = draft({
      targetGroupIds: ['a'],
      organisationIds: ['o1'],
      allMunicipalities: false,
      municipalityIds: ['m1'],
    });
    const second = draft({
      title: 'Zweiter',
      fieldOfActionId: 'zt',
      targetGroupIds: ['b', 'a'],
      allMunicipalities: false,
      municipalityIds: ['m2'],
    });
    expect(mergePrefill([first, second])).toEqual({
      ...first,
      targetGroupIds: ['a', 'b'],
      organisationIds: ['o1'],
      allMunicipalities: false,
      municipalityIds: ['m1', 'm2'],
    });
    expect(mergePrefill([first, draft()])).toMatchObject({ allMunicipalities: true, municipalityIds: [] });
  });

  it('reads unique ids from the address', () => {
    expect(idsFromSearch(' a, b,,a ,c')).toEqual(['a', 'b', 'c']);
    expect(idsFromSearch(null)).toEqual([]);
  });
});

describe('what can be merged', () => {
  it('names the sources that are drafts, decided or merged already', () => {
    const sources = (
      ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'FEASIBILITY_CHECK', 'AGREED', 'NOT_ADOPTED', 'MERGED'] as const
    ).map((status) => ({ status }));
    expect(unmergeable(sources).map((s) => s.status)).toEqual(['DRAFT', 'AGREED', 'NOT_ADOPTED', 'MERGED']);
  });
});
