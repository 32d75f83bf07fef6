import { PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min, ValidateIf } from 'class-validator';
import { EDUCATION_LEVELS, EducationDto, LANGUAGE_LEVELS, LanguageLevel, NestedList, SkillDto } from '../../common/dto/profile-parts.dto';
import { IsIso6391 } from '../../common/validators';
import { CompetenceMapping } from '../entities/competence-mapping.entity';
import { expects } from '../../common/validation';

export class MappedLanguageDto {
  /** ISO 639-1 code, e.g. `nb`, `ar`, `ti`. */
  @IsIso6391()
  code: string;

  /** CEFR level (or `native`) when speaking. */
  @IsIn(LANGUAGE_LEVELS)
  oral: LanguageLevel;

  /** CEFR level (or `native`) when writing; often below the oral level. */
  @IsIn(LANGUAGE_LEVELS)
  written: LanguageLevel;
}

/** An education as a career centre maps it: the record's fields, and what its recognition state needs. */
export class MappedEducationDto extends EducationDto {
  @ValidateIf((e: MappedEducationDto) => e.recognition === 'approved' || e.approvedLevel !== undefined)
  @IsIn(EDUCATION_LEVELS, { message: expects('required_when', { other: 'recognition', value: 'approved' }) })
  approvedLevel?: (typeof EDUCATION_LEVELS)[number];

  @ValidateIf((e: MappedEducationDto) => e.recognition === 'authorisation_required' || e.profession !== undefined)
  @IsString({ message: expects('required_when', { other: 'recognition', value: 'authorisation_required' }) })
  @IsNotEmpty()
  @MaxLength(200)
  profession?: string;
}

export class CreateCompetenceMappingDto {
  /** When the mapping session took place; defaults to now, never in the future. */
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  mappedAt?: Date;

  @IsOptional()
  @NestedList(SkillDto, 200)
  skills?: SkillDto[];

  @IsOptional()
  @NestedList(MappedLanguageDto, 20)
  languages?: MappedLanguageDto[];

  @IsOptional()
  @NestedList(MappedEducationDto, 20)
  education?: MappedEducationDto[];

  /** Realkompetanse: what the person can do without papers. */
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  realkompetanse?: string;
}

/** Lists are replaced whole. */
export class UpdateCompetenceMappingDto extends PartialType(CreateCompetenceMappingDto) {
  /** The version you saw, unless sent as If-Match: one of the two is required, and a stale one is 409. */
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class CompetenceMappingView {
  id: string;
  candidateId: string;
  organisationId: string;
  mappedByKeyId: string | null;
  mappedAt: Date;
  skills: SkillDto[];
  languages: MappedLanguageDto[];
  education: MappedEducationDto[];
  realkompetanse: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;

  static of(m: CompetenceMapping): CompetenceMappingView {
    return {
      id: m.id,
      candidateId: m.candidateId,
      organisationId: m.organisationId,
      mappedByKeyId: m.mappedByKeyId,
      mappedAt: m.mappedAt,
      skills: m.skills,
      languages: m.languages,
      education: m.education,
      realkompetanse: m.realkompetanse,
      version: m.version,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
    };
  }
}
