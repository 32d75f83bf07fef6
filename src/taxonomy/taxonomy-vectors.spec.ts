import { mergeSearch } from './taxonomy-vectors';

describe('mergeSearch', () => {
  const r = (id: string, score: number, kind: string) => ({ id, score, kind });

  it('keeps one row per skill, the better reading of it, best first within the limit', () => {
    const lexical = [r('a', 1, 'exact'), r('b', 0.6, 'similar')];
    const semantic = [r('b', 0.7, 'embedding'), r('c', 0.65, 'embedding'), r('a', 0.8, 'embedding'), r('d', 0.5, 'embedding')];
    expect(mergeSearch(lexical, semantic, (x) => x.id, 3)).toEqual([r('a', 1, 'exact'), r('b', 0.7, 'embedding'), r('c', 0.65, 'embedding')]);
  });

  it('lets a lexical match win a tie', () => {
    expect(mergeSearch([r('x', 0.5, 'prefix')], [r('y', 0.5, 'embedding'), r('x', 0.5, 'embedding')], (x) => x.id, 5)).toEqual([r('x', 0.5, 'prefix'), r('y', 0.5, 'embedding')]);
  });
});
