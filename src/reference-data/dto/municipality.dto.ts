import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class MunicipalitySearchDto {
  @ApiPropertyOptional({ description: 'A kommunenummer or its start ("03"), or a name or its start, any case, with or without æøå ("heroy")', example: 'heroy' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 400 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(400)
  limit: number = 20;
}

/** A kommune of the 2024 numbering with its county and the centroid used for travel distance. */
export class MunicipalityDto {
  @ApiProperty({ description: 'Kommunenummer, four digits (2024 numbering)', example: '1515' })
  code: string;

  @ApiProperty({ example: 'Herøy' })
  name: string;

  @ApiProperty({ description: 'Fylkesnummer, two digits', example: '15' })
  countyCode: string;

  @ApiProperty({ example: 'Møre og Romsdal' })
  countyName: string;

  @ApiProperty({ description: 'Latitude of the centroid (WGS84) of the largest part of the kommune', example: 62.33 })
  lat: number;

  @ApiProperty({ description: 'Longitude of the centroid (WGS84)', example: 5.63 })
  lon: number;

  @ApiProperty({ type: String, nullable: true, description: 'Administrative centre', example: 'Fosnavåg' })
  adminCentre: string | null;

  @ApiProperty({ type: Number, nullable: true, example: 8900 })
  population: number | null;
}
