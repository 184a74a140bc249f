import {
  EMPTY_CONFERENCE,
  EMPTY_REGISTRATION,
  checkConference,
  checkRegistration,
  checkWorkshop,
  conferenceFieldsInput,
  countShares,
  newConferenceFields,
  newWorkshopDraft,
  parseCapacity,
  preferencesOf,
  registerInput,
  setWish,
  wishOptions,
  wishSlots,
} from './model';

const workshops = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
const ids = (list: { id: string }[]) => list.map((w) => w.id);

describe('ranked workshop wishes', () => {
  it('offers one select per workshop, at most three', () => {
    expect([0, 1, 2, 3, 7].map(wishSlots)).toEqual([0, 1, 2, 3, 3]);
  });

  it('offers in each select only workshops not chosen in another', () => {
    const wishes = ['b', '', 'd'];
    expect(ids(wishOptions(workshops, wishes, 0))).toEqual(['a', 'b', 'c']);
    expect(ids(wishOptions(workshops, wishes, 1))).toEqual(['a', 'c']);
    expect(ids(wishOptions(workshops, wishes, 2))).toEqual(['a', 'c', 'd']);
  });

  it('moves a workshop chosen again away from its former rank', () => {
    expect(setWish(['a', 'b'], 2, 'a')).toEqual(['', 'b', 'a']);
    expect(setWish([], 1, 'c')).toEqual(['', 'c']);
    expect(setWish(['a', 'b'], 0, '')).toEqual(['', 'b']);
  });

  it('sends the wishes first choice first, without gaps or repeats', () => {
    expect(preferencesOf(['', 'b', 'a'])).toEqual(['b', 'a']);
    expect(preferencesOf(['a', 'a', 'b', 'c', 'd'])).toEqual(['a', 'b', 'c']);
    expect(preferencesOf([])).toEqual([]);
  });
});

describe('the registration form', () => {
  it('asks for name, e-mail, role and consent, like the server', () => {
    expect(checkRegistration(EMPTY_REGISTRATION)).toEqual({
      name: 'required',
      email: 'required',
      role: 'roleRequired',
      consent: 'consentRequired',
    });
  });

  it('refuses an address without domain and accepts a complete registration', () => {
    const draft = { ...EMPTY_REGISTRATION, name: 'Ayşe Demir', role: 'VOLUNTEER' as const, consent: true };
    expect(checkRegistration({ ...draft, email: 'ayse@' })).toEqual({ email: 'invalidEmail' });
    expect(checkRegistration({ ...draft, email: ' ayse@example.org ' })).toEqual({});
  });

  it('sends optional fields as null and the wishes in order', () => {
    const draft = {
      ...EMPTY_REGISTRATION,
      name: ' Ayşe Demir ',
      email: 'ayse@example.org',
      role: 'CITIZEN' as const,
      organisation: '  ',
      wishes: ['', 'w2', 'w1'],
      consent: true,
    };
    expect(registerInput('c1', 2, draft)).toEqual({
      conferenceId: 'c1',
      privacyTextVersion: 2,
      name: 'Ayşe Demir',
      email: 'ayse@example.org',
      organisation: null,
      municipalityId: null,
      role: 'CITIZEN',
      accessibilityNeeds: null,
      preferences: ['w2', 'w1'],
      consent: true,
    });
  });
});

