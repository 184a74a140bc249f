import {
  checkOfferDraft,
  emptyDraft,
  filterByNames,
  gapMatrix,
  isStale,
  languageName,
  mayKeepOffer,
  offerInput,
  ownOrganisationIds,
  telHref,
  websiteHref,
  wegweiserChoices,
  WHOLE_REGION,
} from './model';

const offer = (municipalities: string[], fieldsOfAction: string[], targetGroups: string[], languages: string[]) => ({
  municipalities,
  fieldsOfAction,
  targetGroups,
  languages,
});

describe('languageName', () => {
  it('names a language in the interface language and leaves unknown codes', () => {
    expect(languageName('ar', 'de')).toBe('Arabisch');
    expect(languageName('ar', 'en')).toBe('Arabic');
    expect(languageName('ls', 'de')).toBe('Leichte Sprache');
    expect(languageName('xx', 'de')).toBe('xx');
  });
});

describe('isStale', () => {
  const now = new Date('2026-11-28T10:00:00Z');
  it('flags offers not confirmed for over a year', () => {
    expect(isStale('2025-11-27T10:00:00Z', now)).toBe(true);
    expect(isStale('2025-11-29T10:00:00Z', now)).toBe(false);
    expect(isStale('not a date', now)).toBe(false);
  });
});

describe('wegweiserChoices', () => {
  it('collects distinct names, without the whole-region marker, and languages in list order', () => {
    const choices = wegweiserChoices([
      offer(['Verl', 'Gütersloh'], ['Sprache'], ['Frauen'], ['tr', 'de']),
      offer([WHOLE_REGION], ['Arbeit', 'Sprache'], [], ['ar', 'de']),
    ]);
    expect(choices).toEqual({
      municipalities: ['Gütersloh', 'Verl'],
      fieldsOfAction: ['Arbeit', 'Sprache'],
      targetGroups: ['Frauen'],
      languages: ['de', 'ar', 'tr'],
    });
  });
});

describe('filterByNames', () => {
  const a = offer(['Gütersloh'], ['Sprache'], ['Frauen'], ['de']);
  const b = offer(['Verl'], ['Arbeit'], [], ['de']);
  const all = offer([WHOLE_REGION], ['Arbeit'], ['Frauen'], ['de']);
  it('keeps offers of the place, and those for the whole region', () => {
    expect(filterByNames([a, b, all], { municipality: 'Gütersloh', fieldOfAction: '', targetGroup: '' })).toEqual([
      a,
      all,
    ]);
  });
  it('combines field and target group', () => {
    expect(filterByNames([a, b, all], { municipality: '', fieldOfAction: 'Arbeit', targetGroup: 'Frauen' })).toEqual([
      all,
    ]);
    expect(filterByNames([a, b], { municipality: '', fieldOfAction: '', targetGroup: '' })).toEqual([a, b]);
  });
});

describe('gapMatrix', () => {
  it('gives every field a count per municipality, zero where the API has none', () => {
    const rows = gapMatrix(
      [
        { fieldOfActionId: 'f1', municipalityId: 'm1', offers: 2 },
        { fieldOfActionId: 'f1', municipalityId: 'm2', offers: 0 },
      ],
      [
        { id: 'f1', title: 'Sprache' },
        { id: 'f2', title: 'Arbeit' },
      ],
      [{ id: 'm1' }, { id: 'm2' }],
    );
    expect(rows).toEqual([
      { fieldOfActionId: 'f1', title: 'Sprache', counts: [2, 0], empty: 1 },
      { fieldOfActionId: 'f2', title: 'Arbeit', counts: [0, 0], empty: 2 },
    ]);
  });
});

describe('who keeps offers', () => {
  const memberships = [
    { revisionId: 'r', organisationId: 'jobcenter', role: 'IMPLEMENTING_ACTOR' },
    { revisionId: 'other', organisationId: 'caritas', role: 'IMPLEMENTING_ACTOR' },
    { revisionId: 'r', organisationId: null, role: 'PARTICIPANT' },
  ];
  it('lets coordinators keep every offer and members their organisation’s in this revision', () => {
    expect(mayKeepOffer('caritas', 'r', true, [])).toBe(true);
    expect(mayKeepOffer('jobcenter', 'r', false, memberships)).toBe(true);
    expect(mayKeepOffer('caritas', 'r', false, memberships)).toBe(false);
    expect(ownOrganisationIds('r', memberships)).toEqual(['jobcenter']);
  });
});

describe('links', () => {
  it('makes link targets of websites and phone numbers', () => {
    expect(websiteHref('www.caritas-gt.de')).toBe('https://www.caritas-gt.de');
    expect(websiteHref('http://a.example')).toBe('http://a.example');
    expect(telHref('+49 5241 / 12-34')).toBe('tel:+4952411234');
    expect(telHref('05241 1234')).toBe('tel:052411234');
  });
});

describe('offer drafts', () => {
  it('asks for provider, kind, title, a field and a language, and a valid e-mail', () => {
    const draft = { ...emptyDraft(), languages: [], contactEmail: 'no-address' };
    expect(checkOfferDraft(draft)).toEqual({
      organisationId: 'required',
      kind: 'required',
      title: 'required',
      fieldOfActionIds: 'required',
      languages: 'required',
      contactEmail: 'email',
    });
  });
  it('sends trimmed text and null for empty optional fields', () => {
    const input = offerInput({
      ...emptyDraft('o'),
      kind: 'COURSE',
      title: ' Kurs ',
      fieldOfActionIds: ['f'],
      website: ' ',
    });
    expect(checkOfferDraft({ ...emptyDraft('o'), kind: 'COURSE', title: 'Kurs', fieldOfActionIds: ['f'] })).toEqual({});
    expect(input).toMatchObject({ title: 'Kurs', website: null, contactEmail: null, languages: ['de'] });
  });
});
