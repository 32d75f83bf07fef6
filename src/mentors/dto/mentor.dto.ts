import { OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsObject,
  IsInt,
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
  Gender,
  GENDERS,
  LanguageDto,
  MUNICIPALITY_CODE,
  NestedList,
  SkillDto,
  STYRK_CODE,
  StringList,
} from '../../common/dto/profile-parts.dto';
import { IsOmittable } from '../../common/validators';
import { Mentor, MENTOR_TYPES, MentorType } from '../entities/mentor.entity';
import { expects } from '../../common/validation';

/** A phone number as people write it: 8–15 digits, spaces, an optional leading +. */
export const PHONE_NUMBER = /^\+?\d(?:[ -]?\d){7,14}$/;

export class MentorOccupationDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  /** STYRK-08 code; must exist. */
  @IsOptional()
  @Matches(STYRK_CODE, { message: expects('invalid_styrk_code') })
  code?: string;
}

export class CreateMentorDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName: string;

  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender;

  @Matches(MUNICIPALITY_CODE, { message: expects('invalid_kommunenummer') })
  municipalityCode: string;

  @IsObject()
  @ValidateNested()
  @Type(() => MentorOccupationDto)
  occupation: MentorOccupationDto;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  employerName?: string;

  @IsOmittable()
  @NestedList(LanguageDto, 20)
  languages?: LanguageDto[];

  @IsOmittable()
  @NestedList(SkillDto, 100)
  skills?: SkillDto[];

  @IsOmittable()
  @StringList(50, 100)
  interests?: string[];

  @IsOmittable()
  @IsString()
  @MaxLength(4000)
  bio?: string;

  @IsIn(MENTOR_TYPES)
  mentorType: MentorType;

  /** How many mentees at once, 1–10. */
  @IsInt()
  @Min(1)
  @Max(10)
  capacity: number;

  /** Only mentees of this gender (e.g. women mentoring women). */
  @IsOptional()
  @IsIn(['female', 'male'])
  menteeGender?: 'female' | 'male';

  @IsOmittable()
  @IsBoolean()
  active?: boolean;

  /** Where proposals for a mentorship are e-mailed (with a link to answer them). */
  @IsOptional()
  @IsEmail({}, { message: expects('invalid_email') })
  @MaxLength(254)
  email?: string;

  /** Digits, spaces and an optional leading +, e.g. "+47 412 34 567". */
  @IsOptional()
  @Matches(PHONE_NUMBER, { message: expects('invalid_phone') })
  phone?: string;

  /** Admins only, who belong to no organisation: the mentor programme the mentor belongs to. Coordinators register for their own. */
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class UpdateMentorDto extends PartialType(OmitType(CreateMentorDto, ['organisationId'] as const)) {
  /** The version you saw, unless sent as If-Match: one of the two is required, and a stale one is 409. */
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class MentorQueryDto extends PageQueryDto {
  @IsOptional()
  @Matches(MUNICIPALITY_CODE, { message: expects('invalid_kommunenummer') })
  municipalityCode?: string;

  @IsOptional()
  @IsIn(MENTOR_TYPES)
  mentorType?: MentorType;

  @IsOptional()
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';

  /** Free text matched against name, occupation, skills, interests and bio. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class MentorView {
  id: string;
  fullName: string;
  gender: string | null;
  municipalityCode: string;
  occupation: { title: string; code: string | null };
  employerName: string | null;
  languages: LanguageDto[];
  skills: SkillDto[];
  interests: string[];
  bio: string;
  mentorType: MentorType;
  capacity: number;
  menteeGender: 'female' | 'male' | null;
  active: boolean;
  /** Only for the mentor's own organisation and admins; left out for anyone else (an open pool's mentor). */
  email?: string | null;
  /** As `email`: only for the mentor's own organisation and admins. */
  phone?: string | null;
  createdAt: Date;
  organisationId: string;
  /** Send it back as If-Match (or `version`) when you change it. */
  version: number;
  updatedAt: Date;

  /** `contact`: whether the caller may see the e-mail address and phone (see seesMentorContact). */
  static of(m: Mentor, contact = false): MentorView {
    return {
      id: m.id,
      fullName: m.fullName,
      gender: m.gender,
      municipalityCode: m.municipalityCode,
      occupation: { title: m.occupationTitle, code: m.occupationCode },
      employerName: m.employerName,
      languages: m.languages,
      skills: m.skills,
      interests: m.interests,
      bio: m.bio,
      mentorType: m.mentorType,
      capacity: m.capacity,
      menteeGender: m.menteeGender,
      active: m.active,
      ...(contact ? { email: m.email, phone: m.phone } : {}),
      createdAt: m.createdAt,
      organisationId: m.organisationId,
      version: m.version,
      updatedAt: m.updatedAt,
    };
  }
}
