import { normaliseLabel } from '../common/labels';

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
  /** Score per ESCO occupation (by index) while one skill set is inferred; zeroed after. */
  private readonly scratch: Float64Array;

  private constructor(
    /** Normalised skill label → the ESCO occupations (by index) that have it, and how (essential or optional). */
    private readonly bySkill: Map<string, { occupation: number; weight: number }[]>,
    private readonly idf: Map<string, number>,
    /** The ISCO code of each ESCO occupation, by index. */
    private readonly codeOf: string[],
    private readonly canonical: (label: string) => string,
  ) {
    this.scratch = new Float64Array(codeOf.length);
  }

  /** `canonical` maps a free-text skill to the ESCO label it resolves to (Norwegian synonyms), or returns it as is. */
  static from(links: Link[], canonical: (label: string) => string = (label) => label): OccupationInference {
    const bySkill = new Map<string, { occupation: number; weight: number }[]>();
    const indexOf = new Map<string, number>();
    const codeOf: string[] = [];
    for (const link of links) {
      let occupation = indexOf.get(link.uri);
      if (occupation === undefined) {
        occupation = codeOf.push(link.isco4) - 1;
        indexOf.set(link.uri, occupation);
      }
      const key = normaliseLabel(link.skill);
      const list = bySkill.get(key) ?? [];
      list.push({ occupation, weight: link.essential ? ESSENTIAL : OPTIONAL });
      bySkill.set(key, list);
    }
    const occupations = codeOf.length;
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
    // Summed in a flat array by occupation index: common skills touch hundreds of occupations.
    const scores = this.scratch;
    const touched: number[] = [];
    for (const skill of skills) {
      const idf = this.idf.get(skill)!;
      for (const { occupation, weight } of this.bySkill.get(skill)!) {
        if (scores[occupation] === 0) touched.push(occupation);
        scores[occupation] += weight * idf;
      }
    }
    // Unrecognised skills (free text, other languages) neither count for nor against; fewer recognised ones, less certainty.
    const certainty = Math.sqrt(skills.length / given.size);
    const byCode = new Map<string, number>();
    for (const occupation of touched) {
      const code = this.codeOf[occupation];
      byCode.set(code, Math.max(byCode.get(code) ?? 0, (scores[occupation] / mass) * certainty));
      scores[occupation] = 0;
    }
    return [...byCode]
      .map(([code, confidence]) => ({ code, confidence: Math.min(1, confidence) }))
      // Codes are digits: plain comparison orders them as localeCompare would, at a fraction of the cost.
      .sort((a, b) => b.confidence - a.confidence || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .slice(0, top);
  }
}
