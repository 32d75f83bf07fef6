import { CsvError, parse } from 'csv-parse/sync';
import { FieldError, Problem } from '../common/problems';
import { IMPORT_COLUMNS, ImportColumn, MAX_IMPORT_ROWS, REQUIRED_COLUMNS } from './import-columns';

/** One data row: its cells by column, its 1-based number among the data rows, and the line of the file it starts on. */
export interface CsvRow {
  row: number;
  line: number;
  cells: Partial<Record<ImportColumn, string>>;
  /** Set when the row has another number of cells than the header. */
  cellCountError?: string;
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
    return new Problem('badRequest', `The file is not valid CSV: the quoted field in the row that starts on line ${rowStart()} is never closed.`);
  }
  if (error.code === 'CSV_MAX_RECORD_SIZE') {
    return new Problem(
      'badRequest',
      `The file is not valid CSV: the row that starts on line ${rowStart()} is longer than ${MAX_RECORD_BYTES / 1024} KB (an unclosed quote, or not a CSV file).`,
    );
  }
  // csv-parse counts a CRLF as two lines; the byte offset of the error does not lie.
  const bytes = (error as CsvError & { bytes?: number }).bytes;
  const line = typeof bytes === 'number' ? lines.lineAt(bytes) : error.lines;
  const reason =
    error.code === 'INVALID_OPENING_QUOTE'
      ? 'a quote (") inside a field that does not start with one; put the whole field in quotes and double the quotes inside it ("")'
      : error.code === 'CSV_INVALID_CLOSING_QUOTE'
        ? 'a quoted field goes on after its closing quote; double the quotes inside a quoted field ("")'
        : error.message;
  return new Problem('badRequest', `The file is not valid CSV: line ${line}: ${reason}.`);
}

/** The header row: every required column, no unknown or repeated one (names are case-sensitive). */
function checkHeader(header: string[]): void {
  const errors: FieldError[] = [];
  const known = new Set<string>(IMPORT_COLUMNS);
  const unknown = [...new Set(header.filter((h) => !known.has(h)))];
  unknown.slice(0, 20).forEach((h) =>
    errors.push({ field: h.slice(0, 50), message: `${shown(h)} is not a column of the import; the columns are ${IMPORT_COLUMNS.join(', ')}` }),
  );
  const repeated = [...new Set(header.filter((h, i) => known.has(h) && header.indexOf(h) !== i))];
  repeated.forEach((h) => errors.push({ field: h, message: `the column ${h} appears more than once` }));
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  missing.forEach((c) => errors.push({ field: c, message: `the required column ${c} is missing` }));
  if (errors.length === 0) return;
  const parts = [
    unknown.length > 0 && `unknown ${unknown.length === 1 ? 'column' : 'columns'} ${unknown.slice(0, 20).map(shown).join(', ')}${unknown.length > 20 ? ` and ${unknown.length - 20} more` : ''}`,
    repeated.length > 0 && `repeated ${repeated.join(', ')}`,
    missing.length > 0 && `missing ${missing.join(', ')}`,
  ].filter(Boolean);
  throw Problem.validation(errors, `The header line does not fit the import: ${parts.join('; ')}. Column names are case-sensitive.`);
}

/**
 * Reads the CSV text into data rows, or refuses the whole file (400, or 413 for too many rows):
 * empty, not UTF-8 text, broken quoting (naming the line), a header that does not fit, no data rows.
 * Rows whose cells are all empty (what spreadsheets leave at the end) are skipped.
 */
export function readCsvFile(text: string): CsvRow[] {
  if (text.trim().length === 0) {
    throw new Problem('badRequest', 'The file is empty: send a header line with the column names, then one line per candidate.');
  }
  if (text.includes('\u0000')) throw new Problem('badRequest', 'The file holds binary data, not CSV text.');
  if (text.includes('\uFFFD')) {
    throw new Problem('badRequest', 'The file is not UTF-8 text (or holds invalid characters): save it as "CSV UTF-8" and send it again.');
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
    throw new Problem('payloadTooLarge', `An import holds at most ${MAX_IMPORT_ROWS.toLocaleString('en')} rows; split the file.`);
  }
  const rows: CsvRow[] = [];
  records.slice(1).forEach(({ record }, i) => {
    if (record.every((cell) => cell.trim() === '')) return;
    const line = lines.lineAt(lines.recordStart(records[i].info.bytes));
    const cells: CsvRow['cells'] = {};
    header.forEach((column, c) => (cells[column as ImportColumn] = (record[c] ?? '').trim()));
    // Empty cells past the last named column are what a spreadsheet leaves; a value there is misplaced.
    const misplaced = record.slice(width).some((cell) => cell.trim() !== '');
    const cellCountError =
      record.length < width || misplaced ? `the row has ${record.length} cells, the header has ${width} columns` : undefined;
    rows.push({ row: rows.length + 1, line, cells, cellCountError });
  });
  if (rows.length === 0) throw new Problem('badRequest', 'The file has a header line but no data rows.');
  return rows;
}
