import { normaliseLabel } from '../matching/features/feature';

export interface InferredOccupation {
  /** ISCO-08 / STYRK-08 4-digit code. */
  code: string;
  /** Share of the candidate's (recognised) skill weight this occupation explains, in [0, 1]. */
  confidence: number;
}

interface Link {
  uri: string;
  isco4: string;
  skill: string;
  essential: boolean;
}

const ESSENTIAL = 1;
const OPTIONAL = 0.5;

/**
 * Likely occupations from a set of skills, through ESCO's essential and optional skills of each
 * occupation. A skill shared by many occupations says little (inverse document frequency); an
 * occupation scores by how much of the candidate's skill weight it explains. General: no list
 * of codes or special cases.
 */
export class OccupationInference {
  private constructor(
    /** Normalised skill label → the ESCO occupations that have it, and how (essential or optional). */
    private readonly bySkill: Map<string, { uri: string; weight: number }[]>,
    private readonly idf: Map<string, number>,
    private readonly codeOf: Map<string, string>,
    private readonly canonical: (label: string) => string,
  ) {}

  /** `canonical` maps a free-text skill to the ESCO label it resolves to (Norwegian synonyms), or returns it as is. */
  static from(links: Link[], canonical: (label: string) => string = (label) => label): OccupationInference {
    const bySkill = new Map<string, { uri: string; weight: number }[]>();
    const codeOf = new Map<string, string>();
    for (const link of links) {
      codeOf.set(link.uri, link.isco4);
      const key = normaliseLabel(link.skill);
      const list = bySkill.get(key) ?? [];
      list.push({ uri: link.uri, weight: link.essential ? ESSENTIAL : OPTIONAL });
      bySkill.set(key, list);
    }
    const occupations = codeOf.size;
    const idf = new Map([...bySkill].map(([skill, list]) => [skill, Math.log(1 + occupations / list.length)]));
    return new OccupationInference(bySkill, idf, codeOf, canonical);
  }

  private readonly cache = new Map<string, InferredOccupation[]>();

  /** The same skill sets are inferred again for every ranking they appear in; results are kept. */
  infer(skillLabels: string[], top = 5): InferredOccupation[] {
    const key = `${top}\u0000${skillLabels.join('\u0000')}`;
    let result = this.cache.get(key);
    if (!result) {
      result = this.compute(skillLabels, top);
      if (this.cache.size > 100_000) this.cache.clear();
      this.cache.set(key, result);
    }
    return result;
  }

  private compute(skillLabels: string[], top: number): InferredOccupation[] {
    const given = new Set(skillLabels.map((label) => normaliseLabel(this.canonical(label))));
    const skills = [...given].filter((s) => this.bySkill.has(s));
    if (skills.length === 0) return [];
    const mass = skills.reduce((sum, s) => sum + this.idf.get(s)!, 0);
    const byOccupation = new Map<string, number>();
    for (const skill of skills) {
      const idf = this.idf.get(skill)!;
      for (const { uri, weight } of this.bySkill.get(skill)!) byOccupation.set(uri, (byOccupation.get(uri) ?? 0) + weight * idf);
    }
    // Unrecognised skills (free text, other languages) neither count for nor against; fewer recognised ones, less certainty.
    const certainty = Math.sqrt(skills.length / given.size);
    const byCode = new Map<string, number>();
    for (const [uri, score] of byOccupation) {
      const code = this.codeOf.get(uri)!;
      byCode.set(code, Math.max(byCode.get(code) ?? 0, (score / mass) * certainty));
    }
    return [...byCode]
      .map(([code, confidence]) => ({ code, confidence: Math.min(1, confidence) }))
      .sort((a, b) => b.confidence - a.confidence || a.code.localeCompare(b.code))
      .slice(0, top);
  }
}
