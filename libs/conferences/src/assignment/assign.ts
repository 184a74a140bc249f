import { MinCostFlow } from './min-cost-flow';

/** A workshop session; sessions with the same `slotId` run at the same time. */
export interface AssignmentSession {
  readonly id: string;
  readonly slotId: string;
  /** Seats: an integer ≥ 0. */
  readonly capacity: number;
}

/** A registrant with ranked preferences: session ids, first choice first; may be empty, may span slots. */
export interface AssignmentRegistrant {
  readonly id: string;
  readonly preferences: readonly string[];
}

/** A place the coordinator has fixed by hand: it holds even when the session is full. */
export interface AssignmentOverride {
  readonly registrantId: string;
  readonly sessionId: string;
}

export interface AssignmentInput {
  readonly sessions: readonly AssignmentSession[];
  readonly registrants: readonly AssignmentRegistrant[];
  /** At most one per registrant and slot; consumes seats before any preference is considered. */
  readonly overrides?: readonly AssignmentOverride[];
  /**
   * Also place registrants who named no session of a slot (and have no override there) into the seats left over in
   * that slot: by registrant id, each into the session with the most free seats (ties by session id).
   * Default `false`: who named nothing in a slot gets nothing there.
   */
  readonly fillUnranked?: boolean;
}

/** How a place came about. */
export type AssignmentSource = 'PREFERENCE' | 'OVERRIDE' | 'FILL';

export interface Assignment {
  readonly registrantId: string;
  readonly sessionId: string;
  readonly slotId: string;
  /** Rank of the session among the registrant's preferences in this slot; `null` for an override or a fill. */
  readonly rank: number | null;
  readonly source: AssignmentSource;
}

/**
 * A registrant left without a place in a slot: one who named sessions there (and has no override there), or, with
 * `fillUnranked`, one who named none and found no free seat.
 */
export interface UnassignedRegistrant {
  readonly registrantId: string;
  readonly slotId: string;
}

export interface RankCount {
  /** 1 = first choice. */
  readonly rank: number;
  readonly count: number;
  /** `count / registrants` of the slot's report (0 when it has none). */
  readonly share: number;
}

export interface OverCapacitySession {
  readonly sessionId: string;
  readonly capacity: number;
  readonly assigned: number;
}

/** The outcome of one slot. `byRank` counts plus `unassigned` equal `registrants`; the shares plus the unassigned share make 1. */
export interface SlotReport {
  readonly slotId: string;
  /** Registrants placed by their preferences here: those who named a session of this slot and have no override in it. */
  readonly registrants: number;
  /** One entry per rank from 1 to the longest list of preferences among them, zero counts included. */
  readonly byRank: readonly RankCount[];
  /** Of `registrants`, those who got none of their choices. */
  readonly unassigned: number;
  /** Overrides in this slot, whether or not the registrant had named the session. */
  readonly overrides: number;
  /** Registrants without preferences here placed by `fillUnranked`. */
  readonly filled: number;
  /** Registrants without preferences here whom `fillUnranked` could not place (0 without `fillUnranked`). */
  readonly unfilled: number;
  /** Sessions that overrides have pushed beyond their capacity. */
  readonly overCapacity: readonly OverCapacitySession[];
}

export interface AssignmentResult {
  /** Sorted by registrant id, then slot id. */
  readonly assignments: readonly Assignment[];
  /** Sorted by registrant id, then slot id. */
  readonly unassigned: readonly UnassignedRegistrant[];
  /** One per slot that has sessions, sorted by slot id. */
  readonly slots: readonly SlotReport[];
}

export type AssignmentInputProblem =
  | 'INVALID_ID'
  | 'DUPLICATE_SESSION'
  | 'INVALID_CAPACITY'
  | 'DUPLICATE_REGISTRANT'
  | 'UNKNOWN_SESSION'
  | 'DUPLICATE_PREFERENCE'
  | 'UNKNOWN_REGISTRANT'
  | 'CONFLICTING_OVERRIDE';

/** The input cannot be assigned as given; `id` names the offending session or registrant. */
export class AssignmentInputError extends Error {
  constructor(
    readonly problem: AssignmentInputProblem,
    readonly id: string,
    message: string,
  ) {
    super(message);
    this.name = 'AssignmentInputError';
  }
}

