import { createHash } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateCandidateDto } from '../candidates/dto/candidate.dto';
import { CEFR_LEVELS, ExperienceDto, Gender, LanguageDto, SkillDto } from '../common/dto/profile-parts.dto';
import type { Text } from '../common/language';
import { FieldError, fieldError } from '../common/problems';
import { flattenValidationErrors, VALIDATOR_OPTIONS } from '../common/validation';
import type { CsvRow } from './csv-file';
import { ImportColumn, LIST_SEPARATOR } from './import-columns';

/** A problem with one cell: `field` is the CSV column, or `row` for the row as a whole. Rendered in the report. */
export interface RowError extends FieldError {
  field: ImportColumn | 'row';
}

/** What a row says about a candidate: exactly the fields the import owns, nothing else. */
export interface ImportedCandidate {
  fullName: string;
  birthYear: number | null;
  gender: Gender | null;
  municipalityCode: string;
  countryOfOrigin: string | null;
  languages: LanguageDto[];
  experience: ExperienceDto[];
  skills: SkillDto[];
  interests: string[];
  desiredOccupations: string[];
  goals: string;
  maxTravelKm: number | null;
  consent: { matching: boolean; shareWithEmployers: boolean };
}

export interface MappedRow {
  row: number;
  line: number;
  externalRef: string;
  candidate: ImportedCandidate;
  /** Of the candidate's content: equal hashes mean an unchanged row. */
  hash: string;
  errors: RowError[];
}

export const MAX_EXTERNAL_REF_LENGTH = 100;
const REQUIRED_CELLS: ImportColumn[] = ['externalRef', 'fullName', 'municipalityCode', 'consentMatching', 'consentShareWithEmployers'];
/** Bump when the mapping from cells to candidate changes, so rows imported before are written again. */
const HASH_VERSION = 'candidate-import/1';

const shown = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
const list = (cell: string) =>
  cell
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
const isCefr = (level: string) => (CEFR_LEVELS as readonly string[]).includes(level);

/** Reads one row's cells into candidate fields; cell-level problems (numbers, booleans, lists, levels) become row errors. */
class RowReader {
  readonly errors: RowError[] = [];

  constructor(private readonly cells: CsvRow['cells']) {}

  cell(column: ImportColumn): string {
    return this.cells[column] ?? '';
  }

  fail(error: RowError): void {
    this.errors.push(error);
  }

  number(column: ImportColumn, kind: 'integer' | 'decimal'): number | null {
    const raw = this.cell(column);
    if (raw === '') return null;
    // A decimal comma, as a Norwegian spreadsheet writes it, is a decimal point.
    const pattern = kind === 'integer' ? /^-?\d+$/ : /^-?\d+([.,]\d+)?$/;
    if (!pattern.test(raw)) {
      this.fail(fieldError(column, kind === 'integer' ? 'csv_not_whole_number' : 'csv_not_number', { value: shown(raw) }));
      return null;
    }
    return Number(raw.replace(',', '.'));
  }

  boolean(column: ImportColumn): boolean {
    const raw = this.cell(column);
    if (raw === 'true') return true;
    if (raw !== 'false' && raw !== '') this.fail(fieldError(column, 'csv_not_boolean', { value: shown(raw) }));
    return false;
  }

  norwegianLevel(): LanguageDto | null {
    const raw = this.cell('norwegianLevel');
    if (raw === '') return null;
    const level = raw.toUpperCase();
    if (!isCefr(level)) {
      this.fail(fieldError('norwegianLevel', 'csv_not_cefr', { levels: CEFR_LEVELS, value: shown(raw) }));
      return null;
    }
    return { code: 'nb', level: level as LanguageDto['level'] };
  }

  /** `ar:native|en:B2`; Norwegian belongs in norwegianLevel when that is given. */
  languages(norwegian: LanguageDto | null): LanguageDto[] {
    const languages: LanguageDto[] = [];
    list(this.cell('languages')).forEach((item, i) => {
      const match = /^([^:]+):(.+)$/.exec(item);
      if (!match) {
        this.fail(fieldError('languages', 'csv_language_item', { field: listItem('languages', i + 1), value: shown(item) }));
        return;
      }
      const code = match[1].trim().toLowerCase();
      const rawLevel = match[2].trim();
      const level = (isCefr(rawLevel.toUpperCase()) ? rawLevel.toUpperCase() : rawLevel.toLowerCase()) as LanguageDto['level'];
      if (languages.some((l) => l.code === code)) this.fail(fieldError('languages', 'csv_language_repeated', { value: code }));
      else if (code === 'nb' && norwegian) this.fail(fieldError('languages', 'csv_norwegian_twice'));
      else languages.push({ code, level });
    });
    return norwegian ? [norwegian, ...languages] : languages;
  }
}

