/**
 * Minimum-cost maximum flow by successive shortest paths (Dijkstra with Johnson potentials).
 *
 * Costs are `bigint` so that lexicographic weights (powers of the number of registrants) stay exact however many
 * ranks there are; capacities are ordinary integers. Costs must be non-negative, which lets the potentials start at 0.
 * The result is a maximum flow from source to sink and, among all maximum flows, one of minimum total cost.
 */
export class MinCostFlow {
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private readonly residual: number[] = [];
  private readonly cost: bigint[] = [];
  private readonly outgoing: number[][];

  constructor(readonly nodeCount: number) {
    if (!Number.isInteger(nodeCount) || nodeCount < 0) throw new RangeError(`node count: ${nodeCount}`);
    this.outgoing = Array.from({ length: nodeCount }, () => []);
  }

  /** Adds an arc and returns its id, for {@link flowOn}. Its residual twin gets the next id. */
  addEdge(from: number, to: number, capacity: number, cost: bigint): number {
    this.checkNode(from);
    this.checkNode(to);
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError(`capacity: ${capacity}`);
    if (cost < 0n) throw new RangeError(`cost: ${cost} (must not be negative)`);
    const id = this.to.length;
    this.push(from, to, capacity, cost);
    this.push(to, from, 0, -cost);
    return id;
  }

  /** The flow the last {@link run} sent along the arc with this id. */
  flowOn(edge: number): number {
    return this.residual[edge ^ 1];
  }

  run(source: number, sink: number): { flow: number; cost: bigint } {
    this.checkNode(source);
    this.checkNode(sink);
    if (source === sink) throw new RangeError('source and sink must differ');
    const potential: bigint[] = new Array(this.nodeCount).fill(0n);
    let flow = 0;
    let total = 0n;
    for (;;) {
      const { distance, via } = this.shortestPaths(source, potential);
      const toSink = distance[sink];
      if (toSink === null) return { flow, cost: total };
      // Only nodes still reachable get new potentials: no residual arc ever leads back to the others.
      for (let v = 0; v < this.nodeCount; v++) {
        const d = distance[v];
        if (d !== null) potential[v] += d;
      }
      let bottleneck = Infinity;
      for (let v = sink; v !== source; v = this.from[via[v]]) bottleneck = Math.min(bottleneck, this.residual[via[v]]);
      for (let v = sink; v !== source; v = this.from[via[v]]) {
        this.residual[via[v]] -= bottleneck;
        this.residual[via[v] ^ 1] += bottleneck;
        total += BigInt(bottleneck) * this.cost[via[v]];
      }
      flow += bottleneck;
    }
  }

  /** Dijkstra on reduced costs, which the potentials keep non-negative. */
  private shortestPaths(source: number, potential: bigint[]): { distance: (bigint | null)[]; via: number[] } {
    const distance: (bigint | null)[] = new Array(this.nodeCount).fill(null);
    const via: number[] = new Array(this.nodeCount).fill(-1);
    const done: boolean[] = new Array(this.nodeCount).fill(false);
    const heap = new MinHeap();
    distance[source] = 0n;
    heap.push(0n, source);
    for (let top = heap.pop(); top; top = heap.pop()) {
      const [d, u] = top;
      if (done[u] || d !== distance[u]) continue;
      done[u] = true;
      for (const e of this.outgoing[u]) {
        if (this.residual[e] === 0) continue;
        const v = this.to[e];
        const next = d + this.cost[e] + potential[u] - potential[v];
        const known = distance[v];
        if (known === null || next < known) {
          distance[v] = next;
          via[v] = e;
          heap.push(next, v);
        }
      }
    }
    return { distance, via };
  }

  private push(from: number, to: number, capacity: number, cost: bigint): void {
    this.outgoing[from].push(this.to.length);
    this.from.push(from);
    this.to.push(to);
    this.residual.push(capacity);
    this.cost.push(cost);
  }

  private checkNode(node: number): void {
    if (!Number.isInteger(node) || node < 0 || node >= this.nodeCount) throw new RangeError(`node: ${node}`);
  }
}

/** Binary heap of (distance, node); equal distances come out by node number, so every run is reproducible. */
class MinHeap {
  private readonly keys: bigint[] = [];
  private readonly nodes: number[] = [];

  push(key: bigint, node: number): void {
    this.keys.push(key);
    this.nodes.push(node);
    let i = this.keys.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): [bigint, number] | undefined {
    if (this.keys.length === 0) return undefined;
    const top: [bigint, number] = [this.keys[0], this.nodes[0]];
    const lastKey = this.keys.pop() as bigint;
    const lastNode = this.nodes.pop() as number;
    if (this.keys.length > 0) {
      this.keys[0] = lastKey;
      this.nodes[0] = lastNode;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < this.keys.length && this.less(left, smallest)) smallest = left;
        if (right < this.keys.length && this.less(right, smallest)) smallest = right;
        if (smallest === i) break;
        this.swap(i, smallest);
        i = smallest;
      }
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    return this.keys[a] < this.keys[b] || (this.keys[a] === this.keys[b] && this.nodes[a] < this.nodes[b]);
  }

  private swap(a: number, b: number): void {
    [this.keys[a], this.keys[b]] = [this.keys[b], this.keys[a]];
    [this.nodes[a], this.nodes[b]] = [this.nodes[b], this.nodes[a]];
  }
}
