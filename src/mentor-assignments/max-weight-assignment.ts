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

/** A binary heap of [distance, node], smallest first. */
class Heap {
  private items: [number, number][] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: [number, number]): void {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (a[p][0] <= a[i][0]) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }

  pop(): [number, number] {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l][0] < a[m][0]) m = l;
        if (r < a.length && a[r][0] < a[m][0]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
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
    heap.push([0, source]);
    while (heap.size > 0) {
      const [d, u] = heap.pop();
      if (d > dist[u] + EPSILON) continue;
      const arcs = graph.arcs[u];
      for (let i = 0; i < arcs.length; i++) {
        const arc = arcs[i];
        if (arc.cap <= 0) continue;
        const next = d + arc.cost + potential[u] - potential[arc.to];
        if (next < dist[arc.to] - EPSILON) {
          dist[arc.to] = next;
          prevNode[arc.to] = u;
          prevArc[arc.to] = i;
          heap.push([next, arc.to]);
        }
      }
    }
    if (dist[sink] === Infinity) break;
    for (let v = 0; v < n; v++) if (dist[v] < Infinity) potential[v] += dist[v];
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
