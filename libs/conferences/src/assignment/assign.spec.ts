import {
  AssignmentInput,
  AssignmentInputError,
  AssignmentInputProblem,
  AssignmentResult,
  AssignmentSession,
  assignWorkshops,
} from './assign';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(xs: readonly T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const session = (id: string, capacity: number, slotId = 'morning'): AssignmentSession => ({ id, slotId, capacity });

/** A registrant's preferences within one slot, in their order: the rank is the position here plus one. */
function choicesIn(input: AssignmentInput, registrantId: string, slotId: string): string[] {
  const slotOf = new Map(input.sessions.map((s) => [s.id, s.slotId]));
  const registrant = input.registrants.find((r) => r.id === registrantId)!;
  return registrant.preferences.filter((id) => slotOf.get(id) === slotId);
}

/**
 * The objective as a vector summed over slots: [assigned by preference, first choices, second choices, …]. Ranks are
 * recomputed from the input, not taken from the result.
 */
function objective(input: AssignmentInput, result: AssignmentResult, ranks: number): number[] {
  const vector = new Array<number>(ranks + 1).fill(0);
  for (const a of result.assignments) {
    if (a.source !== 'PREFERENCE') continue;
    vector[0]++;
    vector[choicesIn(input, a.registrantId, a.slotId).indexOf(a.sessionId) + 1]++;
  }
  return vector;
}

function compareLex(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** Tries every combination: each registrant, in each slot without an override, gets nothing or one of their choices. */
function bruteForceBest(input: AssignmentInput, ranks: number): number[] {
  const overrides = input.overrides ?? [];
  const slotOf = new Map(input.sessions.map((s) => [s.id, s.slotId]));
  const seats = new Map(
    input.sessions.map((s) => [s.id, s.capacity - overrides.filter((o) => o.sessionId === s.id).length]),
  );
  const slots = [...new Set(input.sessions.map((s) => s.slotId))];
  const decisions: string[][] = [];
  for (const r of input.registrants) {
    for (const slotId of slots) {
      if (overrides.some((o) => o.registrantId === r.id && slotOf.get(o.sessionId) === slotId)) continue;
      const choices = choicesIn(input, r.id, slotId);
      if (choices.length > 0) decisions.push(choices);
    }
  }
  let best: number[] | null = null;
  const vector = new Array<number>(ranks + 1).fill(0);
  const visit = (i: number): void => {
    if (i === decisions.length) {
      if (!best || compareLex(vector, best) > 0) best = [...vector];
      return;
    }
    visit(i + 1);
    decisions[i].forEach((sessionId, k) => {
      if ((seats.get(sessionId) ?? 0) <= 0) return;
      seats.set(sessionId, seats.get(sessionId)! - 1);
      vector[0]++;
      vector[k + 1]++;
      visit(i + 1);
      vector[0]--;
      vector[k + 1]--;
      seats.set(sessionId, seats.get(sessionId)! + 1);
    });
  };
  visit(0);
  return best!;
}

/** Everything the result promises, checked against the input alone. */
function expectConsistent(input: AssignmentInput, result: AssignmentResult): void {
  const overrides = input.overrides ?? [];
  const sessionById = new Map(input.sessions.map((s) => [s.id, s]));
  const slots = [...new Set(input.sessions.map((s) => s.slotId))].sort();
  const placed = new Map<string, number>();
  const bySlot = new Map<string, string>();

  for (const a of result.assignments) {
    const s = sessionById.get(a.sessionId)!;
    expect(a.slotId).toBe(s.slotId);
    const key = `${a.registrantId}|${a.slotId}`;
    expect(bySlot.has(key)).toBe(false); // at most one session per slot
    bySlot.set(key, a.sessionId);
    placed.set(a.sessionId, (placed.get(a.sessionId) ?? 0) + 1);
    const override = overrides.find((o) => o.registrantId === a.registrantId && o.sessionId === a.sessionId);
    const choices = choicesIn(input, a.registrantId, a.slotId);
    if (a.source === 'OVERRIDE') {
      expect(override).toBeDefined();
      expect(a.rank).toBeNull();
    } else if (a.source === 'PREFERENCE') {
      expect(a.rank).toBe(choices.indexOf(a.sessionId) + 1);
      expect(a.rank).toBeGreaterThan(0);
    } else {
      expect(input.fillUnranked).toBe(true);
      expect(choices).toEqual([]);
      expect(a.rank).toBeNull();
    }
  }
  for (const o of overrides) {
    expect(bySlot.get(`${o.registrantId}|${sessionById.get(o.sessionId)!.slotId}`)).toBe(o.sessionId);
  }

  // Capacities hold, except where overrides alone exceed them, and exactly those are reported.
  const reported = result.slots.flatMap((r) => r.overCapacity);
  for (const s of input.sessions) {
    const forced = overrides.filter((o) => o.sessionId === s.id).length;
    const assigned = placed.get(s.id) ?? 0;
    expect(assigned).toBeLessThanOrEqual(Math.max(s.capacity, forced));
    const entry = reported.find((e) => e.sessionId === s.id);
    expect(entry).toEqual(forced > s.capacity ? { sessionId: s.id, capacity: s.capacity, assigned } : undefined);
  }

  // Unassigned: exactly those who named sessions in a slot (or, with fill, named none) and got nothing there.
  const expectedUnassigned = input.registrants.flatMap((r) =>
    slots
      .filter((slotId) => !bySlot.has(`${r.id}|${slotId}`))
      .filter((slotId) => input.fillUnranked || choicesIn(input, r.id, slotId).length > 0)
      .map((slotId) => ({ registrantId: r.id, slotId })),
  );
  expect(
    [...result.unassigned].sort((a, b) => (`${a.registrantId}|${a.slotId}` < `${b.registrantId}|${b.slotId}` ? -1 : 1)),
  ).toEqual(
    expectedUnassigned.sort((a, b) => (`${a.registrantId}|${a.slotId}` < `${b.registrantId}|${b.slotId}` ? -1 : 1)),
  );

  // The report matches the assignments, and its shares add up.
  expect(result.slots.map((r) => r.slotId)).toEqual(slots);
  for (const report of result.slots) {
    const overridden = new Set(
      overrides.filter((o) => sessionById.get(o.sessionId)!.slotId === report.slotId).map((o) => o.registrantId),
    );
    const ranked = input.registrants.filter(
      (r) => !overridden.has(r.id) && choicesIn(input, r.id, report.slotId).length > 0,
    );
    const inSlot = result.assignments.filter((a) => a.slotId === report.slotId);
    expect(report.registrants).toBe(ranked.length);
    expect(report.overrides).toBe(overridden.size);
    expect(report.filled).toBe(inSlot.filter((a) => a.source === 'FILL').length);
    expect(report.byRank.map((b) => b.rank)).toEqual(
      Array.from(
        { length: Math.max(0, ...ranked.map((r) => choicesIn(input, r.id, report.slotId).length)) },
        (_, i) => i + 1,
      ),
    );
    for (const { rank, count, share } of report.byRank) {
      expect(count).toBe(inSlot.filter((a) => a.rank === rank).length);
      expect(share).toBeCloseTo(count / report.registrants, 12);
    }
    const counted = report.byRank.reduce((sum, b) => sum + b.count, 0);
    expect(counted + report.unassigned).toBe(report.registrants);
    expect(report.unassigned).toBe(
      result.unassigned.filter((u) => u.slotId === report.slotId && ranked.some((r) => r.id === u.registrantId)).length,
    );
    expect(report.unfilled).toBe(
      result.unassigned.filter((u) => u.slotId === report.slotId).length - report.unassigned,
    );
    if (report.registrants > 0) {
      const shares = report.byRank.reduce((sum, b) => sum + b.share, 0);
      expect(shares + report.unassigned / report.registrants).toBeCloseTo(1, 12);
    }
  }
}

/** Small random conferences: ≤ 6 registrants, ≤ 4 sessions in 1–2 slots, ≤ 3 preferences, some overrides. */
function randomInput(random: () => number, size = { registrants: 6, sessions: 4 }): AssignmentInput {
  const int = (n: number) => Math.floor(random() * n);
  const slotCount = 1 + int(2);
  const sessions = Array.from({ length: 1 + int(size.sessions) }, (_, i) =>
    session(`s${i}`, [0, 1, 1, 2][int(4)], `slot${int(slotCount)}`),
  );
  const registrants = Array.from({ length: int(size.registrants + 1) }, (_, i) => ({
    id: `r${i}`,
    preferences: shuffled(sessions, random)
      .slice(0, [0, 1, 2, 3, 3][int(5)])
      .map((s) => s.id),
  }));
  const overrides: { registrantId: string; sessionId: string }[] = [];
  for (const r of registrants) {
    if (random() < 0.15) {
      const s = sessions[int(sessions.length)];
      if (
        !overrides.some(
          (o) => o.registrantId === r.id && sessions.find((x) => x.id === o.sessionId)!.slotId === s.slotId,
        )
      ) {
        overrides.push({ registrantId: r.id, sessionId: s.id });
      }
    }
  }
  return { sessions, registrants, overrides, fillUnranked: random() < 0.5 };
}

describe('optimality', () => {
  test('matches brute force on 400 small random conferences, lexicographically', () => {
    const random = mulberry32(20260301);
    let nontrivial = 0;
    for (let round = 0; round < 400; round++) {
      const input = randomInput(random);
      const result = assignWorkshops(input);
      expectConsistent(input, result);
      const best = bruteForceBest(input, 3);
      expect({ round, vector: objective(input, result, 3) }).toEqual({ round, vector: best });
      if (best[0] < input.registrants.filter((r) => r.preferences.length > 0).length) nontrivial++;
    }
    // Enough of the instances are contested for the comparison to mean something.
    expect(nontrivial).toBeGreaterThan(100);
  });

  test('beats first come, first served: the early registrant moves to their second choice', () => {
    // Greedy by id gives anna the only seat in X and leaves ben with nothing.
    const input: AssignmentInput = {
      sessions: [session('X', 1), session('Y', 1)],
      registrants: [
        { id: 'anna', preferences: ['X', 'Y'] },
        { id: 'ben', preferences: ['X'] },
      ],
    };
    expect(assignWorkshops(input).assignments).toEqual([
      { registrantId: 'anna', sessionId: 'Y', slotId: 'morning', rank: 2, source: 'PREFERENCE' },
      { registrantId: 'ben', sessionId: 'X', slotId: 'morning', rank: 1, source: 'PREFERENCE' },
    ]);
  });

  test('one more person placed outweighs any number of better ranks', () => {
    // a in X and c in Y would give two first choices but leave b out; placing all three costs a first choice.
    const input: AssignmentInput = {
      sessions: [session('W', 1), session('X', 1), session('Y', 1)],
      registrants: [
        { id: 'a', preferences: ['X', 'W'] },
        { id: 'b', preferences: ['Y', 'X'] },
        { id: 'c', preferences: ['Y'] },
      ],
    };
    const result = assignWorkshops(input);
    expectConsistent(input, result);
    expect(result.assignments.map((a) => [a.registrantId, a.sessionId, a.rank])).toEqual([
      ['a', 'W', 2],
      ['b', 'X', 2],
      ['c', 'Y', 1],
    ]);
    expect(result.unassigned).toEqual([]);
  });

  test('more first choices win even when they cost third choices (not a sum of ranks)', () => {
    // Everyone is placed either way; c can only go to W. Lexicographic optimum: a first, b and d third → (2, 0, 2),
    // sum of ranks 8. The alternative b→Z, d→X, a→Y gives (1, 3, 0) with the smaller sum 7, and must lose.
    const input: AssignmentInput = {
      sessions: [session('W', 1), session('X', 1), session('Y', 1), session('Z', 1)],
      registrants: [
        { id: 'a', preferences: ['Z', 'Y', 'X'] },
        { id: 'b', preferences: ['W', 'Z', 'X'] },
        { id: 'c', preferences: ['W'] },
        { id: 'd', preferences: ['W', 'X', 'Y'] },
      ],
    };
    const result = assignWorkshops(input);
    expectConsistent(input, result);
    expect(result.assignments.map((a) => [a.registrantId, a.sessionId, a.rank])).toEqual([
      ['a', 'Z', 1],
      ['b', 'X', 3],
      ['c', 'W', 1],
      ['d', 'Y', 3],
    ]);
    expect(result.slots[0].byRank.map((b) => b.count)).toEqual([2, 0, 2]);
  });
});

describe('capacities and overrides', () => {
  test('never exceed a capacity on larger random conferences', () => {
    const random = mulberry32(99);
    for (let round = 0; round < 30; round++) {
      const input = randomInput(random, { registrants: 80, sessions: 10 });
      expectConsistent(input, assignWorkshops(input));
    }
  });

  test('overrides hold, take their seats first, and are reported when they overfill a session', () => {
    const input: AssignmentInput = {
      sessions: [session('X', 1), session('Y', 2)],
      registrants: [
        { id: 'a', preferences: ['X'] },
        { id: 'b', preferences: ['X', 'Y'] },
        { id: 'c', preferences: [] },
        { id: 'd', preferences: ['Y'] },
      ],
      overrides: [
        { registrantId: 'c', sessionId: 'X' },
        { registrantId: 'd', sessionId: 'X' },
      ],
    };
    const result = assignWorkshops(input);
    expectConsistent(input, result);
    expect(result.assignments).toEqual([
      { registrantId: 'b', sessionId: 'Y', slotId: 'morning', rank: 2, source: 'PREFERENCE' },
      { registrantId: 'c', sessionId: 'X', slotId: 'morning', rank: null, source: 'OVERRIDE' },
      { registrantId: 'd', sessionId: 'X', slotId: 'morning', rank: null, source: 'OVERRIDE' },
    ]);
    expect(result.unassigned).toEqual([{ registrantId: 'a', slotId: 'morning' }]);
    expect(result.slots).toEqual([
      {
        slotId: 'morning',
        registrants: 2,
        byRank: [
          { rank: 1, count: 0, share: 0 },
          { rank: 2, count: 1, share: 0.5 },
        ],
        unassigned: 1,
        overrides: 2,
        filled: 0,
        unfilled: 0,
        overCapacity: [{ sessionId: 'X', capacity: 1, assigned: 2 }],
      },
    ]);
  });

  test('an override in one slot leaves the registrant’s preferences in another slot in play', () => {
    const input: AssignmentInput = {
      sessions: [session('X', 1, 'morning'), session('Y', 1, 'afternoon')],
      registrants: [{ id: 'a', preferences: ['X', 'Y'] }],
      overrides: [{ registrantId: 'a', sessionId: 'Y' }],
    };
    expect(assignWorkshops(input).assignments).toEqual([
      { registrantId: 'a', sessionId: 'Y', slotId: 'afternoon', rank: null, source: 'OVERRIDE' },
      { registrantId: 'a', sessionId: 'X', slotId: 'morning', rank: 1, source: 'PREFERENCE' },
    ]);
  });
});

describe('slots and filling', () => {
  test('ranks count within a slot, and nobody gets two sessions of one slot', () => {
    const input: AssignmentInput = {
      sessions: [session('A1', 5, 'one'), session('A2', 5, 'one'), session('B1', 5, 'two')],
      registrants: [{ id: 'r', preferences: ['B1', 'A2', 'A1'] }],
    };
    const result = assignWorkshops(input);
    expectConsistent(input, result);
    expect(result.assignments).toEqual([
      { registrantId: 'r', sessionId: 'A2', slotId: 'one', rank: 1, source: 'PREFERENCE' },
      { registrantId: 'r', sessionId: 'B1', slotId: 'two', rank: 1, source: 'PREFERENCE' },
    ]);
  });

  test('without fillUnranked, who named nothing in a slot gets nothing there and is not reported missing', () => {
    const input: AssignmentInput = {
      sessions: [session('A', 5, 'one'), session('B', 5, 'two')],
      registrants: [
        { id: 'r', preferences: ['A'] },
        { id: 's', preferences: [] },
      ],
    };
    const result = assignWorkshops(input);
    expect(result.assignments.map((a) => [a.registrantId, a.sessionId])).toEqual([['r', 'A']]);
    expect(result.unassigned).toEqual([]);
  });

  test('fillUnranked spreads the unranked over the emptiest sessions, by id, after everyone with preferences', () => {
    const input: AssignmentInput = {
      sessions: [session('A', 2), session('B', 2), session('C', 1)],
      registrants: [
        { id: 'p', preferences: ['A'] },
        { id: 'u1', preferences: [] },
        { id: 'u2', preferences: [] },
        { id: 'u3', preferences: [] },
        { id: 'u4', preferences: [] },
        { id: 'u5', preferences: [] },
      ],
      fillUnranked: true,
    };
    const result = assignWorkshops(input);
    expectConsistent(input, result);
    expect(result.assignments.map((a) => [a.registrantId, a.sessionId, a.source])).toEqual([
      ['p', 'A', 'PREFERENCE'],
      ['u1', 'B', 'FILL'],
      ['u2', 'A', 'FILL'],
      ['u3', 'B', 'FILL'],
      ['u4', 'C', 'FILL'],
    ]);
    expect(result.unassigned).toEqual([{ registrantId: 'u5', slotId: 'morning' }]);
    expect(result.slots[0]).toMatchObject({ registrants: 1, unassigned: 0, filled: 4, unfilled: 1 });
  });
});

describe('determinism', () => {
  test('the order of registrants, sessions and overrides does not change the result', () => {
    const random = mulberry32(4242);
    for (let round = 0; round < 60; round++) {
      const input = randomInput(
        random,
        round < 50 ? { registrants: 6, sessions: 4 } : { registrants: 60, sessions: 8 },
      );
      const expected = assignWorkshops(input);
      for (let k = 0; k < 3; k++) {
        const reordered: AssignmentInput = {
          ...input,
          sessions: shuffled(input.sessions, random),
          registrants: shuffled(input.registrants, random),
          overrides: shuffled(input.overrides ?? [], random),
        };
        expect(assignWorkshops(reordered)).toEqual(expected);
      }
    }
  });

  test('ties go the same way every time', () => {
    const input: AssignmentInput = {
      sessions: [session('X', 1)],
      registrants: [
        { id: 'b', preferences: ['X'] },
        { id: 'a', preferences: ['X'] },
      ],
    };
    const first = assignWorkshops(input);
    expect(first.assignments).toHaveLength(1);
    expect(assignWorkshops({ ...input, registrants: [...input.registrants].reverse() })).toEqual(first);
  });
});

describe('edge cases', () => {
  test('empty inputs give an empty result', () => {
    expect(assignWorkshops({ sessions: [], registrants: [] })).toEqual({ assignments: [], unassigned: [], slots: [] });
    expect(
      assignWorkshops({ sessions: [session('X', 3)], registrants: [], overrides: [], fillUnranked: true }),
    ).toEqual({
      assignments: [],
      unassigned: [],
      slots: [
        {
          slotId: 'morning',
          registrants: 0,
          byRank: [],
          unassigned: 0,
          overrides: 0,
          filled: 0,
          unfilled: 0,
          overCapacity: [],
        },
      ],
    });
    const nobodyChose = assignWorkshops({ sessions: [session('X', 3)], registrants: [{ id: 'a', preferences: [] }] });
    expect(nobodyChose.assignments).toEqual([]);
    expect(nobodyChose.slots[0]).toMatchObject({ registrants: 0, byRank: [], unassigned: 0 });
  });

  test('sessions without seats place nobody', () => {
    const input: AssignmentInput = {
      sessions: [session('X', 0)],
      registrants: [{ id: 'a', preferences: ['X'] }],
      fillUnranked: true,
    };
    const result = assignWorkshops(input);
    expectConsistent(input, result);
    expect(result.assignments).toEqual([]);
    expect(result.unassigned).toEqual([{ registrantId: 'a', slotId: 'morning' }]);
    expect(result.slots[0].byRank).toEqual([{ rank: 1, count: 0, share: 0 }]);
  });

  test('500 registrants over 16 sessions finish well within two seconds', () => {
    const random = mulberry32(500);
    const sessions = Array.from({ length: 16 }, (_, i) => session(`s${String(i).padStart(2, '0')}`, 30));
    // Popular sessions first: wishes crowd the low numbers, so many first choices collide.
    const pick = () => sessions[Math.min(15, Math.floor(16 * random() ** 2))].id;
    const registrants = Array.from({ length: 500 }, (_, i) => {
      const preferences = new Set<string>();
      while (preferences.size < 3) preferences.add(pick());
      return { id: `r${String(i).padStart(3, '0')}`, preferences: [...preferences] };
    });
    const input: AssignmentInput = { sessions, registrants };
    const started = performance.now();
    const result = assignWorkshops(input);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(2000);
    expectConsistent(input, result);
    expect(result.assignments).toHaveLength(480);
  });
});

describe('input validation', () => {
  const valid: AssignmentInput = {
    sessions: [session('X', 1), session('Y', 1)],
    registrants: [
      { id: 'a', preferences: ['X', 'Y'] },
      { id: 'b', preferences: [] },
    ],
  };
  const failure = (input: AssignmentInput) => {
    try {
      assignWorkshops(input);
    } catch (e) {
      expect(e).toBeInstanceOf(AssignmentInputError);
      expect(e).toBeInstanceOf(Error);
      const { problem, id, message } = e as AssignmentInputError;
      return { problem, id, message };
    }
    throw new Error('expected an AssignmentInputError');
  };
  const cases: [string, AssignmentInput, AssignmentInputProblem, string][] = [
    [
      'unknown session in preferences',
      { ...valid, registrants: [{ id: 'a', preferences: ['X', 'nope'] }] },
      'UNKNOWN_SESSION',
      'nope',
    ],
    [
      'duplicate preference',
      { ...valid, registrants: [{ id: 'a', preferences: ['X', 'Y', 'X'] }] },
      'DUPLICATE_PREFERENCE',
      'a',
    ],
    ['negative capacity', { ...valid, sessions: [session('X', 1), session('Y', -1)] }, 'INVALID_CAPACITY', 'Y'],
    ['fractional capacity', { ...valid, sessions: [session('X', 1.5), session('Y', 1)] }, 'INVALID_CAPACITY', 'X'],
    [
      'duplicate registrant',
      { ...valid, registrants: [...valid.registrants, { id: 'a', preferences: [] }] },
      'DUPLICATE_REGISTRANT',
      'a',
    ],
    ['duplicate session', { ...valid, sessions: [...valid.sessions, session('X', 4)] }, 'DUPLICATE_SESSION', 'X'],
    [
      'override to an unknown session',
      { ...valid, overrides: [{ registrantId: 'a', sessionId: 'Z' }] },
      'UNKNOWN_SESSION',
      'Z',
    ],
    [
      'override for an unknown registrant',
      { ...valid, overrides: [{ registrantId: 'zoe', sessionId: 'X' }] },
      'UNKNOWN_REGISTRANT',
      'zoe',
    ],
    [
      'two overrides in one slot',
      {
        ...valid,
        overrides: [
          { registrantId: 'b', sessionId: 'Y' },
          { registrantId: 'b', sessionId: 'X' },
        ],
      },
      'CONFLICTING_OVERRIDE',
      'b',
    ],
    ['empty registrant id', { ...valid, registrants: [{ id: '', preferences: [] }] }, 'INVALID_ID', ''],
    ['empty slot id', { ...valid, sessions: [session('X', 1, '')] }, 'INVALID_ID', 'X'],
  ];

  test.each(cases)('%s', (_, input, problem, id) => {
    const error = failure(input);
    expect(error).toMatchObject({ problem, id });
    if (id) expect(error.message).toContain(`"${id}"`);
  });

  test('valid input passes', () => {
    expect(() => assignWorkshops(valid)).not.toThrow();
  });
});