/** An item of a list cell, counted from 1 as a person reads the cell. */
const listItem = (column: ImportColumn, item: number, within: string[] = []): Text => {
  const inside = within.length > 0 ? `, ${within.join('.')}` : '';
  return { nb: `${column}, element ${item}${inside}`, en: `${column} item ${item}${inside}` };
};

/** class-validator's field paths (`experience.0.years`) back to the CSV columns they came from. */
function toRowError(error: FieldError, norwegianIndex: number): RowError {
  const [head, index, ...rest] = error.field.split('.');
  const asColumn = (column: ImportColumn): RowError => ({ ...error, field: column });
  switch (head) {
    case 'experience':
      return asColumn(rest[0] === 'years' ? 'experienceYears' : 'occupationCode');
    case 'preferences':
      return asColumn('maxTravelKm');
    case 'consent':
      return asColumn(index === 'shareWithEmployers' ? 'consentShareWithEmployers' : 'consentMatching');
    case 'skills':
      if (rest[0] === 'evidence') return asColumn('skillEvidence');
      break;
    case 'languages':
      if (index !== undefined && Number(index) === norwegianIndex) return asColumn('norwegianLevel');
      break;
  }
  const column = head as ImportColumn;
  if (index !== undefined && /^\d+$/.test(index)) {
    // An item of a list cell, counted from 1 as a person reads the cell (the Norwegian entry comes from its own column).
    const item = Number(index) + 1 - (head === 'languages' && norwegianIndex === 0 ? 1 : 0);
    return { ...error, field: column, params: { ...error.params, field: listItem(column, item, rest) } };
  }
  return { ...error, field: column };
}

/** The candidate in the shape the API takes, validated by the same DTO and rules as POST /candidates. */
function asCreateDto(c: ImportedCandidate): Record<string, unknown> {
  return {
    fullName: c.fullName,
    birthYear: c.birthYear ?? undefined,
    gender: c.gender ?? undefined,
    municipalityCode: c.municipalityCode,
    countryOfOrigin: c.countryOfOrigin ?? undefined,
    languages: c.languages,
    experience: c.experience,
    skills: c.skills,
    interests: c.interests,
    desiredOccupations: c.desiredOccupations,
    goals: c.goals || undefined,
    preferences: c.maxTravelKm === null ? undefined : { maxTravelKm: c.maxTravelKm },
    consent: c.consent,
  };
}

export const contentHash = (c: ImportedCandidate): string =>
  createHash('sha256').update(`${HASH_VERSION}\n${JSON.stringify(c)}`, 'utf8').digest('hex');

/**
 * One row to a candidate and its errors: the cells, then the candidate DTO's rules. Whether codes
 * exist and whether a reference repeats are checked for the whole file afterwards.
 */
