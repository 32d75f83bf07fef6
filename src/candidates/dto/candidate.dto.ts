import { OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsObject,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../common/dto/pagination.dto';
import {
  ConsentDto,
  EducationDto,
  ExperienceDto,
  Gender,
  GENDERS,
  LANGUAGE_LEVELS,
  LanguageDto,
  LanguageLevel,
  MentorPreferencesDto,
  MUNICIPALITY_CODE,
  NestedList,
  SkillDto,
  STYRK_CODE,
  StringList,
} from '../../common/dto/profile-parts.dto';
import { expects } from '../../common/validation';

export class CreateCandidateDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName: string;

  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(new Date().getFullYear())
  birthYear?: number;

  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender;

  /** Kommunenummer where the candidate lives; must exist. */
  @Matches(MUNICIPALITY_CODE, { message: expects('invalid_kommunenummer') })
  municipalityCode: string;

  /** ISO 3166-1 alpha-2. */
  @IsOptional()
  @IsISO31661Alpha2()
  countryOfOrigin?: string;

  @IsOptional()
  @NestedList(LanguageDto, 20)
  languages?: LanguageDto[];

  @IsOptional()
  @NestedList(EducationDto, 20)
  education?: EducationDto[];

  @IsOptional()
  @NestedList(ExperienceDto, 50)
  experience?: ExperienceDto[];

  @IsOptional()
  @NestedList(SkillDto, 100)
  skills?: SkillDto[];

  @IsOptional()
  @StringList(50, 100)
  interests?: string[];

  /** STYRK-08 codes the candidate aims for; each must exist. */
  @IsOptional()
  @StringList(20, 4)
  @Matches(STYRK_CODE, { each: true, message: expects('invalid_styrk_code') })
  desiredOccupations?: string[];

  /** What the candidate wants to work as, in their own words («Sveiser», "welder"): each is read as occupations, like experience titles without a code. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value))
  @StringList(10, 100)
  desiredOccupationTexts?: string[];

  @IsOptional()
  @IsString()
  @MaxLength(4000)
  goals?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => MentorPreferencesDto)
  preferences?: MentorPreferencesDto;

  /** What the candidate has agreed to: being matched, and being shown (anonymised) to employers. */
  @IsObject()
  @ValidateNested()
  @Type(() => ConsentDto)
  consent: ConsentDto;

  /**
   * The version of the consent text (GET /api/v1/candidates/consent-text) the candidate was shown
   * and agreed to; default the current one. An older version is refused: the candidate must be
   * shown the text in force.
   */
  @IsOptional()
  @IsString()
  @MaxLength(40)
  consentTextVersion?: string;

  /** Admins only, who belong to no organisation: the kommune, frivilligsentral or career centre the candidate belongs to. Others register for their own. */
  @IsOptional()
  @IsUUID()
  ownerOrganisationId?: string;
}

/** Every field optional; lists and nested objects are replaced whole. */
export class UpdateCandidateDto extends PartialType(OmitType(CreateCandidateDto, ['ownerOrganisationId'] as const)) {
  /** The version you saw, unless sent as If-Match: one of the two is required, and a stale one is 409. */
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export const CANDIDATE_SORTS = ['name', 'createdAt', 'updatedAt', 'norwegianLevel'] as const;
export type CandidateSortField = (typeof CANDIDATE_SORTS)[number];
/** `name` ascending, `-name` descending; ties are broken by id, so pages never overlap. */
export const CANDIDATE_SORT_VALUES = CANDIDATE_SORTS.flatMap((s) => [s, `-${s}`]);
export const CANDIDATE_CONSENT_FILTERS = ['matching', 'no_matching', 'share', 'no_share'] as const;

export class CandidateQueryDto extends PageQueryDto {
  /**
   * At least this level of Norwegian (Bokmål, Nynorsk or `no`; the best of them, own entries and
   * mappings merged): `B1` gives B1, B2, C1, C2 and native speakers. Candidates with no Norwegian
   * recorded never match.
   */
  @IsOptional()
  @IsIn(LANGUAGE_LEVELS)
  norwegianLevel?: LanguageLevel;

  /** `true`: only candidates with a proposed or active mentorship; `false`: only those without. */
  @IsOptional()
  @IsIn(['true', 'false'])
  hasMentor?: 'true' | 'false';

  /** `matching` / `no_matching`: consents, or not, to matching now; `share` / `no_share`: to being shown to employers. */
  @IsOptional()
  @IsIn(CANDIDATE_CONSENT_FILTERS)
  consent?: (typeof CANDIDATE_CONSENT_FILTERS)[number];

  /** `name`, `createdAt`, `updatedAt` or `norwegianLevel`, `-` first for descending; default `-createdAt`. Candidates without Norwegian come last either way. */
  @IsOptional()
  @IsIn(CANDIDATE_SORT_VALUES)
  sort?: string;

  @IsOptional()
  @Matches(MUNICIPALITY_CODE, { message: expects('invalid_kommunenummer') })
  municipalityCode?: string;

  /** `true`: only hurtigspor prospects (occupations in demand in their county), `false`: only the others. */
  @IsOptional()
  @IsIn(['true', 'false'])
  hurtigsporProspect?: 'true' | 'false';

  /** Free text matched against name, skills, experience, interests and goals. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class ShareCandidateDto {
  /** The kommune, frivilligsentral or career centre to share with. */
  @IsUUID()
  organisationId: string;
}
