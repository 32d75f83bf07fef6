import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class PageQueryDto {
  @ApiPropertyOptional({ description: 'Items per page, at most 100.', default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional({ description: '1-based page number.', default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page: number = 1;
}

export interface Page<T> {
  items: T[];
  page: number;
  limit: number;
  total: number;
}

export const toPage = <E, T>(result: { items: E[]; total: number }, query: PageQueryDto, view: (e: E) => T): Page<T> => ({
  items: result.items.map(view),
  page: query.page,
  limit: query.limit,
  total: result.total,
});
