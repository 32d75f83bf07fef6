import type { RequiredSkill, SkillDto } from '../../common/dto/profile-parts.dto';
import { normaliseLabel, trigrams } from '../../common/labels';
import { FeatureResult } from './feature';

/** How much a skill counts by how it is known: a certificate beats a claim. */
export const EVIDENCE_WEIGHT: Record<SkillDto['evidence'], number> = {
  certified: 1,
  verified: 0.9,
  mapped: 0.8,
  self_reported: 0.6,
};

/** A required skill counts as met from this similarity up; below it, it is missing. */
export const MATCH_THRESHOLD = 0.5;
/** Nothing listed: no evidence either way. */
const NOTHING_REQUIRED = 0.5;

/** A label as compared: normalised, its words and its character trigrams. */
interface LabelForm {
  key: string;
  words: string[];
  grams: Set<string>;
}

/** Labels recur across pairs (a cohort scores millions): each label's form is made once. */
const forms = new Map<string, LabelForm>();

function formOf(label: string): LabelForm {
  let form = forms.get(label);
  if (!form) {
    const key = normaliseLabel(label);
    form = { key, words: key.split(' '), grams: trigrams(key) };
    if (forms.size > 50_000) forms.clear();
    forms.set(label, form);
  }
  return form;
}

/**
 * Similarity of two skill labels in [0, 1]: the same label 1; one label's words inside the
 * other's (Norwegian compounds: "sveising" in "TIG-sveising", "regnskap" in "regnskapsføring") 0.8;
 * otherwise character-trigram overlap (Dice), discounted. A similarity that cannot reach `min` may be
 * answered as 0 without being worked out.
 */
export function labelSimilarity(a: string, b: string, min = 0): number {
  const x = formOf(a);
  const y = formOf(b);
  if (!x.key || !y.key) return 0;
  if (x.key === y.key) return 1;
  const [shorter, longer] = x.key.length <= y.key.length ? [x, y] : [y, x];
  if (shorter.words.every((w) => w.length >= 4 && longer.words.some((lw) => lw.includes(w)))) return 0.8;
  // The Dice a score of `min` needs (never under 0.5): if sharing every gram of the smaller set
  // would not reach it, there is nothing to count. A caller asking for 0.8 needs the same grams.
  const needed = Math.max(0.5, min / 0.8);
  if (2 * Math.min(x.grams.size, y.grams.size) < needed * (x.grams.size + y.grams.size)) return 0;
  let shared = 0;
  for (const g of x.grams) if (y.grams.has(g)) shared++;
  const dice = (2 * shared) / (x.grams.size + y.grams.size);
  return dice >= 0.5 ? dice * 0.8 : 0;
}

/** A label read against the taxonomy: which skill it is, and how sure the reading is. */
export interface SkillReading {
  skillId: string;
  confidence: number;
}
export type SkillReader = (label: string) => SkillReading | null;

/** Two labels that both read as the same taxonomy skill this surely are the same skill ("sveising" and "welding"). */
export const SAME_SKILL_MIN = 0.9;

/** How alike two skill labels are, as text and through the taxonomy: what skillCoverage compares by. Symmetric. */
export function skillSimilarity(a: string, b: string, read?: SkillReader): number {
  return read ? similarityRead(a, b, () => read(a), () => read(b)) : labelSimilarity(a, b);
}

/** skillSimilarity with each label's reading given (asked only when needed): an index reads its labels once. */
export function similarityRead(a: string, b: string, readA: () => SkillReading | null, readB: () => SkillReading | null): number {
  const direct = labelSimilarity(a, b);
  if (direct === 1) return direct;
  const x = readA();
  const y = x && readB();
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
    const { best, skill } = bestMatch(need.label, has, read);
    if (skill) matched.push({ required: need.label, matched: skill.label, evidence: skill.evidence });
    else missing.push(need.label);
    total += best;
  }
  return { value: total / required.length, evidence: { kind: 'skills', required: required.length, matched, missing } };
}

/**
 * How well the candidate's skills meet one required skill: the best similarity × evidence of
 * those alike enough. A required skill's part of skillCoverage depends on its label alone, so a
 * ranking over many openings works it out once per distinct label.
 */
export function bestMatch(label: string, has: SkillDto[], read?: SkillReader): { best: number; skill?: SkillDto } {
  let best = 0;
  let bestSkill: SkillDto | undefined;
  for (const skill of has) {
    const alike = skillSimilarity(label, skill.label, read);
    const score = alike * EVIDENCE_WEIGHT[skill.evidence];
    if (alike >= MATCH_THRESHOLD && score > best) {
      best = score;
      bestSkill = skill;
    }
  }
  return { best, skill: bestSkill };
}

/** What skillCoverage gives an opening that lists no skills of a kind. */
export const NOTHING_REQUIRED_VALUE = NOTHING_REQUIRED;
