import { CsvError, parse } from 'csv-parse/sync';
import type { Text } from '../common/language';
import { FieldError, fieldError, Problem, problem } from '../common/problems';
import { IMPORT_COLUMNS, ImportColumn, MAX_IMPORT_ROWS, REQUIRED_COLUMNS } from './import-columns';

/** One data row: its cells by column, its 1-based number among the data rows, and the line of the file it starts on. */
export interface CsvRow {
  row: number;
  line: number;
  cells: Partial<Record<ImportColumn, string>>;
  /** Set when the row has another number of cells than the header. */
  /** Set when the row has another number of cells than the header has columns. */
  cellCount?: { cells: number; columns: number };
}

/** A row this long is not a candidate (the longest legitimate cell, goals, holds 4,000 characters). */
const MAX_RECORD_BYTES = 64 * 1024;

const BOM = [0xef, 0xbb, 0xbf];

/** 1-based line numbers of byte offsets, counting `\n` (so CRLF files count right). */
class LineIndex {
  private readonly newlines: number[] = [];

  constructor(readonly bytes: Buffer) {
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) this.newlines.push(i);
  }

  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.newlines[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }

  /** Where the record after `offset` starts: past the empty lines that csv-parse skips (and a leading BOM). */
  recordStart(offset: number): number {
    let at = offset;
    if (at === 0 && BOM.every((b, i) => this.bytes[i] === b)) at = BOM.length;
    while (at < this.bytes.length && (this.bytes[at] === 10 || this.bytes[at] === 13)) at++;
    return at;
  }
}

/** Excel in a Norwegian locale saves CSV with semicolons: the header line says which separator the file uses. */
function delimiterOf(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, '').trimStart().split(/\r?\n/, 1)[0];
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

const shown = (value: string) => JSON.stringify(value.length > 50 ? `${value.slice(0, 50)}…` : value);

function invalidCsv(error: CsvError, lines: LineIndex, lastRecordEnd: number): Problem {
  const rowStart = () => lines.lineAt(lines.recordStart(lastRecordEnd));
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return problem('csv_quote_not_closed', { line: rowStart() });
  }
  if (error.code === 'CSV_MAX_RECORD_SIZE') {
    return problem('csv_row_too_long', { line: rowStart(), kb: MAX_RECORD_BYTES / 1024 });
  }
  // csv-parse counts a CRLF as two lines; the byte offset of the error does not lie.
  const bytes = (error as CsvError & { bytes?: number }).bytes;
  const line = typeof bytes === 'number' ? lines.lineAt(bytes) : error.lines;
  const reason: Text =
    error.code === 'INVALID_OPENING_QUOTE'
      ? {
          nb: 'et anførselstegn (") inne i et felt som ikke starter med ett; sett hele feltet i anførselstegn og doble anførselstegnene inne i det ("")',
          en: 'a quote (") inside a field that does not start with one; put the whole field in quotes and double the quotes inside it ("")',
        }
      : error.code === 'CSV_INVALID_CLOSING_QUOTE'
        ? {
            nb: 'et felt i anførselstegn fortsetter etter det avsluttende anførselstegnet; doble anførselstegnene inne i et felt i anførselstegn ("")',
            en: 'a quoted field goes on after its closing quote; double the quotes inside a quoted field ("")',
          }
        : // csv-parse's own words stay in the log; the reader gets its code.
          { nb: `feil i CSV-formatet (${error.code})`, en: `malformed CSV (${error.code})` };
  return problem('csv_invalid', { line, reason });
}

