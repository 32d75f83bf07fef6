import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsISO31661Alpha2,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  ArrayMaxSize,
  IsNotEmpty,
} from 'class-validator';
import { IsIso6391 } from '../validators';
import { expects } from '../validation';

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];
export const LANGUAGE_LEVELS = [...CEFR_LEVELS, 'native'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
export const EDUCATION_LEVELS = ['none', 'primary', 'upper_secondary', 'vocational', 'bachelor', 'master', 'phd'] as const;
/**
 * Where recognition of a foreign education stands (HK-dir): not applied, pending, approved,
 * UVD (a statement of the education's level, not an approval), authorisation required before
 * working in a regulated profession (nurse, doctor, ...), or not required.
 */
export const RECOGNITION_STATES = ['not_applied', 'pending', 'approved', 'uvd', 'authorisation_required', 'not_required'] as const;
export const SKILL_EVIDENCE = ['self_reported', 'mapped', 'verified', 'certified'] as const;
export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

export const MENTOR_TYPES = ['fagmentor', 'språkmentor', 'kulturguide'] as const;
export type MentorType = (typeof MENTOR_TYPES)[number];

/** A skill an opening asks for. */
export interface RequiredSkill {
  label: string;
  mustHave: boolean;
}

export const STYRK_CODE = /^\d{4}$/;
/** Four digits; three pass here so the reference check can say which leading zero Excel dropped ("301" → 0301). */
export const MUNICIPALITY_CODE = /^\d{3,4}$/;

export class LanguageDto {
  /** ISO 639-1 code, e.g. `ar`, `ti`, `uk`, `nb`. */
  @IsIso6391()
  code: string;

  @IsIn(LANGUAGE_LEVELS)
  level: LanguageLevel;
}

export class SkillDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  label: string;

  @IsIn(SKILL_EVIDENCE)
  evidence: (typeof SKILL_EVIDENCE)[number];

  /** Years of practice with the skill. */
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(60)
  years?: number;
}

export class EducationDto {
  @IsIn(EDUCATION_LEVELS)
  level: (typeof EDUCATION_LEVELS)[number];

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  field: string;

  /** ISO 3166-1 alpha-2 country where the education was taken. */
  @IsOptional()
  @IsISO31661Alpha2()
  country?: string;

  @IsIn(RECOGNITION_STATES)
  recognition: (typeof RECOGNITION_STATES)[number];
}

export class ExperienceDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  /** STYRK-08 occupation code; must exist in the occupation table. */
  @IsOptional()
  @Matches(STYRK_CODE, { message: expects('invalid_styrk_code') })
  occupationCode?: string;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(60)
  years: number;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

export class ConsentDto {
  @IsBoolean()
  matching: boolean;

  @IsBoolean()
  shareWithEmployers: boolean;
}

export class MentorPreferencesDto {
  @IsOptional()
  @IsIn(['female', 'male', 'any'])
  mentorGender?: 'female' | 'male' | 'any';

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(2000)
  maxTravelKm?: number;
}

/** A list of nested objects, each validated as `cls`. */
export const NestedList = (cls: new () => object, max = 50) =>
  applyDecorators(IsArray(), ArrayMaxSize(max), ValidateNested({ each: true }), Type(() => cls));

/** A list of non-empty strings. */
export const StringList = (max = 50, maxLength = 200) =>
  applyDecorators(IsArray(), ArrayMaxSize(max), IsString({ each: true }), IsNotEmpty({ each: true }), MaxLength(maxLength, { each: true }));
