import { LabelEntry, LabelIndex, MatchKind } from './label-index';

export interface TaxonomySkillRow {
  id: string;
  label: string;
}

export interface SkillSynonymRow {
  skillId: string;
  label: string;
}

/** How a free-text skill was read against the taxonomy. */
export interface SkillResolution {
  skillId: string;
  /** The taxonomy's label (ESCO, English). */
  skill: string;
  /** The label or synonym that matched. */
  matched: string;
  via: 'label' | 'synonym';
  kind: MatchKind;
  confidence: number;
}

/** A skill under one of its names. */
export interface SkillLabel {
  id: string;
  /** The skill's own (ESCO) label. */
  label: string;
  /** The label or synonym meant. */
  matched: string;
  via: 'label' | 'synonym';
}

export interface SkillSearchResult extends SkillLabel {
  kind: MatchKind | 'embedding';
  score: number;
}

/** A free-text skill resolves from this confidence up; below it, it stays free text. */
export const RESOLVE_MIN = 0.6;
/** A synonym is someone's word for the skill, a shade less certain than its own label. */
const SYNONYM_TRUST = 0.95;

/** The skills vocabulary (ESCO labels and Kobling's synonyms) for resolving and searching free text. */
export class SkillTaxonomy {
  private readonly index: LabelIndex<number>;
  private readonly resolved = new Map<string, SkillResolution | null>();
  private readonly entries: LabelEntry<number>[];

  constructor(
    private readonly skills: TaxonomySkillRow[],
    synonyms: SkillSynonymRow[],
  ) {
    const position = new Map(skills.map((s, i) => [s.id, i]));
    this.entries = skills.map((s, i) => ({ label: s.label, ref: i, via: 'label', trust: 1 }));
    for (const synonym of synonyms) {
      const i = position.get(synonym.skillId);
      if (i !== undefined) this.entries.push({ label: synonym.label, ref: i, via: 'synonym', trust: SYNONYM_TRUST });
    }
    this.index = new LabelIndex(this.entries);
  }

  /** Every label and synonym with the skill it names, as search shows them: what the label vectors are made from. */
  labels(): SkillLabel[] {
    return this.entries.map((entry) => this.labelOf(entry));
  }

  private labelOf(entry: LabelEntry<number>): SkillLabel {
    const skill = this.skills[entry.ref];
    return { id: skill.id, label: skill.label, matched: entry.label, via: entry.via as SkillLabel['via'] };
  }

  /** The taxonomy skill a free-text skill means, or null: what does not resolve stays free text. */
  resolve(text: string): SkillResolution | null {
    let result = this.resolved.get(text);
    if (result === undefined) {
      const match = this.index.resolve(text, RESOLVE_MIN);
      result = match
        ? {
            skillId: this.skills[match.entry.ref].id,
            skill: this.skills[match.entry.ref].label,
            matched: match.entry.label,
            via: match.entry.via as SkillResolution['via'],
            kind: match.kind,
            confidence: round(match.score),
          }
        : null;
      if (this.resolved.size > 100_000) this.resolved.clear();
      this.resolved.set(text, result);
    }
    return result;
  }

  /** The ESCO label a skill resolves to, or the text itself: how labels are compared across records. */
  readonly canonical = (text: string): string => this.resolve(text)?.skill ?? text;

  /** Ranked skills for a query, one row per skill with its best-matching label. */
  search(query: string, limit: number): SkillSearchResult[] {
    const bySkill = new Map<number, SkillSearchResult>();
    for (const match of this.index.search(query, limit)) {
      if (bySkill.has(match.entry.ref)) continue;
      bySkill.set(match.entry.ref, { ...this.labelOf(match.entry), kind: match.kind, score: round(match.score) });
      if (bySkill.size >= limit) break;
    }
    return [...bySkill.values()];
  }
}

export const round = (x: number): number => Math.round(x * 1000) / 1000;
