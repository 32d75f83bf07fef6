/** A user's name and e-mail as one row, for other folders that show whom to contact (the mentor's answer page). */
export const USER_CONTACT_SQL = (idSql: string): string => `SELECT u.name, u.email FROM users u WHERE u.id = ${idSql}`;

/** A user's name as a scalar, inside another folder's statement (who recorded a consent). */
export const USER_NAME_SQL = (idSql: string): string => `(SELECT u.name FROM users u WHERE u.id = ${idSql})`;
