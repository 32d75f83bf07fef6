/**
 * Records grouped by the value of one field (occupation, municipality, languages). A feature of
 * that field is the same for every record of a group, so it is worked out once per group: a
 * cohort pairs each candidate with a thousand mentors, a ranking scores every opening, but a
 * field has a few hundred distinct values. Records are named by index (`mi`).
 */
export class ValueGroups {
  /** Per mentor index, its group. */
  private readonly group: Int32Array;
  /** Per group, the index of its first mentor, which stands for all of them. */
  private readonly first: number[] = [];

  constructor(keys: string[]) {
    const groups = new Map<string, number>();
    this.group = Int32Array.from(keys, (key, mi) => {
      let g = groups.get(key);
      if (g === undefined) {
        g = this.first.length;
        groups.set(key, g);
        this.first.push(mi);
      }
      return g;
    });
  }

  /** How many groups there are; `groupOf(mi)` is in 0 … count − 1. */
  get count(): number {
    return this.first.length;
  }

  /** Per mentor index, its group: read in a ranking's loop over every record. */
  get groups(): Int32Array {
    return this.group;
  }

  /** Per group, its members' indexes. */
  members(): Int32Array[] {
    const lists: number[][] = this.first.map(() => []);
    this.group.forEach((g, mi) => lists[g].push(mi));
    return lists.map((list) => Int32Array.from(list));
  }

  /** `work` of each group's first mentor, for every group at once: a ranking over all records needs most groups. */
  everyGroup(work: (mi: number) => number): Float64Array {
    return Float64Array.from(this.first, (mi) => work(mi));
  }

  /** `work` of a mentor index, computed for the first mentor of each group when first asked. */
  perGroup(work: (mi: number) => number): (mi: number) => number {
    const values = new Float64Array(this.first.length).fill(Number.NaN);
    return (mi) => {
      const g = this.group[mi];
      let value = values[g];
      if (Number.isNaN(value)) value = values[g] = work(this.first[g]);
      return value;
    };
  }
}
