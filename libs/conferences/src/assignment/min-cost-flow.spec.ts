import { MinCostFlow } from './min-cost-flow';

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

test('sends the maximum flow, even when a cheaper smaller flow exists', () => {
  // 0 → 1 → 3 is cheap but a bottleneck; the second unit has to take the expensive way round.
  const g = new MinCostFlow(4);
  const cheap = g.addEdge(0, 1, 1, 1n);
  g.addEdge(1, 3, 5, 1n);
  const dear = g.addEdge(0, 2, 5, 10n);
  g.addEdge(2, 3, 1, 10n);
  expect(g.run(0, 3)).toEqual({ flow: 2, cost: 22n });
  expect(g.flowOn(cheap)).toBe(1);
  expect(g.flowOn(dear)).toBe(1);
});

test('reroutes earlier flow along a reverse arc when that is cheaper overall', () => {
  // The first shortest path 0→1→2→3 (cost 0) blocks 2→3; the second unit must undo 1→2 to reach 0→1→3 + 0→2→3.
  const g = new MinCostFlow(4);
  g.addEdge(0, 1, 1, 0n);
  g.addEdge(0, 2, 1, 1n);
  const middle = g.addEdge(1, 2, 1, 0n);
  const across = g.addEdge(1, 3, 1, 5n);
  g.addEdge(2, 3, 1, 0n);
  expect(g.run(0, 3)).toEqual({ flow: 2, cost: 6n });
  expect(g.flowOn(across)).toBe(1);
  expect(g.flowOn(middle)).toBe(0);
});

test('solves random assignment problems as well as trying every permutation', () => {
  const random = mulberry32(7);
  const permutations = (xs: number[]): number[][] =>
    xs.length === 0 ? [[]] : xs.flatMap((x, i) => permutations(xs.filter((_, j) => j !== i)).map((p) => [x, ...p]));
  for (let round = 0; round < 100; round++) {
    const n = 1 + Math.floor(random() * 5);
    const cost = Array.from({ length: n }, () => Array.from({ length: n }, () => Math.floor(random() * 20)));
    const g = new MinCostFlow(2 + 2 * n);
    for (let i = 0; i < n; i++) {
      g.addEdge(0, 2 + i, 1, 0n);
      g.addEdge(2 + n + i, 1, 1, 0n);
      for (let j = 0; j < n; j++) g.addEdge(2 + i, 2 + n + j, 1, BigInt(cost[i][j]));
    }
    const best = Math.min(
      ...permutations([...Array(n).keys()]).map((p) => p.reduce((sum, j, i) => sum + cost[i][j], 0)),
    );
    expect(g.run(0, 1)).toEqual({ flow: n, cost: BigInt(best) });
  }
});

test('an empty or disconnected network carries nothing', () => {
  expect(new MinCostFlow(2).run(0, 1)).toEqual({ flow: 0, cost: 0n });
  const g = new MinCostFlow(3);
  g.addEdge(0, 2, 4, 1n);
  expect(g.run(0, 1)).toEqual({ flow: 0, cost: 0n });
});

test('rejects negative costs and capacities and unknown nodes', () => {
  const g = new MinCostFlow(2);
  expect(() => g.addEdge(0, 1, 1, -1n)).toThrow(RangeError);
  expect(() => g.addEdge(0, 1, -1, 0n)).toThrow(RangeError);
  expect(() => g.addEdge(0, 2, 1, 0n)).toThrow(RangeError);
  expect(() => g.run(0, 0)).toThrow(RangeError);
});
