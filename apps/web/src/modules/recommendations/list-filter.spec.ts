import {
  EMPTY_FILTER,
  isFiltered,
  isMergeable,
  listFilterParams,
  mergePath,
  parseListFilter,
  toApiFilter,
  type ListFilter,
} from './list-filter';

const FIELD = '0b8a5c3e-1f2d-4c5b-9a8e-7d6c5b4a3f21';
const GROUP = '1c9b6d4f-2e3a-4d6c-8b9f-8e7d6c5b4a32';
const TOWN = '2dac7e5a-3f4b-4e7d-9cae-9f8e7d6c5b43';
const ORG = '3ebd8f6b-4a5c-4f8e-8dbf-af9e8d7c6b54';

describe('parseListFilter', () => {
  it('reads an empty URL as the unfiltered list', () => {
    expect(parseListFilter(new URLSearchParams())).toEqual(EMPTY_FILTER);
    expect(isFiltered(EMPTY_FILTER)).toBe(false);
  });

  it('reads every part of a shared link', () => {
    const search = new URLSearchParams(
      `feld=${FIELD}&zielgruppe=${GROUP}&kommune=${TOWN}&organisation=${ORG}&status=IN_REVIEW&status=SUBMITTED&suche=Sprach%C3%A4rztin&meine=1&seite=3`,
    );
    expect(parseListFilter(search)).toEqual({
      fieldOfActionId: FIELD,
      targetGroupId: GROUP,
      municipalityId: TOWN,
      organisationId: ORG,
      statuses: ['SUBMITTED', 'IN_REVIEW'],
      search: 'Sprachärztin',
      mine: true,
    });
  });

  it('drops what a hand-edited URL may hold instead of sending it to the API', () => {
    const filter = parseListFilter(
      new URLSearchParams('feld=SB&zielgruppe=&status=BOGUS&status=AGREED&status=AGREED&meine=ja&suche=%20%20'),
    );
    expect(filter).toEqual({ ...EMPTY_FILTER, statuses: ['AGREED'] });
  });

  it('cuts an overlong search text', () => {
    expect(parseListFilter(new URLSearchParams({ suche: 'a'.repeat(500) })).search).toHaveLength(200);
  });
});

describe('listFilterParams', () => {
  const filter: ListFilter = {
    ...EMPTY_FILTER,
    fieldOfActionId: FIELD,
    statuses: ['FEASIBILITY_CHECK', 'SUBMITTED'],
    search: '  Sprache und Bildung ',
  };

  it('writes only what narrows the list, statuses in lifecycle order, and leaves out the first page', () => {
    expect(listFilterParams(filter).toString()).toBe(
      `feld=${FIELD}&status=SUBMITTED&status=FEASIBILITY_CHECK&suche=Sprache+und+Bildung`,
    );
    expect(listFilterParams(EMPTY_FILTER).toString()).toBe('');
    expect(listFilterParams({ ...EMPTY_FILTER, mine: true }, 2).toString()).toBe('meine=1&seite=2');
  });

  it('round-trips through the URL', () => {
    const full: ListFilter = {
      fieldOfActionId: FIELD,
      targetGroupId: GROUP,
      municipalityId: TOWN,
      organisationId: ORG,
      statuses: ['DRAFT', 'MERGED'],
      search: 'Kita & Schule',
      mine: true,
    };
    expect(parseListFilter(listFilterParams(full, 4))).toEqual(full);
    expect(isFiltered(full)).toBe(true);
  });
});

describe('toApiFilter', () => {
  it('sends nulls for the parts not set, so the API applies none of them', () => {
    expect(toApiFilter(EMPTY_FILTER)).toEqual({
      fieldOfActionId: null,
      targetGroupId: null,
      municipalityId: null,
      organisationId: null,
      statuses: null,
      search: null,
      mine: false,
    });
    expect(toApiFilter({ ...EMPTY_FILTER, statuses: ['AGREED'], search: 'Kita', mine: true })).toMatchObject({
      statuses: ['AGREED'],
      search: 'Kita',
      mine: true,
    });
  });
});

describe('merging', () => {
  it('allows submitted recommendations up to the feasibility check, like the API', () => {
    expect(['SUBMITTED', 'IN_REVIEW', 'FEASIBILITY_CHECK'].every((s) => isMergeable(s as never))).toBe(true);
    expect(['DRAFT', 'AGREED', 'NOT_ADOPTED', 'MERGED'].some((s) => isMergeable(s as never))).toBe(false);
  });

  it('hands the chosen ids to the merge page, comma-separated', () => {
    expect(mergePath('rev', [FIELD, GROUP])).toBe(
      `/fortschreibungen/rev/empfehlungen/zusammenfuehren?ids=${FIELD},${GROUP}`,
    );
  });
});