/**
 * Assigns the registrants of an Integrationskonferenz to its workshop sessions.
 *
 * Sessions that share a slot run at the same time, so everyone gets at most one session per slot. A registrant's
 * preferences are one ranked list of session ids; a session's rank is its position among the registrant's
 * preferences *in the same slot* (a list [A₁, B₂, C₁] with slots 1 and 2 ranks A first and C second in slot 1, and B
 * first in slot 2).
 *
 * Objective, per slot and lexicographic: first as many registrants as possible get one of their choices, then as
 * many as possible get their first choice, then their second, and so on. Capacities are never exceeded except by
 * overrides, which are placed first and reported.
 *
 * ## Cost scheme
 * Each slot is one min-cost-flow problem: source → registrant (capacity 1, cost 0) → preferred session (capacity 1,
 * cost `w(r)` for rank r) → sink (capacity = seats left after overrides, cost 0). With n registrants in the problem
 * and K the longest list of preferences in the slot, let B = n + 1 and
 *
 *     w(r) = B^(K−1) − B^(K−r)          (w(1) = 0, w(r) grows with r)
 *
 * A flow that assigns m registrants, c_r of them to their r-th choice, costs
 * m·B^(K−1) − (c_1·B^(K−1) + c_2·B^(K−2) + … + c_K·B^0). The bracket is the base-B numeral with digits c_1 … c_K;
 * every digit is at most n < B, so comparing numerals compares (c_1, …, c_K) lexicographically, and for a fixed m
 * the cheapest flow is the lexicographically best one. m itself comes first because successive shortest paths end
 * at a maximum flow and that flow is the cheapest among all maximum flows: no rank improvement is ever bought with
 * a seat. This is the single-objective form with arc costs −(B^K + B^(K−r)) in disguise: there a flow costs
 * −(the base-B numeral with digits m, c_1 … c_K), so one more assigned registrant outweighs every improvement in
 * rank; for a fixed m the two costs differ by the constant m·(B^K + B^(K−1)), so both pick the same flow. The
 * non-negative form lets Dijkstra start without a Bellman-Ford pass. Costs are `bigint`, exact for any K.
 *
 * Summed over slots the objective stays lexicographic: slots share no capacity and no registrant's choice in one
 * slot constrains another, so the best per slot is the best overall.
 *
 * ## Determinism
 * Sessions, registrants and overrides are sorted by id (code-unit order, independent of locale) before anything
 * else, so the order of the input arrays does not matter; only the order within each preference list does. Among
 * equally good assignments the choice is fixed by that canonical order (the graph is built in it and the shortest
 * path search breaks ties by node number); it is reproducible, not a fairness rule.
 */
export function assignWorkshops(input: AssignmentInput): AssignmentResult {
  const sessions = [...input.sessions].sort((a, b) => compareIds(a.id, b.id));
  const registrants = [...input.registrants].sort((a, b) => compareIds(a.id, b.id));
  const overrides = [...(input.overrides ?? [])].sort(
    (a, b) => compareIds(a.registrantId, b.registrantId) || compareIds(a.sessionId, b.sessionId),
  );
  const sessionById = checkSessions(sessions);
  checkRegistrants(registrants, sessionById);
  const overrideBySlot = checkOverrides(overrides, sessionById, new Set(registrants.map((r) => r.id)));

  const slotIds = [...new Set(sessions.map((s) => s.slotId))].sort(compareIds);
  const assignments: Assignment[] = [];
  const unassigned: UnassignedRegistrant[] = [];
  const slots = slotIds.map((slotId) =>
    assignSlot({
      slotId,
      sessions: sessions.filter((s) => s.slotId === slotId),
      registrants,
      sessionById,
      overrides: overrideBySlot.get(slotId) ?? new Map(),
      fillUnranked: input.fillUnranked ?? false,
      assignments,
      unassigned,
    }),
  );
  const byRegistrantAndSlot = (
    a: { registrantId: string; slotId: string },
    b: { registrantId: string; slotId: string },
  ) => compareIds(a.registrantId, b.registrantId) || compareIds(a.slotId, b.slotId);
  return {
    assignments: assignments.sort(byRegistrantAndSlot),
    unassigned: unassigned.sort(byRegistrantAndSlot),
    slots,
  };
}

