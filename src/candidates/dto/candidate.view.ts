import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EDUCATION_LEVELS, EducationDto, ExperienceDto, LANGUAGE_LEVELS, LanguageDto, LanguageLevel, MentorPreferencesDto, SkillDto } from '../../common/dto/profile-parts.dto';
import type { CandidateEducation, CandidateLanguage, CandidateSkill, CompetenceSource, InferredOccupationView } from '../../competence/competence.types';
import type { ProspectReason } from '../../taxonomy/labour-demand';
import type { OccupationReading, TitleReading } from '../../taxonomy/occupation-resolver';
import { Candidate } from '../entities/candidate.entity';
import type { CandidateShare } from '../entities/candidate-share.entity';
import { ConsentEntry, currentConsent, RecordedByKind } from '../consent-history';
import { CONSENT_KINDS, ConsentKind } from '../consent-text';

/** Where an item comes from: the candidate's own record (`profile`) or a career centre's mapping. */
export class CompetenceSourceView {
  @ApiProperty({ enum: ['profile', 'mapping'] })
  type: CompetenceSource['type'];
  @ApiPropertyOptional({ description: 'With `mapping`.' })
  mappingId?: string;
  @ApiPropertyOptional({ description: 'With `mapping`: the career centre.' })
  organisationId?: string;
  @ApiPropertyOptional({ description: 'With `mapping`: ISO instant.' })
  mappedAt?: string;
}

export class CandidateSkillView extends SkillDto implements CandidateSkill {
  /** The taxonomy skill the label resolves to; absent when it stays free text. */
  skillId?: string;
  /** That skill's label (ESCO). */
  skill?: string;
  confidence?: number;
  @ApiPropertyOptional({ type: () => CompetenceSourceView })
  source?: CompetenceSource;
}

export class CandidateLanguageView extends LanguageDto implements CandidateLanguage {
  /** From a mapping, where spoken and written levels may differ; `level` is the lower of the two. */
  @ApiPropertyOptional({ enum: LANGUAGE_LEVELS })
  oral?: LanguageLevel;
  @ApiPropertyOptional({ enum: LANGUAGE_LEVELS })
  written?: LanguageLevel;
  @ApiPropertyOptional({ type: () => CompetenceSourceView })
  source?: CompetenceSource;
}

export class CandidateEducationView extends EducationDto implements CandidateEducation {
  /** With recognition `approved`: the level it was approved at. */
  @ApiPropertyOptional({ enum: EDUCATION_LEVELS })
  approvedLevel?: EducationDto['level'];
  /** With `authorisation_required`: the regulated profession (e.g. sykepleier). */
  profession?: string;
  @ApiPropertyOptional({ type: () => CompetenceSourceView })
  source?: CompetenceSource;
}

export class InferredOccupation implements InferredOccupationView {
  /** STYRK-08 code. */
  code: string;
  /** The STYRK-08 title, never null. */
  title: string;
  confidence: number;
  /** From the skills (through ESCO), or from an experience title without a code. */
  via: 'skills' | 'experience_title';
}

/** One occupation a typed title reads as. */
export class OccupationReadingView implements OccupationReading {
  /** STYRK-08 code. */
  code: string;
  /** The STYRK-08 title. */
  title: string;
  /** In [0, 1]: 1 when the text is one of the occupation's names as typed. */
  confidence: number;
  /** The name it was read as: a STYRK-08 title, one of NAV's job titles or an ESCO label. */
  matched: string;
  @ApiProperty({ enum: ['styrk', 'nav', 'esco'] })
  via: OccupationReading['via'];
  @ApiProperty({ enum: ['exact', 'similar'] })
  kind: OccupationReading['kind'];
}

/**
 * An experience title without a code (`from: experience`) or a desired occupation in the
 * candidate's own words (`from: desired`), read as occupations; below the confidence floor it
 * stays unread (`read: false`) and ranking ignores it.
 */
export class ResolvedOccupationView implements TitleReading {
  @ApiProperty({ enum: ['experience', 'desired'] })
  from: 'experience' | 'desired';
  /** The text as typed. */
  text: string;
  /** False when no occupation reaches the confidence floor (0.6): then `occupations` is empty and `closest` the nearest guess. */
  read: boolean;
  @ApiProperty({ type: () => [OccupationReadingView] })
  occupations: OccupationReadingView[];
  @ApiProperty({ type: () => OccupationReadingView, nullable: true })
  closest: OccupationReadingView | null;
}

/** Why the candidate is a hurtigspor prospect: an occupation in demand in a county. */
export class ProspectReasonView implements ProspectReason {
  occupationCode: string;
  /** How the occupation is known: from the mapped experience, or inferred from skills. */
  via: 'mapped' | 'inferred';
  countyCode: string;
  countyName: string;
  /** NAV's estimated shortage of workers in that occupation and county. */
  shortage: number;
  year: number;
}

export class CandidateConsentView {
  matching: boolean;
  shareWithEmployers: boolean;
}

