import type { Candidate } from '../candidates/entities/candidate.entity';
import { norwegianLevel } from './features/norwegian';
import type { CandidateFacts } from './hard-rules';

/** What the hard rules need to know about a candidate. */
export function candidateFacts(c: Candidate): CandidateFacts {
  return {
    consentMatching: c.consent.matching,
    consentShare: c.consent.shareWithEmployers,
    gender: c.gender,
    mentorGender: c.preferences.mentorGender,
    maxTravelKm: c.preferences.maxTravelKm,
    norwegianLevel: norwegianLevel(c.languages),
  };
}