interface SlotProblem {
  slotId: string;
  sessions: AssignmentSession[];
  registrants: AssignmentRegistrant[];
  sessionById: Map<string, AssignmentSession>;
  /** registrant id → session id */
  overrides: Map<string, string>;
  fillUnranked: boolean;
  assignments: Assignment[];
  unassigned: UnassignedRegistrant[];
}

function assignSlot(p: SlotProblem): SlotReport {
  const { slotId, sessions } = p;
  const taken = new Map(sessions.map((s) => [s.id, 0]));
  for (const [registrantId, sessionId] of p.overrides) {
    taken.set(sessionId, (taken.get(sessionId) ?? 0) + 1);
    p.assignments.push({ registrantId, sessionId, slotId, rank: null, source: 'OVERRIDE' });
  }
  const overCapacity = sessions
    .filter((s) => (taken.get(s.id) ?? 0) > s.capacity)
    .map((s) => ({ sessionId: s.id, capacity: s.capacity, assigned: taken.get(s.id) ?? 0 }));

  const ranked: { id: string; choices: string[] }[] = [];
  const unranked: string[] = [];
  for (const r of p.registrants) {
    if (p.overrides.has(r.id)) continue;
    const choices = r.preferences.filter((id) => p.sessionById.get(id)?.slotId === slotId);
    if (choices.length > 0) ranked.push({ id: r.id, choices });
    else unranked.push(r.id);
  }
  const maxRank = Math.max(0, ...ranked.map((r) => r.choices.length));
  const counts = new Array<number>(maxRank).fill(0);

  for (const { registrantId, placed } of solve(ranked, sessions, taken, maxRank)) {
    if (!placed) {
      p.unassigned.push({ registrantId, slotId });
    } else {
      const { sessionId, rank } = placed;
      counts[rank - 1]++;
      taken.set(sessionId, (taken.get(sessionId) ?? 0) + 1);
      p.assignments.push({ registrantId, sessionId, slotId, rank, source: 'PREFERENCE' });
    }
  }

  let filled = 0;
  let unfilled = 0;
  if (p.fillUnranked) {
    for (const registrantId of unranked) {
      let best: AssignmentSession | undefined;
      for (const s of sessions) {
        const free = s.capacity - (taken.get(s.id) ?? 0);
        if (free > 0 && (!best || free > best.capacity - (taken.get(best.id) ?? 0))) best = s;
      }
      if (best) {
        taken.set(best.id, (taken.get(best.id) ?? 0) + 1);
        p.assignments.push({ registrantId, sessionId: best.id, slotId, rank: null, source: 'FILL' });
        filled++;
      } else {
        p.unassigned.push({ registrantId, slotId });
        unfilled++;
      }
    }
  }

  const assigned = counts.reduce((sum, c) => sum + c, 0);
  return {
    slotId,
    registrants: ranked.length,
    byRank: counts.map((count, i) => ({ rank: i + 1, count, share: count / ranked.length })),
    unassigned: ranked.length - assigned,
    overrides: p.overrides.size,
    filled,
    unfilled,
    overCapacity,
  };
}

/** The min-cost flow of one slot: every ranked registrant with the place they get, `null` for none. */
function solve(
  ranked: { id: string; choices: string[] }[],
  sessions: AssignmentSession[],
  taken: Map<string, number>,
  maxRank: number,
): { registrantId: string; placed: { sessionId: string; rank: number } | null }[] {
  const base = BigInt(ranked.length + 1);
  const top = base ** BigInt(Math.max(0, maxRank - 1));
  const weight = (rank: number) => top - base ** BigInt(maxRank - rank);

  const source = 0;
  const sink = 1;
  const sessionNode = new Map(sessions.map((s, i) => [s.id, 2 + i]));
  const registrantNode = (i: number) => 2 + sessions.length + i;
  const graph = new MinCostFlow(2 + sessions.length + ranked.length);
  for (const s of sessions) {
    const seats = Math.max(0, s.capacity - (taken.get(s.id) ?? 0));
    graph.addEdge(sessionNode.get(s.id) as number, sink, seats, 0n);
  }
  const arcs = ranked.map((r, i) => {
    graph.addEdge(source, registrantNode(i), 1, 0n);
    return r.choices.map((sessionId, k) =>
      graph.addEdge(registrantNode(i), sessionNode.get(sessionId) as number, 1, weight(k + 1)),
    );
  });
  graph.run(source, sink);

  return ranked.map((r, i) => {
    const k = arcs[i].findIndex((arc) => graph.flowOn(arc) > 0);
    return { registrantId: r.id, placed: k < 0 ? null : { sessionId: r.choices[k], rank: k + 1 } };
  });
}

