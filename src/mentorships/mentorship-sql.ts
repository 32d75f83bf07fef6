import { OPEN_MENTORSHIP_STATUSES } from './entities/mentorship.entity';

const OPEN = `ms.status IN (${OPEN_MENTORSHIP_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/**
 * Mentorships as other tables' queries ask about them, in one statement with theirs: how many
 * open (proposed or active) mentorships the row `idSql` points at has, as mentor or as candidate.
 */
export const OPEN_MENTORSHIP_COUNT_SQL = (side: 'mentor' | 'candidate', idSql: string): string =>
  `(SELECT count(*) FROM mentorships ms WHERE ms.${side}_id = ${idSql} AND ${OPEN})`;

/** Whether the row `idSql` points at has an open mentorship on `side`. */
export const HAS_OPEN_MENTORSHIP_SQL = (side: 'mentor' | 'candidate', idSql: string): string =>
  `EXISTS (SELECT 1 FROM mentorships ms WHERE ms.${side}_id = ${idSql} AND ${OPEN})`;
