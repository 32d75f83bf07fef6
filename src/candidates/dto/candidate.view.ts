import type { ExperienceDto } from '../../common/dto/profile-parts.dto';
import type { CandidateEducation, CandidateLanguage, CandidateSkill, InferredOccupationView } from '../../competence/competence.types';
import type { ProspectReason } from '../../taxonomy/labour-demand';
import { Candidate, CandidatePreferences } from '../entities/candidate.entity';

/** The coordinator's and career centre's view of a candidate: personal data included, so every read is audited. */
export class CandidateView {
  id: string;
  fullName: string;
  birthYear: number | null;
  gender: string | null;
  municipalityCode: string;
  countryOfOrigin: string | null;
  /** The merged state: own entries and career centres' mappings, each item with its `source`. */
  languages: CandidateLanguage[];
  education: CandidateEducation[];
  experience: ExperienceDto[];
  /** Each skill as given, and the taxonomy skill it resolves to (`skillId`, `skill`, `confidence`) when it does. */
  skills: CandidateSkill[];
  inferredOccupations: InferredOccupationView[];
  hurtigsporProspect: boolean;
  prospectReasons: ProspectReason[];
  interests: string[];
  desiredOccupations: string[];
  goals: string;
  preferences: CandidatePreferences;
  consent: { matching: boolean; shareWithEmployers: boolean };
  registeredByOrganisationId: string | null;
  /** The registering organisation's own reference, for candidates imported in bulk. */
  externalRef: string | null;
  createdAt: Date;
  updatedAt: Date;

  static of(c: Candidate): CandidateView {
    return {
      id: c.id,
      fullName: c.fullName,
      birthYear: c.birthYear,
      gender: c.gender,
      municipalityCode: c.municipalityCode,
      countryOfOrigin: c.countryOfOrigin,
      languages: c.languages,
      education: c.education,
      experience: c.experience,
      skills: c.skills,
      inferredOccupations: c.inferredOccupations,
      hurtigsporProspect: c.hurtigsporProspect,
      prospectReasons: c.prospectReasons,
      interests: c.interests,
      desiredOccupations: c.desiredOccupations,
      goals: c.goals,
      preferences: c.preferences,
      consent: { matching: c.consent.matching, shareWithEmployers: c.consent.shareWithEmployers },
      registeredByOrganisationId: c.registeredByOrganisationId,
      externalRef: c.externalRef,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    };
  }
}
