/** A binary heap of (key, item), smallest key first, in two flat arrays: Dijkstra and the cohort's pruning push millions. */
export class MinHeap {
  private readonly keys: number[] = [];
  private readonly items: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  /** The smallest key, valid while size > 0; pop() returns its item. */
  get topKey(): number {
    return this.keys[0];
  }

  push(key: number, item: number): void {
    const { keys, items } = this;
    let i = keys.length;
    keys.push(key);
    items.push(item);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p] <= key) break;
      keys[i] = keys[p];
      items[i] = items[p];
      i = p;
    }
    keys[i] = key;
    items[i] = item;
  }

  /** Empties the heap, keeping its arrays for the next round. */
  clear(): void {
    this.keys.length = 0;
    this.items.length = 0;
  }

  pop(): number {
    const { keys, items } = this;
    const top = items[0];
    const key = keys.pop()!;
    const item = items.pop()!;
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
        items[i] = items[m];
        i = m;
      }
      keys[i] = key;
      items[i] = item;
    }
    return top;
  }
}
