import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsObject, IsOptional, IsUUID, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../common/dto/pagination.dto';
import { MUNICIPALITY_CODE, STYRK_CODE } from '../../common/dto/profile-parts.dto';
import type { ComponentView } from '../../matching/dto/match.dto';
import type { Need } from '../entities/need.entity';
import { expects } from '../../common/validation';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class TimeframeDto {
  /** First day the people are needed (YYYY-MM-DD). */
  @IsOptional()
  @Matches(DATE, { message: expects('invalid_date_format') })
  @IsISO8601({ strict: true })
  from?: string;

  /** Last day they are needed by (YYYY-MM-DD). */
  @IsOptional()
  @Matches(DATE, { message: expects('invalid_date_format') })
  @IsISO8601({ strict: true })
  to?: string;
}

/**
 * One of the employer's openings (`openingId`; occupation and place are the opening's), or a
 * broader need: `occupationCode`, `count`, `municipalityCode`, `timeframe`.
 */
export class CreateNeedDto {
  @IsOptional()
  @IsUUID()
  openingId?: string;

  /** STYRK-08; required without an opening. */
  @ValidateIf((o: CreateNeedDto) => !o.openingId || o.occupationCode !== undefined)
  @Matches(STYRK_CODE, { message: expects('invalid_styrk_code') })
  occupationCode?: string;

  /** How many people; without an opening required, with one it defaults to the opening's positions. */
  @ValidateIf((o: CreateNeedDto) => !o.openingId || o.count !== undefined)
  @IsInt()
  @Min(1)
  @Max(1000)
  count?: number;

  /** Kommunenummer; required without an opening. */
  @ValidateIf((o: CreateNeedDto) => !o.openingId || o.municipalityCode !== undefined)
  @Matches(MUNICIPALITY_CODE, { message: expects('invalid_kommunenummer') })
  municipalityCode?: string;

  /** When: required without an opening (at least one of its dates). */
  @ValidateIf((o: CreateNeedDto) => !o.openingId || o.timeframe !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => TimeframeDto)
  timeframe?: TimeframeDto;
}

export class NeedQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'County number (fylkesnummer, 2 digits, 2024 numbering). A career centre defaults to its own county.' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: expects('invalid_county') })
  county?: string;

  @ApiPropertyOptional({ description: 'Prospects ranked per need, at most 20 (0 for none).', default: 5, minimum: 0, maximum: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(20)
  prospects: number = 5;
}

/** A candidate ranked for a need, for the career centre that may refer them. */
export class ProspectView {
  rank: number;
  candidateId: string;
  fullName: string;
  score: number;
  components: ComponentView[];
  reasons: string[];
  /** The candidate's open case for this need, if one is under way. */
  openCaseId: string | null;
}

export class NeedView {
  id: string;
  organisationId: string;
  openingId: string | null;
  occupationCode: string | null;
  occupationTitle: string | null;
  count: number;
  municipalityCode: string;
  countyCode: string | null;
  timeframe: { from: string | null; to: string | null };
  createdAt: Date;
  /** Career centres and admins only: the best-ranked hurtigspor prospects in the need's county. */
  prospects?: ProspectView[];

  static of(n: Need, occupationTitle: string | null, countyCode: string | null, prospects?: ProspectView[]): NeedView {
    return {
      id: n.id,
      organisationId: n.organisationId,
      openingId: n.openingId,
      occupationCode: n.occupationCode,
      occupationTitle,
      count: n.count,
      municipalityCode: n.municipalityCode,
      countyCode,
      timeframe: { from: n.neededFrom, to: n.neededBy },
      createdAt: n.createdAt,
      ...(prospects ? { prospects } : {}),
    };
  }
}
