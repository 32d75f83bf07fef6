/** Records changed since the scorer over all was made, above which it is made again. */
const REBUILD_ABOVE = 2_000;

/** One scorer's top: record indexes with their scores. */
type Top = { i: number; score: number }[];

/**
 * A scorer over every record of a catalogue, made once (seconds at full size), and a small one
 * over the records changed since, made again at each change (milliseconds): the first skips the
 * changed records and the second scores them as they are now, so the merged top is the one a
 * scorer made from scratch would give, without making it at every write. Past REBUILD_ABOVE
 * changes, or a new weight profile or full read, the scorer over all is made again.
 */
export class ScorerWithChanges<R extends { id: string }, S> {
  private all?: { key: string; generation: number; scorer: S; records: R[]; index: Map<string, number> };
  private changes?: { version: number; scorer: S; records: R[]; stale: Uint8Array };
  private readonly changed = new Set<string>();

  constructor(private readonly make: (records: R[]) => S) {}

  /** Ids the catalogue's copy just took in changes of (called from its reader). */
  note(ids: Iterable<string>): void {
    for (const id of ids) this.changed.add(id);
  }

  /**
   * The best `n` ids with their scores: `top(scorer, records, skip)` of the scorer over all
   * (skipping changed records) merged with the same of the scorer over the changed ones.
   * `records()`: the copy's records now; `key`: the weight profile (and anything else the scorer bakes in).
   */
  top(
    state: { key: string; version: number; generation: number; records: () => R[]; byId: (id: string) => R | undefined },
    top: (scorer: S, records: R[], skip: Uint8Array | undefined) => Top,
    n: number,
  ): { id: string; score: number }[] {
    if (!this.all || this.all.key !== state.key || this.all.generation !== state.generation || this.changed.size > REBUILD_ABOVE) {
      const records = state.records();
      this.all = { key: state.key, generation: state.generation, scorer: this.make(records), records, index: new Map(records.map((r, i) => [r.id, i])) };
      this.changed.clear();
      this.changes = undefined;
    }
    const all = this.all;
    if (this.changed.size > 0 && this.changes?.version !== state.version) {
      const stale = new Uint8Array(all.records.length);
      for (const id of this.changed) {
        const i = all.index.get(id);
        if (i !== undefined) stale[i] = 1;
      }
      const records = [...this.changed].flatMap((id) => state.byId(id) ?? []);
      this.changes = { version: state.version, scorer: this.make(records), records, stale };
    }
    const changes = this.changed.size > 0 ? this.changes : undefined;
    const merged = [
      ...top(all.scorer, all.records, changes?.stale).map((t) => ({ id: all.records[t.i].id, score: t.score })),
      ...(changes ? top(changes.scorer, changes.records, undefined).map((t) => ({ id: changes.records[t.i].id, score: t.score })) : []),
    ];
    // Best first, equal scores in id order: as each scorer, and the ranking, order them.
    return merged.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, n);
  }
}
