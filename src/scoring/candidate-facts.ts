import type { LanguageDto, MentorPreferencesDto } from '../common/dto/profile-parts.dto';
import { norwegianLevel } from './features/norwegian';
import type { CandidateFacts } from './hard-rules';

/** What the hard rules read of a candidate record (the Candidate entity is one): scoring knows no entities. */
export interface CandidateRecord {
  consent: { matching: boolean; shareWithEmployers: boolean };
  gender: string | null;
  preferences: MentorPreferencesDto;
  languages: LanguageDto[];
}

/** What the hard rules need to know about a candidate. */
export function candidateFacts(c: CandidateRecord): CandidateFacts {
  return {
    consentMatching: c.consent.matching,
    consentShare: c.consent.shareWithEmployers,
    gender: c.gender,
    mentorGender: c.preferences.mentorGender,
    maxTravelKm: c.preferences.maxTravelKm,
    norwegianLevel: norwegianLevel(c.languages),
  };
}
