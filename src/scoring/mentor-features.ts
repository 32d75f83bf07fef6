import type { ExperienceDto, LanguageDto, MentorType } from '../common/dto/profile-parts.dto';
import { clamp01, FeatureResult, semanticFit } from './features/feature';
import { distanceFit } from './features/geo';
import { capacityFit, languageFit, sharedInterests } from './features/mentor-fit';
import { occupationFit, readOccupations, StoredReading } from './features/occupation';

/** What the mentor features read of a candidate record (the Candidate entity is one). */
export interface MentorFeatureCandidate {
  interests: string[];
  experience: ExperienceDto[];
  desiredOccupations: string[];
  /** Experience titles and desired occupation texts read as occupations (stored on the candidate). */
  resolvedOccupations?: StoredReading[];
  languages: LanguageDto[];
  preferences: { maxTravelKm?: number };
}

/** What the mentor features read of a mentor record (the Mentor entity is one). */
export interface MentorFeatureMentor {
  interests: string[];
  occupationCode: string | null;
  languages: LanguageDto[];
  mentorType: MentorType;
  capacity: number;
}

/**
 * The features of a candidate–mentor pair as a ranking shows them. A cohort assignment reaches the
 * same values through the same feature functions without these objects (CohortScorer; its spec
 * checks the two agree).
 */
export function mentorFeatures(
  candidate: MentorFeatureCandidate,
  mentor: MentorFeatureMentor,
  cosine: { interests: number | null; profile: number | null },
  km: number | null,
  placesTaken: number,
  inferred: { code: string; confidence: number }[] = [],
): Record<string, FeatureResult> {
  return {
    shared_interests: sharedInterests(candidate.interests, mentor.interests),
    semantic_interests: semanticFit(cosine.interests),
    profession: occupationFit(candidate.experience, candidate.desiredOccupations, mentor.occupationCode, inferred, readOccupations(candidate.resolvedOccupations)),
    semantic_profile: semanticFit(cosine.profile),
    language: languageFit(candidate.languages, mentor.languages, mentor.mentorType),
    distance: distanceFit(km, candidate.preferences.maxTravelKm),
    capacity: capacityFit(mentor.capacity, placesTaken),
  };
}

/** Sums taken in another order than scoreOf's may differ in the last bit; a bound stays above by this much. */
const BOUND_SLACK = 1e-9;

/**
 * The most a pair can score under `weights` while some features are not yet worked out: those
 * taken at their best (1): shared interests and the two cosines until given. Never below
 * scoreOf(mentorFeatures(…)) for the pair, so a pair whose bound cannot reach a top list needs
 * nothing more (a cohort's millions of pairs).
 */
export function mentorScoreBound(
  weights: Record<string, number>,
): (profession: number, language: number, distance: number, capacity: number, sharedInterests?: number, semanticInterests?: number, semanticProfile?: number) => number {
  const w = (feature: string) => weights[feature] ?? 0;
  const [wInterests, wSemanticInterests, wProfession, wSemanticProfile, wLanguage, wDistance, wCapacity] = [
    'shared_interests', 'semantic_interests', 'profession', 'semantic_profile', 'language', 'distance', 'capacity',
  ].map(w);
  return (profession, language, distance, capacity, sharedInterests = 1, semanticInterests = 1, semanticProfile = 1) =>
    BOUND_SLACK +
    wSemanticInterests * clamp01(semanticInterests) +
    wSemanticProfile * clamp01(semanticProfile) +
    wInterests * clamp01(sharedInterests) +
    wProfession * clamp01(profession) +
    wLanguage * clamp01(language) +
    wDistance * clamp01(distance) +
    wCapacity * clamp01(capacity);
}
