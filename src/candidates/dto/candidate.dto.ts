import { OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
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
  LanguageDto,
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

export class CandidateQueryDto extends PageQueryDto {
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
