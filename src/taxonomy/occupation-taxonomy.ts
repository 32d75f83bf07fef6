import { LabelEntry, LabelIndex, MatchKind } from './label-index';
import { round } from './skill-taxonomy';

export interface OccupationTitleRow {
  code: string;
  title: string;
  source: 'styrk' | 'nav' | 'esco';
}

export interface OccupationSearchResult {
  code: string;
  /** The STYRK-08 title of the code. */
  title: string;
  matched: string;
  via: OccupationTitleRow['source'];
  kind: MatchKind | 'embedding';
  score: number;
}

/** NAV's titles are what Norwegians call the work; ESCO's English labels help those who search in English. */
const TRUST: Record<OccupationTitleRow['source'], number> = { styrk: 1, nav: 0.97, esco: 0.9 };

/** STYRK-08 occupations under all their names: STYRK titles, NAV's job titles, ESCO labels. */
export class OccupationTaxonomy {
  private readonly index: LabelIndex<OccupationTitleRow>;

  constructor(
    private readonly titles: ReadonlyMap<string, string>,
    rows: OccupationTitleRow[],
  ) {
    const entries: LabelEntry<OccupationTitleRow>[] = [
      ...[...titles].map(([code, title]) => ({ label: title, ref: { code, title, source: 'styrk' as const }, via: 'styrk', trust: TRUST.styrk })),
      ...rows.map((row) => ({ label: row.title, ref: row, via: row.source, trust: TRUST[row.source] })),
    ];
    this.index = new LabelIndex(entries);
  }

  search(query: string, limit: number): OccupationSearchResult[] {
    const byCode = new Map<string, OccupationSearchResult>();
    for (const match of this.index.search(query, limit)) {
      const { code } = match.entry.ref;
      if (byCode.has(code)) continue;
      byCode.set(code, {
        code,
        title: this.titles.get(code) ?? match.entry.label,
        matched: match.entry.label,
        via: match.entry.ref.source,
        kind: match.kind,
        score: round(match.score),
      });
      if (byCode.size >= limit) break;
    }
    return [...byCode.values()];
  }
}
