import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsNotBlank, IsOmittable } from '../../common/validators';

export class TaxonomySearchDto {
  /** What the user typed: a prefix ("sveis"), a synonym, or a whole title or skill. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  q: string;

  @ApiPropertyOptional({ default: 10, minimum: 1, maximum: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 10;
}

export const SYNONYM_LANGS = ['nb', 'nn', 'en'] as const;

export class AddSynonymDto {
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  label: string;

  @ApiPropertyOptional({ enum: SYNONYM_LANGS, default: 'nb' })
  @IsOmittable()
  @IsIn(SYNONYM_LANGS)
  lang: (typeof SYNONYM_LANGS)[number] = 'nb';
}