export async function mapRow(row: CsvRow, occupationTitles: ReadonlyMap<string, string>): Promise<MappedRow> {
  const reader = new RowReader(row.cells);
  const externalRef = reader.cell('externalRef');
  const base = { row: row.row, line: row.line, externalRef };
  if (row.cellCount) {
    reader.fail(fieldError('row', 'csv_cell_count', row.cellCount));
    return { ...base, candidate: emptyCandidate(), hash: '', errors: reader.errors };
  }
  for (const column of REQUIRED_CELLS) if (reader.cell(column) === '') reader.fail(fieldError(column, 'required'));
  if (externalRef.length > MAX_EXTERNAL_REF_LENGTH) reader.fail(fieldError('externalRef', 'too_long', { max: MAX_EXTERNAL_REF_LENGTH }));

  const norwegian = reader.norwegianLevel();
  const languages = reader.languages(norwegian);
  const occupationCode = reader.cell('occupationCode');
  const years = reader.number('experienceYears', 'decimal');
  if (years !== null && occupationCode === '') reader.fail(fieldError('experienceYears', 'csv_years_need_occupation'));
  const evidence = reader.cell('skillEvidence').toLowerCase() || 'mapped';
  const candidate: ImportedCandidate = {
    fullName: reader.cell('fullName'),
    birthYear: reader.number('birthYear', 'integer'),
    gender: (reader.cell('gender').toLowerCase() || null) as Gender | null,
    municipalityCode: reader.cell('municipalityCode'),
    countryOfOrigin: reader.cell('countryOfOrigin').toUpperCase() || null,
    languages,
    experience: occupationCode
      ? [{ title: occupationTitles.get(occupationCode) ?? occupationCode, occupationCode, years: years ?? 0 }]
      : [],
    skills: list(reader.cell('skills')).map((label) => ({ label, evidence: evidence as SkillDto['evidence'] })),
    interests: list(reader.cell('interests')),
    desiredOccupations: list(reader.cell('desiredOccupations')),
    goals: reader.cell('goals'),
    maxTravelKm: reader.number('maxTravelKm', 'decimal'),
    consent: { matching: reader.boolean('consentMatching'), shareWithEmployers: reader.boolean('consentShareWithEmployers') },
  };

  const dto = plainToInstance(CreateCandidateDto, asCreateDto(candidate));
  const dtoErrors = flattenValidationErrors(await validate(dto, VALIDATOR_OPTIONS)).map((e) => toRowError(e, norwegian ? 0 : -1));
  // A column already found wrong by the cell checks is reported once, in their words.
  const seen = new Set(reader.errors.map((e) => e.field));
  const errors = [...reader.errors, ...dtoErrors.filter((e) => !seen.has(e.field))].filter(
    // One evidence value for all skills fails once, not once per skill.
    (e, i, all) => all.findIndex((o) => o.field === e.field && o.code === e.code && JSON.stringify(o.params) === JSON.stringify(e.params)) === i,
  );
  return { ...base, candidate, hash: contentHash(candidate), errors };
}

function emptyCandidate(): ImportedCandidate {
  return {
    fullName: '',
    birthYear: null,
    gender: null,
    municipalityCode: '',
    countryOfOrigin: null,
    languages: [],
    experience: [],
    skills: [],
    interests: [],
    desiredOccupations: [],
    goals: '',
    maxTravelKm: null,
    consent: { matching: false, shareWithEmployers: false },
  };
}

/** Every row of a reference that appears more than once fails: which of them is meant is not for us to guess. */
export function markRepeatedRefs(rows: MappedRow[]): void {
  const byRef = new Map<string, MappedRow[]>();
  for (const r of rows) if (r.externalRef) byRef.set(r.externalRef, [...(byRef.get(r.externalRef) ?? []), r]);
  for (const [ref, same] of byRef) {
    if (same.length < 2) continue;
    const where = {
      nb: same.map((r) => `rad ${r.row} (linje ${r.line})`).join(', '),
      en: same.map((r) => `row ${r.row} (line ${r.line})`).join(', '),
    };
    for (const r of same) r.errors.push(fieldError('externalRef', 'csv_ref_repeated', { value: shown(ref), where }));
  }
}

/** Adds an error to each row whose kommunenummer or STYRK-08 codes are not in the reference data. */
export function markUnknownCodes(
  rows: MappedRow[],
  missingMunicipalities: Set<string>,
  missingOccupations: Set<string>,
  municipalityError: (field: string, code: string) => RowError,
): void {
  for (const r of rows) {
    const failed = new Set(r.errors.map((e) => e.field));
    const c = r.candidate;
    if (!failed.has('municipalityCode') && missingMunicipalities.has(c.municipalityCode)) {
      r.errors.push(municipalityError('municipalityCode', c.municipalityCode));
    }
    const occupationCode = c.experience[0]?.occupationCode;
    if (!failed.has('occupationCode') && occupationCode && missingOccupations.has(occupationCode)) {
      r.errors.push(fieldError('occupationCode', 'unknown_styrk_code', { value: occupationCode }));
    }
    if (!failed.has('desiredOccupations')) {
      for (const code of c.desiredOccupations.filter((d) => missingOccupations.has(d))) {
        r.errors.push(fieldError('desiredOccupations', 'unknown_styrk_code', { value: code }));
      }
    }
  }
}
