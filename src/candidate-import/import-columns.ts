import type { IncomingMessage } from 'node:http';

/** The route, and the limits of one import: 10,000 realistic rows are 2–3 MB. */
export const IMPORT_PATH = '/api/v1/candidates/import';
export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** Only the import route parses text/csv bodies, so no other route accepts 10 MB of text. */
export function isCsvImportRequest(req: IncomingMessage): boolean {
  const path = (req.url ?? '').split('?')[0].replace(/\/+$/, '');
  return path === IMPORT_PATH && isCsvMediaType(req.headers['content-type']);
}

export const isCsvMediaType = (contentType: string | undefined): boolean => /^\s*text\/csv\s*(;|$)/i.test(contentType ?? '');

/** Cells that hold a list separate its items with this. */
export const LIST_SEPARATOR = '|';

export const REQUIRED_COLUMNS = [
  'externalRef',
  'fullName',
  'municipalityCode',
  'norwegianLevel',
  'occupationCode',
  'skills',
  'interests',
  'consentMatching',
  'consentShareWithEmployers',
] as const;

export const OPTIONAL_COLUMNS = [
  'birthYear',
  'gender',
  'countryOfOrigin',
  'experienceYears',
  'desiredOccupations',
  'languages',
  'maxTravelKm',
  'goals',
  'skillEvidence',
] as const;

export type ImportColumn = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
export const IMPORT_COLUMNS: readonly ImportColumn[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

/** What each column holds: the table in docs/import.md and the OpenAPI description say the same. */
export const COLUMN_DESCRIPTIONS: Record<ImportColumn, string> = {
  externalRef: 'Your own reference for the candidate (1–100 characters), unique per organisation: a row whose reference you imported before updates that candidate',
  fullName: 'Full name (required)',
  municipalityCode: 'Kommunenummer where the candidate lives, 4 digits, 2024 numbering (required)',
  norwegianLevel: 'Norwegian level on the CEFR scale, A1–C2, or empty',
  occupationCode: 'STYRK-08 code of the occupation the candidate has worked in, or empty; becomes an experience entry with its title',
  skills: 'Skills, separated by |',
  interests: 'Interests and hobbies, separated by |',
  consentMatching: 'true or false: the candidate agrees to be matched (required)',
  consentShareWithEmployers: 'true or false: the candidate agrees to be shown, anonymised, to employers (required)',
  birthYear: 'Year of birth',
  gender: 'female, male or other',
  countryOfOrigin: 'ISO 3166-1 alpha-2 code, e.g. SY',
  experienceYears: 'Years of experience in occupationCode (default 0; needs occupationCode)',
  desiredOccupations: 'STYRK-08 codes the candidate aims for, separated by |',
  languages: 'Other languages as code:level separated by |, e.g. ar:native|en:B2 (ISO 639-1 code; A1–C2 or native)',
  maxTravelKm: 'How far the candidate can travel, in km',
  goals: 'The candidate’s goals, free text',
  skillEvidence: 'How the skills are known: self_reported, mapped (default), verified or certified',
};