describe('the conference form', () => {
  const valid = {
    ...EMPTY_CONFERENCE,
    title: 'Integrationskonferenz 2027',
    venue: 'Kreishaus Gütersloh',
    startsAt: '2027-03-11T09:00',
    endsAt: '2027-03-11T16:00',
    capacity: '130',
    registrationOpensAt: '2027-01-10T08:00',
    registrationClosesAt: '2027-03-04T23:59',
    privacyTextDe: 'Wir speichern …',
    privacyTextEn: 'We store …',
  };

  it('accepts complete facts and sends them as instants', () => {
    expect(checkConference(valid, true)).toEqual({});
    expect(conferenceFieldsInput(valid)).toMatchObject({
      startsAt: '2027-03-11T08:00:00.000Z',
      capacity: 130,
      description: null,
      address: null,
    });
  });

  it('gives a new conference every fact, and refuses a draft nobody checked', () => {
    expect(newConferenceFields(valid)).toMatchObject({ capacity: 130, endsAt: expect.any(String) });
    expect(() => newConferenceFields(EMPTY_CONFERENCE)).toThrow(/check the draft first/);
  });

  it('names every missing fact; the privacy notice only when creating', () => {
    expect(checkConference(EMPTY_CONFERENCE, true)).toEqual({
      title: 'required',
      venue: 'required',
      startsAt: 'required',
      endsAt: 'required',
      registrationOpensAt: 'required',
      registrationClosesAt: 'required',
      capacity: 'required',
      privacyTextDe: 'required',
      privacyTextEn: 'required',
    });
    expect(checkConference({ ...valid, privacyTextDe: '', privacyTextEn: '' }, false)).toEqual({});
  });

  it('checks the order of the times', () => {
    expect(checkConference({ ...valid, endsAt: '2027-03-11T09:00' }, true)).toEqual({ endsAt: 'endBeforeStart' });
    expect(checkConference({ ...valid, registrationClosesAt: '2027-01-01T00:00' }, true)).toEqual({
      registrationClosesAt: 'closesBeforeOpens',
    });
    expect(checkConference({ ...valid, registrationClosesAt: '2027-03-11T17:00' }, true)).toEqual({
      registrationClosesAt: 'closesAfterEnd',
    });
    expect(checkConference({ ...valid, startsAt: '2027-02-30T09:00' }, true)).toEqual({
      startsAt: 'invalidDateTime',
    });
  });

  it('takes whole numbers of places from 0 to 100 000', () => {
    expect(['0', ' 12 ', '100000', '100001', '-1', '2.5', 'viele'].map(parseCapacity)).toEqual([
      0,
      12,
      100_000,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('the workshop form', () => {
  const conference = { startsAt: '2027-03-11T08:00:00.000Z', endsAt: '2027-03-11T15:00:00.000Z' };

  it('starts with the conference times and asks for title, room and places', () => {
    const draft = newWorkshopDraft(conference);
    expect(draft.slotStartsAt).toBe('2027-03-11T09:00');
    expect(checkWorkshop(draft, conference)).toEqual({ title: 'required', room: 'required', capacity: 'required' });
  });

  it('keeps the slot within the conference', () => {
    const draft = { ...newWorkshopDraft(conference), title: 'Sprache', room: 'Saal 1', capacity: '30' };
    expect(checkWorkshop({ ...draft, slotStartsAt: '2027-03-11T08:00' }, conference)).toEqual({
      slotStartsAt: 'slotOutsideConference',
    });
    expect(checkWorkshop({ ...draft, slotEndsAt: '2027-03-11T09:00' }, conference)).toEqual({
      slotEndsAt: 'endBeforeStart',
    });
    expect(
      checkWorkshop({ ...draft, slotStartsAt: '2027-03-11T10:00', slotEndsAt: '2027-03-11T12:00' }, conference),
    ).toEqual({});
  });
});

describe('the picture of the counts', () => {
  it('shows confirmed and free places and the waiting list beyond', () => {
    expect(countShares({ confirmed: 1, waitlisted: 0 }, 4)).toEqual({ confirmed: 25, free: 75, waitlisted: 0 });
    expect(countShares({ confirmed: 1, waitlisted: 1 }, 1)).toEqual({ confirmed: 50, free: 0, waitlisted: 50 });
    expect(countShares({ confirmed: 0, waitlisted: 0 }, 0)).toEqual({ confirmed: 0, free: 0, waitlisted: 0 });
  });
});
