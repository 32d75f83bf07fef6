import type { Candidate } from '../candidates/entities/candidate.entity';
import type { Mentor } from '../mentors/entities/mentor.entity';
import { FeatureResult, semanticFit } from './features/feature';
import { distanceFit } from './features/geo';
import { capacityFit, languageFit, sharedInterests } from './features/mentor-fit';
import { occupationFit } from './features/occupation';

/** The features of a candidate–mentor pair; the same for a ranking and a cohort assignment. */
export function mentorFeatures(
  candidate: Candidate,
  mentor: Mentor,
  cosine: { interests: number | null; profile: number | null },
  km: number | null,
  placesTaken: number,
  inferred: { code: string; confidence: number }[] = [],
): Record<string, FeatureResult> {
  return {
    shared_interests: sharedInterests(candidate.interests, mentor.interests),
    semantic_interests: semanticFit(cosine.interests),
    profession: occupationFit(candidate.experience, candidate.desiredOccupations, mentor.occupationCode, inferred),
    semantic_profile: semanticFit(cosine.profile),
    language: languageFit(candidate.languages, mentor.languages, mentor.mentorType),
    distance: distanceFit(km, candidate.preferences.maxTravelKm),
    capacity: capacityFit(mentor.capacity, placesTaken),
  };
}
