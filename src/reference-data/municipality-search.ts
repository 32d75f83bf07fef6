import type { Municipality } from './entities/municipality.entity';
import type { County } from './reference-datasets';
import type { RenumberedMunicipality } from './municipality-renumbering';

export interface MunicipalityHit extends Municipality {
  countyName: string;
}

/** "Herøy" and "heroy", "Bærum" and "baerum", "Kárášjohka" and "karasjohka" compare equal. */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ŋ/g, 'n')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim();
}

/**
 * Municipalities by number or name, best first: the exact number, a number prefix, the
 * municipality a 2020–2023 number became, the exact name, a name prefix, a word of the name;
 * within each, the larger population first. Every part of a Sami–Norwegian name counts.
 */
export class MunicipalitySearch {
  private readonly entries: { hit: MunicipalityHit; names: string[] }[];
  private readonly successor: Map<string, string>;

  constructor(municipalities: Municipality[], counties: County[], renumbered: RenumberedMunicipality[]) {
    const countyName = new Map(counties.map((c) => [c.code, c.name]));
    this.entries = municipalities.map((m) => ({
      hit: { ...m, countyName: countyName.get(m.countyCode) ?? m.countyCode },
      names: [m.name, ...m.name.split(/\s+-\s+/)].map(foldName),
    }));
    this.successor = new Map(renumbered.map((r) => [r.oldCode, r.code]));
  }

  search(q: string | undefined, limit: number): MunicipalityHit[] {
    const query = foldName(q ?? '');
    const ranked: { hit: MunicipalityHit; rank: number }[] = [];
    for (const { hit, names } of this.entries) {
      const rank = query ? this.rank(query, hit.code, names) : 0;
      if (rank !== undefined) ranked.push({ hit, rank });
    }
    return ranked
      .sort((a, b) => a.rank - b.rank || (b.hit.population ?? 0) - (a.hit.population ?? 0) || (a.hit.code < b.hit.code ? -1 : 1))
      .slice(0, limit)
      .map((r) => r.hit);
  }

  private rank(query: string, code: string, names: string[]): number | undefined {
    if (/^\d+$/.test(query)) {
      if (code === query) return 0;
      if (code.startsWith(query)) return 1;
      if (this.successor.get(query) === code) return 2;
      return undefined;
    }
    if (names.includes(query)) return 3;
    if (names.some((n) => n.startsWith(query))) return 4;
    if (names.some((n) => n.split(/[\s-]+/).some((word) => word.startsWith(query)))) return 5;
    return undefined;
  }
}
