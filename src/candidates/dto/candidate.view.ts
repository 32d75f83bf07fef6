import type { EducationDto, ExperienceDto, LanguageDto, SkillDto } from '../../common/dto/profile-parts.dto';
import { Candidate, CandidatePreferences } from '../entities/candidate.entity';

/** The coordinator's and career centre's view of a candidate: personal data included, so every read is audited. */
export class CandidateView {
  id: string;
  fullName: string;
  birthYear: number | null;
  gender: string | null;
  municipalityCode: string;
  countryOfOrigin: string | null;
  languages: LanguageDto[];
  education: EducationDto[];
  experience: ExperienceDto[];
  skills: SkillDto[];
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
