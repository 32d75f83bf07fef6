import { IsIn, IsOptional } from 'class-validator';
import type { FieldCode } from '../../common/error-catalogue';
import type { RowError } from '../candidate-row';

export const IMPORT_MODES = ['all', 'partial'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export class CandidateImportQueryDto {
  /** `all` (default): any failed row and nothing is written. `partial`: the valid rows are written, the failed ones reported. */
  @IsOptional()
  @IsIn(IMPORT_MODES)
  mode?: ImportMode;
}

export const ROW_STATUSES = ['created', 'updated', 'unchanged', 'failed'] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

export class ImportRowErrorDto {
  /** The CSV column, or `row` for the row as a whole. */
  field: RowError['field'];
  /** Stable machine code from the error catalogue (docs/errors.md). */
  code: FieldCode;
  /** In the language of `Accept-Language` (nb by default). */
  message: string;
}

export class ImportRowReport {
  /** 1-based number of the data row (the header not counted). */
  row: number;
  /** The line of the file the row starts on (the header is line 1). */
  line: number;
  externalRef: string | null;
  /** In a rejected import (422) nothing is written: the rows without errors are `unchanged`. */
  status: RowStatus;
  /** The candidate's id, for every row that is not `failed`. */
  id?: string;
  errors: ImportRowErrorDto[];
}

export class ImportTotals {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export class CandidateImportReport {
  /** Also in the audit rows (`candidate.import`) of the candidates it wrote. */
  importId: string;
  mode: ImportMode;
  totals: ImportTotals;
  rows: ImportRowReport[];
}
