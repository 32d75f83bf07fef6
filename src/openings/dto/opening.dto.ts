import { OmitType, PartialType } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../../common/dto/pagination.dto';
import { CEFR_LEVELS, CefrLevel, MUNICIPALITY_CODE, NestedList, STYRK_CODE } from '../../common/dto/profile-parts.dto';
import { IsOmittable } from '../../common/validators';
import { Opening, OPENING_KINDS, OPENING_STATUSES, OpeningKind, OpeningStatus, RequiredSkill } from '../entities/opening.entity';
import { expects } from '../../common/validation';

export class RequiredSkillDto implements RequiredSkill {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  label: string;

  /** A must-have skill is a hard requirement; otherwise it is nice to have. */
  @IsBoolean()
  mustHave: boolean;
}

export class CreateOpeningDto {
  /** The employer organisation. Employer keys may leave it out (their own is used); admin keys must give it. */
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @IsIn(OPENING_KINDS)
  kind: OpeningKind;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @IsOmittable()
  @IsString()
  @MaxLength(8000)
  description?: string;

  /** STYRK-08 code; must exist. */
  @IsOptional()
  @Matches(STYRK_CODE, { message: expects('invalid_styrk_code') })
  occupationCode?: string;

  @Matches(MUNICIPALITY_CODE, { message: expects('invalid_kommunenummer') })
  municipalityCode: string;

  @IsOmittable()
  @NestedList(RequiredSkillDto, 50)
  requiredSkills?: RequiredSkillDto[];

  /** The lowest Norwegian level (CEFR) the work needs. */
  @IsOptional()
  @IsIn(CEFR_LEVELS)
  minNorwegianLevel?: CefrLevel;

  /** Make minNorwegianLevel a hard rule: candidates below it are excluded, not only scored lower. */
  @IsOmittable()
  @IsBoolean()
  norwegianLevelRequired?: boolean;

  @IsBoolean()
  permanent: boolean;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(60)
  hoursPerWeek?: number;

  /** Praksis or hiring with lønnstilskudd (wage subsidy). */
  @IsOptional()
  @IsBoolean()
  wageSubsidy?: boolean;

  @IsInt()
  @Min(1)
  @Max(1000)
  positions: number;

  @IsOmittable()
  @IsIn(OPENING_STATUSES)
  status?: OpeningStatus;
}

/** An opening cannot move to another organisation. */
export class UpdateOpeningDto extends PartialType(OmitType(CreateOpeningDto, ['organisationId'] as const)) {
  /** The version you saw, unless sent as If-Match: one of the two is required, and a stale one is 409. */
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class OpeningQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(OPENING_KINDS)
  kind?: OpeningKind;

  @IsOptional()
  @IsIn(OPENING_STATUSES)
  status?: OpeningStatus;

  @IsOptional()
  @Matches(MUNICIPALITY_CODE, { message: expects('invalid_kommunenummer') })
  municipalityCode?: string;

  @IsOptional()
  @IsUUID()
  organisationId?: string;

  /** Free text matched against title, description and required skills. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class OpeningView {
  id: string;
  organisationId: string;
  kind: OpeningKind;
  title: string;
  description: string;
  occupationCode: string | null;
  municipalityCode: string;
  requiredSkills: RequiredSkillDto[];
  minNorwegianLevel: CefrLevel | null;
  norwegianLevelRequired: boolean;
  permanent: boolean;
  hoursPerWeek: number | null;
  wageSubsidy: boolean | null;
  positions: number;
  status: OpeningStatus;
  createdAt: Date;
  /** Send it back as If-Match (or `version`) when you change it. */
  version: number;
  updatedAt: Date;

  static of(o: Opening): OpeningView {
    return {
      id: o.id,
      organisationId: o.organisationId,
      kind: o.kind,
      title: o.title,
      description: o.description,
      occupationCode: o.occupationCode,
      municipalityCode: o.municipalityCode,
      requiredSkills: o.requiredSkills,
      minNorwegianLevel: o.minNorwegianLevel,
      norwegianLevelRequired: o.norwegianLevelRequired,
      permanent: o.permanent,
      hoursPerWeek: o.hoursPerWeek,
      wageSubsidy: o.wageSubsidy,
      positions: o.positions,
      status: o.status,
      createdAt: o.createdAt,
      version: o.version,
      updatedAt: o.updatedAt,
    };
  }
}
