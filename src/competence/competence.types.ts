import type { EducationDto, LanguageDto, LanguageLevel, SkillDto } from '../common/dto/profile-parts.dto';

/** Where an item of a candidate's competence comes from. */
export type CompetenceSource =
  | { type: 'profile' }
  | { type: 'mapping'; mappingId: string; organisationId: string; mappedAt: string };

/** A skill as the candidate record holds it: the words given, and how the taxonomy reads them. */
export interface CandidateSkill extends SkillDto {
  /** The taxonomy skill the label resolves to; absent when it stays free text. */
  skillId?: string;
  /** That skill's label (ESCO). */
  skill?: string;
  confidence?: number;
  source?: CompetenceSource;
}

export interface CandidateLanguage extends LanguageDto {
  /** From a mapping, where spoken and written levels may differ; `level` is the lower of the two. */
  oral?: LanguageLevel;
  written?: LanguageLevel;
  source?: CompetenceSource;
}

export interface CandidateEducation extends EducationDto {
  /** With recognition `approved`: the level it was approved at. */
  approvedLevel?: EducationDto['level'];
  /** With `authorisation_required`: the regulated profession (e.g. sykepleier). */
  profession?: string;
  source?: CompetenceSource;
}

/** What coordinators entered on the candidate record itself, kept apart from the career centres' mappings. */
export interface OwnCompetence {
  skills: SkillDto[];
  languages: LanguageDto[];
  education: EducationDto[];
}

export interface InferredOccupationView {
  code: string;
  /** The STYRK-08 title: an occupation is never shown by its code alone. */
  title: string;
  confidence: number;
  /** From the skills (through ESCO), or from an experience title without a code. */
  via: 'skills' | 'experience_title';
}
