import { barSegments, checkInCounts, sameSlot, searchCheckIn, searchable, slotsOf } from './assignment';

describe('the report picture of a slot', () => {
  it('stacks first, second and third wishes, then those without a place, over the whole bar', () => {
    const segments = barSegments({
      slotStartsAt: '2027-03-11T08:00:00.000Z',
      registrants: 3,
      byRank: [
        { rank: 2, count: 0, share: 0 },
        { rank: 1, count: 2, share: 2 / 3 },
      ],
      unassigned: 1,
    });
    expect(segments.map(({ rank, count, percent }) => ({ rank, count, percent }))).toEqual([
      { rank: 1, count: 2, percent: 67 },
      { rank: 2, count: 0, percent: 0 },
      { rank: null, count: 1, percent: 33 },
    ]);
    expect(segments[0]).toMatchObject({ x: 0 });
    expect(segments[0].width).toBeCloseTo(66.667, 2);
    expect(segments[1].x).toBeCloseTo(66.667, 2);
    expect(segments[2].x).toBeCloseTo(66.667, 2);
    expect(segments[2].x + segments[2].width).toBeCloseTo(100, 10);
  });

  it('draws nothing and writes 0 % when nobody in the slot has wishes', () => {
    expect(barSegments({ slotStartsAt: 'x', registrants: 0, byRank: [], unassigned: 0 })).toEqual([
      { rank: null, count: 0, percent: 0, x: 0, width: 0 },
    ]);
  });
});

const session = (id: string, title: string, starts: string, capacity = 1) => ({
  id,
  title,
  room: `Raum ${id}`,
  slotStartsAt: starts,
  slotEndsAt: starts.replace('T08', 'T10'),
  capacity,
});
const MORNING = '2027-03-11T08:00:00.000Z';
const AFTERNOON = '2027-03-11T12:00:00.000Z';

describe('slots and participant lists', () => {
  const sessions = [
    session('b', 'Bildung', MORNING),
    session('c', 'Wohnen', AFTERNOON, 5),
    session('a', 'Arbeit', '2027-03-11T08:00:00Z'),
  ];
  const place = (registrationId: string, sessionId: string, name: string, rank: number | null, manual = false) => ({
    registrationId,
    sessionId,
    name,
    rank,
    manual,
  });
  const people = [
    { id: 'r1', name: 'Ayşe Demir', preferences: ['a', 'b'] },
    { id: 'r2', name: 'Jonas Becker', preferences: ['a'] },
    { id: 'r3', name: 'Olena Koval', preferences: ['b'] },
    { id: 'r4', name: 'Anna Albers', preferences: [] },
  ];

  it('groups workshops starting at the same instant, by time and title, with their people by name', () => {
    const slots = slotsOf(
      sessions,
      [
        place('r3', 'b', 'Olena Koval', 1),
        place('r2', 'a', 'Jonas Becker', 1),
        place('r1', 'a', 'Ayşe Demir', 1, true),
      ],
      people,
    );
    expect(slots.map((s) => s.workshops.map((w) => w.session.id))).toEqual([['a', 'b'], ['c']]);
    expect(sameSlot(slots[0].startsAt, MORNING)).toBe(true);
    const [arbeit, bildung] = slots[0].workshops;
    expect(arbeit.places.map((p) => p.name)).toEqual(['Ayşe Demir', 'Jonas Becker']);
    expect(arbeit.over).toBe(1);
    expect(bildung.over).toBe(0);
  });

  it('lists who has no place in a slot, those with wishes there first, with those wishes in order', () => {
    const slots = slotsOf(sessions, [place('r2', 'a', 'Jonas Becker', 1), place('r3', 'b', 'Olena Koval', 1)], people);
    expect(slots[0].unplaced.map((u) => [u.registration.id, u.wishes.map((w) => w.id)])).toEqual([
      ['r1', ['a', 'b']],
      ['r4', []],
    ]);
    // Nobody wished for the afternoon: everyone is listed, by name.
    expect(slots[1].unplaced.map((u) => u.registration.name)).toEqual([
      'Anna Albers',
      'Ayşe Demir',
      'Jonas Becker',
      'Olena Koval',
    ]);
  });

  it('compares slots by instant, not by spelling', () => {
    expect(sameSlot('2027-03-11T08:00:00Z', MORNING)).toBe(true);
    expect(sameSlot(AFTERNOON, MORNING)).toBe(false);
  });
});

describe('check-in search', () => {
  const rows = [
    { id: '1', name: 'Jonas Becker', organisation: 'Jobcenter Kreis Gütersloh', checkedInAt: null },
    { id: '2', name: 'Ayşe Demir', organisation: 'Caritasverband', checkedInAt: '2027-03-11T08:01:00Z' },
    { id: '3', name: 'Olena Koval', organisation: null, checkedInAt: null },
  ];

  it('finds by name or organisation, ignoring case and accents, every word typed', () => {
    expect(searchCheckIn(rows, 'ayse').map((r) => r.id)).toEqual(['2']);
    expect(searchCheckIn(rows, 'GUTERSLOH').map((r) => r.id)).toEqual(['1']);
    expect(searchCheckIn(rows, 'becker jobcenter').map((r) => r.id)).toEqual(['1']);
    expect(searchCheckIn(rows, 'becker caritas')).toEqual([]);
  });

  it('shows everyone by name for an empty search', () => {
    expect(searchCheckIn(rows, '  ').map((r) => r.name)).toEqual(['Ayşe Demir', 'Jonas Becker', 'Olena Koval']);
  });

  it('counts who is here', () => {
    expect(checkInCounts(rows)).toEqual({ present: 1, total: 3 });
    expect(searchable('Straße Åse')).toBe('strasse ase');
  });
});
