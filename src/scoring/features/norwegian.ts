import type { CefrLevel, LanguageDto } from '../../common/dto/profile-parts.dto';
import { FeatureResult } from './feature';

const RANK: Record<string, number> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6, native: 7 };
/** Norwegian in ISO 639-1: Bokmål, Nynorsk, Norwegian. */
const NORWEGIAN = new Set(['nb', 'nn', 'no']);
/** Value by how many CEFR steps below the minimum: many jobs are reachable at A2–B1 with training. */
const BELOW = [1, 0.6, 0.3, 0.1];

export function norwegianLevel(languages: LanguageDto[]): string | null {
  const levels = languages.filter((l) => NORWEGIAN.has(l.code)).map((l) => l.level);
  return levels.sort((a, b) => RANK[b] - RANK[a])[0] ?? null;
}

export const meetsLevel = (level: string | null, required: CefrLevel): boolean => (level ? RANK[level] : 0) >= RANK[required];

/** The candidate's Norwegian against the opening's minimum, apart from professional fit. */
export function norwegianFit(languages: LanguageDto[], required: CefrLevel | null): FeatureResult<Extract<FeatureResult['evidence'], { kind: 'norwegian' }>> {
  const level = norwegianLevel(languages);
  const evidence = { kind: 'norwegian' as const, level, required };
  if (!required) return { value: 1, evidence };
  const stepsBelow = Math.max(0, RANK[required] - (level ? RANK[level] : 0));
  return { value: BELOW[Math.min(stepsBelow, BELOW.length - 1)], evidence };
}
