import { MinHeap } from '../common/min-heap';

/**
 * Max-weight assignment under capacities, as a min-cost circulation: source → each candidate
 * (capacity 1) → the mentors it may take (capacity 1, cost −score) → sink (capacity = the
 * mentor's free places) → back to the source (cost 0). Candidates join one at a time. A new
 * candidate's source arc changes the optimum by at most one cycle through that arc, so one
 * shortest path from the candidate back to the source (through the sink, or by taking the
 * mentor of someone who then goes without) keeps the assignment optimal; it is applied only when
 * it lowers the cost. The result maximises the total score (not the count) and is exact on the
 * graph it is given. Dijkstra on reduced costs (Johnson potentials) from one candidate mostly
 * ends at its best mentor's free place, so a cohort costs little more than reading its edges.
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

const EPSILON = 1e-12;

/** Returns, per candidate index, the mentor index it gets, or -1. */
export function maxWeightAssignment(candidates: number, places: number[], edges: AssignmentEdge[]): number[] {
  const mentors = places.length;
  const source = candidates + mentors;
  const sink = source + 1;
  const n = sink + 1;
  const graph = new Graph(n);
  // Arcs in a fixed order, so equal totals resolve the same way every time.
  const ordered = [...edges].sort((a, b) => a.candidate - b.candidate || a.mentor - b.mentor);
  for (const e of ordered) if (e.score > 0) graph.add(e.candidate, candidates + e.mentor, 1, -e.score);
  for (let m = 0; m < mentors; m++) if (places[m] > 0) graph.add(candidates + m, sink, places[m], 0);
  graph.add(sink, source, candidates, 0);
  // The source arcs go last in each candidate's list: a candidate is reached by them only when it gives up its mentor.
  for (let c = 0; c < candidates; c++) graph.add(source, c, 1, 0);

  // Reduced costs stay non-negative on every residual arc except those out of the source, which no path uses.
  // Potentials are kept up to a shift common to all nodes, which reduced costs never see.
  const potential = new Float64Array(n);
  const assigned = new Array<boolean>(candidates).fill(false);
  const dist = new Float64Array(n).fill(Infinity);
  const prevNode = new Int32Array(n);
  const prevArc = new Int32Array(n);
  /** The nodes a search reached: only their distances are reset and their potentials moved. */
  const reached: number[] = [];
  for (let c = 0; c < candidates; c++) {
    const arcs = graph.arcs[c];
    let start = -Infinity;
    for (const arc of arcs) if (arc.cap > 0 && arc.to !== source) start = Math.max(start, potential[arc.to] - arc.cost);
    if (start === -Infinity) continue;
    potential[c] = start;
    // The source is entered from the sink or from an assigned candidate: below all of their potentials.
    let enter = potential[sink];
    for (let other = 0; other < c; other++) if (assigned[other]) enter = Math.min(enter, potential[other]);
    potential[source] = enter;

    for (const v of reached) dist[v] = Infinity;
    reached.length = 0;
    dist[c] = 0;
    reached.push(c);
    const heap = new MinHeap();
    heap.push(0, c);
    while (heap.size > 0) {
      const d = heap.topKey;
      const u = heap.pop();
      if (d > dist[u] + EPSILON) continue;
      // Nothing still queued can reach the source cheaper than it is reached already. This is what
      // spares the sink's arcs back to every mentor with a mentee when its own arc to the source is best.
      if (d >= dist[source] - EPSILON) break;
      const out = graph.arcs[u];
      for (let i = 0; i < out.length; i++) {
        const arc = out[i];
        if (arc.cap <= 0) continue;
        const next = d + arc.cost + potential[u] - potential[arc.to];
        if (next < dist[arc.to] - EPSILON) {
          if (dist[arc.to] === Infinity) reached.push(arc.to);
          dist[arc.to] = next;
          prevNode[arc.to] = u;
          prevArc[arc.to] = i;
          heap.push(next, arc.to);
        }
      }
    }
    const reach = dist[source];
    if (reach === Infinity) continue;
    // The cycle's real cost (the source arc costs nothing): taken only when it raises the total score.
    const cost = reach - potential[c] + potential[source];
    // Johnson's update with an early stop: what was not settled before the source moves by its
    // distance, which here is every other node staying put and the reached ones moving by the difference.
    for (const v of reached) potential[v] += Math.min(dist[v], reach) - reach;
    if (cost >= -EPSILON) continue;
    for (let v = source; v !== c; v = prevNode[v]) {
      const arc = graph.arcs[prevNode[v]][prevArc[v]];
      arc.cap -= 1;
      graph.arcs[v][arc.rev].cap += 1;
      // A path into the source through a candidate's reverse arc leaves that candidate without a mentor.
      if (v === source && prevNode[v] < candidates) assigned[prevNode[v]] = false;
    }
    const sourceArc = arcs[arcs.length - 1];
    graph.arcs[source][sourceArc.rev].cap -= 1;
    sourceArc.cap += 1;
    assigned[c] = true;
  }

  const result = new Array<number>(candidates).fill(-1);
  for (let c = 0; c < candidates; c++) {
    if (!assigned[c]) continue;
    for (const arc of graph.arcs[c]) {
      if (arc.to >= candidates && arc.to < source && arc.cap === 0) result[c] = arc.to - candidates;
    }
  }
  return result;
}