function checkSessions(sessions: AssignmentSession[]): Map<string, AssignmentSession> {
  const byId = new Map<string, AssignmentSession>();
  for (const s of sessions) {
    checkId(s.id, 'Every session needs a non-empty id');
    checkId(s.slotId, `Session "${s.id}" needs a non-empty slot id`, s.id);
    if (byId.has(s.id)) throw new AssignmentInputError('DUPLICATE_SESSION', s.id, `Session "${s.id}" is listed twice`);
    if (!Number.isInteger(s.capacity) || s.capacity < 0) {
      throw new AssignmentInputError(
        'INVALID_CAPACITY',
        s.id,
        `Session "${s.id}" has capacity ${s.capacity}; capacities are whole numbers ≥ 0`,
      );
    }
    byId.set(s.id, s);
  }
  return byId;
}

function checkRegistrants(registrants: AssignmentRegistrant[], sessionById: Map<string, AssignmentSession>): void {
  const seen = new Set<string>();
  for (const r of registrants) {
    checkId(r.id, 'Every registrant needs a non-empty id');
    if (seen.has(r.id)) {
      throw new AssignmentInputError('DUPLICATE_REGISTRANT', r.id, `Registrant "${r.id}" is listed twice`);
    }
    seen.add(r.id);
    const named = new Set<string>();
    for (const sessionId of r.preferences) {
      if (!sessionById.has(sessionId)) {
        throw new AssignmentInputError(
          'UNKNOWN_SESSION',
          sessionId,
          `Registrant "${r.id}" prefers session "${sessionId}", which does not exist`,
        );
      }
      if (named.has(sessionId)) {
        throw new AssignmentInputError(
          'DUPLICATE_PREFERENCE',
          r.id,
          `Registrant "${r.id}" names session "${sessionId}" more than once`,
        );
      }
      named.add(sessionId);
    }
  }
}

/** Returns slot id → registrant id → session id. */
function checkOverrides(
  overrides: AssignmentOverride[],
  sessionById: Map<string, AssignmentSession>,
  registrantIds: Set<string>,
): Map<string, Map<string, string>> {
  const bySlot = new Map<string, Map<string, string>>();
  for (const o of overrides) {
    if (!registrantIds.has(o.registrantId)) {
      throw new AssignmentInputError(
        'UNKNOWN_REGISTRANT',
        o.registrantId,
        `Override for registrant "${o.registrantId}", who is not registered`,
      );
    }
    const session = sessionById.get(o.sessionId);
    if (!session) {
      throw new AssignmentInputError(
        'UNKNOWN_SESSION',
        o.sessionId,
        `Override places registrant "${o.registrantId}" in session "${o.sessionId}", which does not exist`,
      );
    }
    const inSlot = bySlot.get(session.slotId) ?? new Map<string, string>();
    const earlier = inSlot.get(o.registrantId);
    if (earlier !== undefined) {
      throw new AssignmentInputError(
        'CONFLICTING_OVERRIDE',
        o.registrantId,
        `Registrant "${o.registrantId}" has two overrides in slot "${session.slotId}" ("${earlier}", "${o.sessionId}")`,
      );
    }
    inSlot.set(o.registrantId, o.sessionId);
    bySlot.set(session.slotId, inSlot);
  }
  return bySlot;
}

function checkId(id: unknown, message: string, owner = String(id)): void {
  if (typeof id !== 'string' || id.length === 0) throw new AssignmentInputError('INVALID_ID', owner, message);
}

/** Code-unit order: the same on every machine and locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
