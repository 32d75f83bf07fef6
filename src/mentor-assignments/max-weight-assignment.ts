/**
 * Max-weight assignment under capacities, by min-cost flow (successive shortest paths with
 * Johnson potentials and Dijkstra). Source → each candidate (capacity 1) → the mentors it may
 * take (capacity 1, cost −score) → sink (capacity = the mentor's free places). Augmenting stops
 * when the cheapest path no longer lowers the cost, so the result maximises the total score
 * (not the count) and is exact on the graph it is given.
 */
export interface AssignmentEdge {
  candidate: number;
  mentor: number;
  score: number;
}

interface Arc {
  to: number;
  rev: number;
  cap: number;
  cost: number;
}

class Graph {
  readonly arcs: Arc[][];

  constructor(n: number) {
    this.arcs = Array.from({ length: n }, () => []);
  }

  add(from: number, to: number, cap: number, cost: number): void {
    this.arcs[from].push({ to, rev: this.arcs[to].length, cap, cost });
    this.arcs[to].push({ to: from, rev: this.arcs[from].length - 1, cap: 0, cost: -cost });
  }
}

/** A binary heap of (distance, node), smallest first, in two flat arrays: Dijkstra pushes millions. */
class Heap {
  private readonly keys: number[] = [];
  private readonly nodes: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  /** The smallest distance, valid while size > 0; pop() returns its node. */
  get topKey(): number {
    return this.keys[0];
  }

  push(key: number, node: number): void {
    const { keys, nodes } = this;
    let i = keys.length;
    keys.push(key);
    nodes.push(node);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p] <= key) break;
      keys[i] = keys[p];
      nodes[i] = nodes[p];
      i = p;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  pop(): number {
    const { keys, nodes } = this;
    const top = nodes[0];
    const key = keys.pop()!;
    const node = nodes.pop()!;
    const n = keys.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const m = r < n && keys[r] < keys[l] ? r : l;
        if (keys[m] >= key) break;
        keys[i] = keys[m];
        nodes[i] = nodes[m];
        i = m;
      }
      keys[i] = key;
      nodes[i] = node;
    }
    return top;
  }
}

const EPSILON = 1e-12;

/** Returns, per candidate index, the mentor index it gets, or -1. */
export function maxWeightAssignment(candidates: number, places: number[], edges: AssignmentEdge[]): number[] {
  const mentors = places.length;
  const source = candidates + mentors;
  const sink = source + 1;
  const graph = new Graph(sink + 1);
  for (let c = 0; c < candidates; c++) graph.add(source, c, 1, 0);
  // Edges in a fixed order, so equal totals resolve the same way every time.
  const ordered = [...edges].sort((a, b) => a.candidate - b.candidate || a.mentor - b.mentor);
  for (const e of ordered) if (e.score > 0) graph.add(e.candidate, candidates + e.mentor, 1, -e.score);
  for (let m = 0; m < mentors; m++) if (places[m] > 0) graph.add(candidates + m, sink, places[m], 0);

  // Initial potentials: shortest distances in the layered graph (source, candidates, mentors, sink).
  const potential = new Array<number>(sink + 1).fill(0);
  for (const e of ordered) if (e.score > 0) potential[candidates + e.mentor] = Math.min(potential[candidates + e.mentor], -e.score);
  potential[sink] = Math.min(0, ...potential.slice(candidates, candidates + mentors));

  const n = sink + 1;
  const dist = new Array<number>(n);
  const prevNode = new Array<number>(n);
  const prevArc = new Array<number>(n);
  for (;;) {
    dist.fill(Infinity);
    dist[source] = 0;
    const heap = new Heap();
    heap.push(0, source);
    while (heap.size > 0) {
      const d = heap.topKey;
      const u = heap.pop();
      if (d > dist[u] + EPSILON) continue;
      // The path is found; what is farther than the sink keeps its reduced costs non-negative below.
      if (u === sink) break;
      const arcs = graph.arcs[u];
      for (let i = 0; i < arcs.length; i++) {
        const arc = arcs[i];
        if (arc.cap <= 0) continue;
        const next = d + arc.cost + potential[u] - potential[arc.to];
        if (next < dist[arc.to] - EPSILON) {
          dist[arc.to] = next;
          prevNode[arc.to] = u;
          prevArc[arc.to] = i;
          heap.push(next, arc.to);
        }
      }
    }
    if (dist[sink] === Infinity) break;
    // Johnson's update with an early stop: nodes not settled before the sink move by the sink's distance.
    for (let v = 0; v < n; v++) potential[v] += Math.min(dist[v], dist[sink]);
    // The real cost of this path; once it stops being negative, more flow would lower the total score.
    if (potential[sink] - potential[source] >= -EPSILON) break;
    for (let v = sink; v !== source; v = prevNode[v]) {
      const arc = graph.arcs[prevNode[v]][prevArc[v]];
      arc.cap -= 1;
      graph.arcs[v][arc.rev].cap += 1;
    }
  }

  const assigned = new Array<number>(candidates).fill(-1);
  for (let c = 0; c < candidates; c++) {
    for (const arc of graph.arcs[c]) {
      if (arc.to >= candidates && arc.to < source && arc.cap === 0 && arc.cost < 0) assigned[c] = arc.to - candidates;
    }
  }
  return assigned;
}
