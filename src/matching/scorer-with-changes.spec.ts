import { ScorerWithChanges } from './scorer-with-changes';

/** A record and the score any scorer gives it: enough to see what the merge keeps. */
interface Scored {
  id: string;
  score: number;
}

/** A "scorer" over some records: their top by score, ties in id order, as the real ones order them. */
const top = (records: Scored[], skip: Uint8Array | undefined, n: number) =>
  records
    .map((r, i) => ({ i, score: r.score, id: r.id }))
    .filter((r) => !skip?.[r.i])
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, n)
    .map(({ i, score }) => ({ i, score }));

describe('ScorerWithChanges', () => {
  it('gives what a scorer made from scratch gives, while records change, are added and deleted', () => {
    const copy = new Map(Array.from({ length: 200 }, (_, i) => [`r${String(i).padStart(3, '0')}`, { id: `r${String(i).padStart(3, '0')}`, score: (i * 37) % 101 }]));
    let made = 0;
    const scorers = new ScorerWithChanges<Scored, Scored[]>((records) => (made++, records));
    let version = 0;
    const ask = () =>
      scorers.top({ key: 'p1', version, generation: 1, records: () => [...copy.values()], byId: (id) => copy.get(id) }, (records, _, skip) => top(records, skip, 10), 10);
    const fresh = () => top([...copy.values()], undefined, 10).map((t) => ({ id: [...copy.values()][t.i].id, score: t.score }));

    expect(ask()).toEqual(fresh());
    const change = (ids: string[], apply: () => void) => {
      apply();
      scorers.note(ids);
      version++;
      expect(ask()).toEqual(fresh());
    };
    // The best falls, one far down rises above all, one is deleted, one is new, one rises to a tie.
    const [best] = fresh();
    change([best.id], () => copy.set(best.id, { id: best.id, score: 0 }));
    change(['r150'], () => copy.set('r150', { id: 'r150', score: 500 }));
    change(['r150'], () => copy.delete('r150'));
    change(['new'], () => copy.set('new', { id: 'new', score: 400 }));
    change(['r001'], () => copy.set('r001', { id: 'r001', score: 400 }));
    // The scorer over all was made once; each change made only the small one again.
    expect(made).toBe(1 + 5);
  });
});
