/**
 * The workshop assignment and the check-in as the coordinators' pages show
 * them: pure functions from the API's answers to what is drawn and listed.
 */

// ---------------------------------------------------------------- the report picture

export interface SlotReportData {
  slotStartsAt: string;
  registrants: number;
  byRank: readonly { rank: number; count: number; share: number }[];
  unassigned: number;
}

/** One part of the bar: a wish rank, or "no place" (rank null). */
export interface BarSegment {
  rank: number | null;
  count: number;
  /** Whole percent of the registrants with wishes, as written next to the bar. */
  percent: number;
  /** Where the segment starts and how wide it is, in percent of the bar. */
  x: number;
  width: number;
}

const percentOf = (count: number, total: number) => (total ? Math.round((count / total) * 100) : 0);

/**
 * The stacked bar of a slot: first wishes, second wishes…, then those who got
 * none. Widths come from the counts (so they add up to the whole bar); the
 * written percentages are rounded each on its own, like a reader would.
 */
export function barSegments(slot: SlotReportData): BarSegment[] {
  const total = slot.registrants;
  const parts = [
    ...[...slot.byRank].sort((a, b) => a.rank - b.rank).map((r) => ({ rank: r.rank as number | null, count: r.count })),
    { rank: null, count: slot.unassigned },
  ];
  let x = 0;
  return parts.map(({ rank, count }) => {
    const width = total ? (count / total) * 100 : 0;
    const segment = { rank, count, percent: percentOf(count, total), x, width };
    x += width;
    return segment;
  });
}

// ---------------------------------------------------------------- slots and participant lists

export interface SessionData {
  id: string;
  title: string;
  room: string;
  slotStartsAt: string;
  slotEndsAt: string;
  capacity: number;
}

export interface PlaceData {
  registrationId: string;
  sessionId: string;
  name: string;
  rank: number | null;
  manual: boolean;
}

export interface ConfirmedData {
  id: string;
  name: string;
  preferences: readonly string[];
}

export interface WorkshopList<S, P> {
  session: S;
  places: P[];
  /** Places beyond the workshop's capacity (0 when it holds). */
  over: number;
}

export interface Unplaced<R, S> {
  registration: R;
  /** The person's wishes among this slot's workshops, first choice first. */
  wishes: S[];
}

export interface Slot<S, P, R> {
  startsAt: string;
  endsAt: string;
  workshops: WorkshopList<S, P>[];
  /** Confirmed people without a place in this slot: those with wishes here first, then by name. */
  unplaced: Unplaced<R, S>[];
}

const instant = (iso: string) => Date.parse(iso);
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'de');

/** Whether two instants are the same slot (the API may write them differently). */
export const sameSlot = (a: string, b: string) => instant(a) === instant(b);

/**
 * Groups the workshops into slots (sessions starting together), each with its
 * participant list by name, and the confirmed people who have no place in
 * the slot. Places in unknown workshops are ignored.
 */
export function slotsOf<S extends SessionData, P extends PlaceData, R extends ConfirmedData>(
  sessions: readonly S[],
  places: readonly P[],
  confirmed: readonly R[],
): Slot<S, P, R>[] {
  const starts = [...new Set(sessions.map((s) => instant(s.slotStartsAt)))].sort((a, b) => a - b);
  return starts.map((start) => {
    const inSlot = sessions
      .filter((s) => instant(s.slotStartsAt) === start)
      .sort((a, b) => a.title.localeCompare(b.title, 'de') || a.id.localeCompare(b.id));
    const ids = new Set(inSlot.map((s) => s.id));
    const workshops = inSlot.map((session) => {
      const list = places.filter((p) => p.sessionId === session.id).sort(byName);
      return { session, places: list, over: Math.max(0, list.length - session.capacity) };
    });
    const placed = new Set(places.filter((p) => ids.has(p.sessionId)).map((p) => p.registrationId));
    const unplaced = confirmed
      .filter((r) => !placed.has(r.id))
      .map((registration) => ({
        registration,
        wishes: registration.preferences.flatMap((id) => inSlot.filter((s) => s.id === id)),
      }))
      .sort(
        (a, b) => Number(b.wishes.length > 0) - Number(a.wishes.length > 0) || byName(a.registration, b.registration),
      );
    const endsAt = inSlot.reduce(
      (end, s) => (instant(s.slotEndsAt) > instant(end) ? s.slotEndsAt : end),
      inSlot[0].slotEndsAt,
    );
    return { startsAt: inSlot[0].slotStartsAt, endsAt, workshops, unplaced };
  });
}

// ---------------------------------------------------------------- check-in

export interface CheckInRow {
  id: string;
  name: string;
  organisation: string | null;
  checkedInAt: string | null;
}

/** Lower case without accents, so "ayse" finds "Ayşe" and "gutersloh" "Gütersloh". */
export function searchable(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/ı/g, 'i').toLowerCase();
}

/**
 * The people a search finds: every word typed appears in the name or the
 * organisation (in any order); an empty search finds everyone. By name.
 */
export function searchCheckIn<R extends CheckInRow>(rows: readonly R[], query: string): R[] {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  return rows
    .filter((r) => {
      const text = searchable(`${r.name} ${r.organisation ?? ''}`);
      return words.every((w) => text.includes(w));
    })
    .sort(byName);
}

export function checkInCounts(rows: readonly CheckInRow[]): { present: number; total: number } {
  return { present: rows.filter((r) => r.checkedInAt).length, total: rows.length };
}