/** Who recorded a consent entry: a user (its name), an integration's key (its label), the service itself or the migration of the booleans from before. */
export class ConsentRecorderView {
  @ApiProperty({ enum: ['user', 'key', 'system', 'migration'] })
  kind: RecordedByKind;
  @ApiProperty({ type: String, nullable: true })
  id: string | null;
  @ApiProperty({ type: String, nullable: true })
  name: string | null;
}

/** One grant or withdrawal of consent, with the text the candidate agreed to. */
export class ConsentEntryView implements ConsentEntry {
  @ApiProperty({ enum: CONSENT_KINDS })
  kind: ConsentKind;
  /** True: given; false: withdrawn (or not given). */
  granted: boolean;
  /** The consent text's version; `before-history` for entries moved from the booleans of before. */
  textVersion: string;
  text: string;
  recordedAt: Date;
  recordedBy: ConsentRecorderView;
}

export class DesiredOccupationView {
  /** STYRK-08 code. */
  code: string;
  title: string;
}

/** The consent texts in force, per kind: show them to the candidate, and send `version` as `consentTextVersion`. */
export class ConsentTextView {
  version: string;
  matching: string;
  shareWithEmployers: string;
}

/** An organisation the owner shares the candidate with. */
export class CandidateShareView {
  organisationId: string;
  sharedAt: Date;

  static of(s: CandidateShare): CandidateShareView {
    return { organisationId: s.organisationId, sharedAt: s.createdAt };
  }
}

/** The coordinator's and career centre's view of a candidate: personal data included, so every read is audited. */
export class CandidateView {
  id: string;
  fullName: string;
  birthYear: number | null;
  gender: string | null;
  municipalityCode: string;
  countryOfOrigin: string | null;
  /** The merged state: own entries and career centres' mappings, each item with its `source`. */
  languages: CandidateLanguageView[];
  education: CandidateEducationView[];
  experience: ExperienceDto[];
  /** Each skill as given, and the taxonomy skill it resolves to (`skillId`, `skill`, `confidence`) when it does. */
  skills: CandidateSkillView[];
  inferredOccupations: InferredOccupation[];
  /** What each experience title without a code was read as (occupations with confidence), or that it stayed unread. */
  resolvedOccupations: ResolvedOccupationView[];
  /** What each of `desiredOccupationTexts` was read as (occupations with their STYRK-08 titles and confidence), or that it stayed unread. */
  desiredOccupationReadings: ResolvedOccupationView[];
  hurtigsporProspect: boolean;
  prospectReasons: ProspectReasonView[];
  interests: string[];
  desiredOccupations: string[];
  /** What the candidate wants to work as, in their own words. */
  desiredOccupationTexts: string[];
  goals: string;
  preferences: MentorPreferencesDto;
  /** The current consent: the latest entry of each kind in the history. */
  consent: CandidateConsentView;
  /** `desiredOccupations` with their STYRK-08 titles; in answers about one candidate (not in lists). */
  @ApiPropertyOptional({ type: () => [DesiredOccupationView] })
  desiredOccupationTitles?: DesiredOccupationView[];
  /** Every grant and withdrawal, newest first; in answers about one candidate (not in lists). */
  @ApiPropertyOptional({ type: () => [ConsentEntryView] })
  consentHistory?: ConsentEntryView[];
  registeredByOrganisationId: string | null;
  /** The organisation the candidate belongs to; only it and those in `sharedWith` see the candidate. */
  ownerOrganisationId: string;
  sharedWith: CandidateShareView[];
  /** The registering organisation's own reference, for candidates imported in bulk. */
  externalRef: string | null;
  /** Send it back as If-Match (or `version`) when you change the candidate. */
  version: number;
  createdAt: Date;
  updatedAt: Date;

  static of(c: Candidate, shares: CandidateShare[] = [], consentHistory?: ConsentEntry[], titles?: ReadonlyMap<string, string>): CandidateView {
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
      // Records derived before titles were required to be known may hold a code without one: never shown bare.
      inferredOccupations: c.inferredOccupations.filter((o) => o.title),
      // Stored together, shown apart; readings stored before desired texts existed carry no `from` and are of experience titles.
      resolvedOccupations: (c.resolvedOccupations ?? []).filter((r) => r.from !== 'desired').map((r) => ({ ...r, from: 'experience' as const })),
      desiredOccupationReadings: (c.resolvedOccupations ?? []).filter((r) => r.from === 'desired'),
      hurtigsporProspect: c.hurtigsporProspect,
      prospectReasons: c.prospectReasons,
      interests: c.interests,
      desiredOccupations: c.desiredOccupations,
      desiredOccupationTexts: c.desiredOccupationTexts ?? [],
      goals: c.goals,
      preferences: c.preferences,
      consent: consentHistory ? currentConsent(consentHistory) : { matching: c.consent.matching, shareWithEmployers: c.consent.shareWithEmployers },
      ...(consentHistory ? { consentHistory } : {}),
      ...(titles ? { desiredOccupationTitles: c.desiredOccupations.map((code) => ({ code, title: titles.get(code) ?? code })) } : {}),
      registeredByOrganisationId: c.registeredByOrganisationId,
      ownerOrganisationId: c.ownerOrganisationId,
      sharedWith: shares.map(CandidateShareView.of),
      externalRef: c.externalRef,
      version: c.version,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    };
  }
}