/** The header row: every required column, no unknown or repeated one (names are case-sensitive). */
function checkHeader(header: string[]): void {
  const errors: FieldError[] = [];
  const known = new Set<string>(IMPORT_COLUMNS);
  const unknown = [...new Set(header.filter((h) => !known.has(h)))];
  unknown.slice(0, 20).forEach((h) =>
    errors.push(fieldError(h.slice(0, 50), 'csv_unknown_column', { value: shown(h), columns: IMPORT_COLUMNS })),
  );
  const repeated = [...new Set(header.filter((h, i) => known.has(h) && header.indexOf(h) !== i))];
  repeated.forEach((h) => errors.push(fieldError(h, 'csv_repeated_column')));
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  missing.forEach((c) => errors.push(fieldError(c, 'csv_missing_column')));
  if (errors.length === 0) return;
  const more = unknown.length > 20 ? unknown.length - 20 : 0;
  const unknownNames = unknown.slice(0, 20).map(shown).join(', ');
  const parts: Text[] = [
    unknown.length > 0 && {
      nb: `${unknown.length === 1 ? 'ukjent kolonne' : 'ukjente kolonner'} ${unknownNames}${more ? ` og ${more} til` : ''}`,
      en: `unknown ${unknown.length === 1 ? 'column' : 'columns'} ${unknownNames}${more ? ` and ${more} more` : ''}`,
    },
    repeated.length > 0 && { nb: `gjentatt ${repeated.join(', ')}`, en: `repeated ${repeated.join(', ')}` },
    missing.length > 0 && { nb: `mangler ${missing.join(', ')}`, en: `missing ${missing.join(', ')}` },
  ].filter((p): p is Text => Boolean(p));
  const joined = { nb: parts.map((p) => p.nb).join('; '), en: parts.map((p) => p.en).join('; ') };
  throw new Problem('csv_header_invalid', { parts: joined }, errors);
}

/**
 * Reads the CSV text into data rows, or refuses the whole file (400, or 413 for too many rows):
 * empty, not UTF-8 text, broken quoting (naming the line), a header that does not fit, no data rows.
 * Rows whose cells are all empty (what spreadsheets leave at the end) are skipped.
 */
export function readCsvFile(text: string): CsvRow[] {
  if (text.trim().length === 0) {
    throw problem('csv_empty');
  }
  if (text.includes('\u0000')) throw problem('csv_binary');
  if (text.includes('\uFFFD')) {
    throw problem('csv_not_utf8');
  }
  const lines = new LineIndex(Buffer.from(text, 'utf8'));
  const options = { bom: true, delimiter: delimiterOf(text), skip_empty_lines: true, relax_column_count: true, max_record_size: MAX_RECORD_BYTES };
  let lastRecordEnd = 0;
  const read = (to: number) => {
    try {
      return parse(text, {
        ...options,
        info: true,
        to,
        on_record: (record: { info: { bytes: number } }) => {
          lastRecordEnd = record.info.bytes;
          return record;
        },
      }) as unknown as { record: string[]; info: { bytes: number } }[];
    } catch (error) {
      if (error instanceof CsvError) throw invalidCsv(error, lines, lastRecordEnd);
      throw error;
    }
  };
  // The header first: a file that is not ours is refused for its header, not for a quote on line 40,000.
  // Spreadsheets leave empty columns after the last one with a name; they are not columns of ours.
  const fullHeader = read(1)[0].record.map((h) => h.trim());
  let width = fullHeader.length;
  while (width > 1 && fullHeader[width - 1] === '') width--;
  const header = fullHeader.slice(0, width);
  checkHeader(header);

  // The header and one row more than allowed, to tell "too many" without reading everything.
  const records = read(MAX_IMPORT_ROWS + 2);
  if (records.length > MAX_IMPORT_ROWS + 1) {
    throw problem('csv_too_many_rows', { max: MAX_IMPORT_ROWS });
  }
  const rows: CsvRow[] = [];
  records.slice(1).forEach(({ record }, i) => {
    if (record.every((cell) => cell.trim() === '')) return;
    const line = lines.lineAt(lines.recordStart(records[i].info.bytes));
    const cells: CsvRow['cells'] = {};
    header.forEach((column, c) => (cells[column as ImportColumn] = (record[c] ?? '').trim()));
    // Empty cells past the last named column are what a spreadsheet leaves; a value there is misplaced.
    const misplaced = record.slice(width).some((cell) => cell.trim() !== '');
    const cellCount = record.length < width || misplaced ? { cells: record.length, columns: width } : undefined;
    rows.push({ row: rows.length + 1, line, cells, cellCount });
  });
  if (rows.length === 0) throw problem('csv_no_rows');
  return rows;
}
