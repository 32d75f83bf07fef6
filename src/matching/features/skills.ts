import type { SkillDto } from '../../common/dto/profile-parts.dto';
import type { RequiredSkill } from '../../openings/entities/opening.entity';
import { FeatureResult, normaliseLabel } from './feature';

/** How much a skill counts by how it is known: a certificate beats a claim. */
export const EVIDENCE_WEIGHT: Record<SkillDto['evidence'], number> = {
  certified: 1,
  verified: 0.9,
  mapped: 0.8,
  self_reported: 0.6,
};

/** A required skill counts as met from this similarity up; below it, it is missing. */
const MATCH_THRESHOLD = 0.5;
/** Nothing listed: no evidence either way. */
const NOTHING_REQUIRED = 0.5;

/** Labels repeat across pairs (a cohort scores millions), so their trigrams are kept. */
const trigramCache = new Map<string, Set<string>>();

function trigrams(text: string): Set<string> {
  const cached = trigramCache.get(text);
  if (cached) return cached;
  const padded = ` ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  if (trigramCache.size > 50_000) trigramCache.clear();
  trigramCache.set(text, grams);
  return grams;
}

/**
 * Similarity of two skill labels in [0, 1]: the same label 1; one label's words inside the
 * other's (Norwegian compounds: "sveising" in "TIG-sveising", "regnskap" in "regnskapsføring") 0.8;
 * otherwise character-trigram overlap (Dice), discounted.
 */
export function labelSimilarity(a: string, b: string): number {
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let similarity = similarities.get(key);
  if (similarity === undefined) {
    similarity = computeSimilarity(a, b);
    if (similarities.size > 200_000) similarities.clear();
    similarities.set(key, similarity);
  }
  return similarity;
}

/** The same pairs of labels meet again and again (interests, common skills). */
const similarities = new Map<string, number>();

function computeSimilarity(a: string, b: string): number {
  const x = normaliseLabel(a);
  const y = normaliseLabel(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  const longWords = longer.split(' ');
  if (shorter.split(' ').every((w) => w.length >= 4 && longWords.some((lw) => lw.includes(w)))) return 0.8;
  const gx = trigrams(x);
  const gy = trigrams(y);
  let shared = 0;
  for (const g of gx) if (gy.has(g)) shared++;
  const dice = (2 * shared) / (gx.size + gy.size);
  return dice >= 0.5 ? dice * 0.8 : 0;
}

/** A label read against the taxonomy: which skill it is, and how sure the reading is. */
export type SkillReader = (label: string) => { skillId: string; confidence: number } | null;

/** Two labels that both read as the same taxonomy skill this surely are the same skill ("sveising" and "welding"). */
const SAME_SKILL_MIN = 0.9;

function similarity(a: string, b: string, read?: SkillReader): number {
  const direct = labelSimilarity(a, b);
  if (!read || direct === 1) return direct;
  const x = read(a);
  const y = read(b);
  if (!x || !y || x.skillId !== y.skillId) return direct;
  const sure = Math.min(x.confidence, y.confidence);
  return sure >= SAME_SKILL_MIN ? Math.max(direct, sure) : direct;
}

/**
 * The share of the required skills the candidate has, each weighed by its evidence. Labels are
 * compared as text and, given a reader, through the taxonomy (synonyms in either language).
 */
export function skillCoverage(
  required: RequiredSkill[],
  has: SkillDto[],
  read?: SkillReader,
): FeatureResult<Extract<FeatureResult['evidence'], { kind: 'skills' }>> {
  if (required.length === 0) return { value: NOTHING_REQUIRED, evidence: { kind: 'skills', required: 0, matched: [], missing: [] } };
  const matched: { required: string; matched: string; evidence: string }[] = [];
  const missing: string[] = [];
  let total = 0;
  for (const need of required) {
    let best = 0;
    let bestSkill: SkillDto | undefined;
    for (const skill of has) {
      const alike = similarity(need.label, skill.label, read);
      const score = alike * EVIDENCE_WEIGHT[skill.evidence];
      if (alike >= MATCH_THRESHOLD && score > best) {
        best = score;
        bestSkill = skill;
      }
    }
    if (bestSkill) matched.push({ required: need.label, matched: bestSkill.label, evidence: bestSkill.evidence });
    else missing.push(need.label);
    total += best;
  }
  return { value: total / required.length, evidence: { kind: 'skills', required: required.length, matched, missing } };
}
