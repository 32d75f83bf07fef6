/** An API key's label as a scalar, inside another folder's statement (which integration recorded a consent). */
export const API_KEY_LABEL_SQL = (idSql: string): string => `(SELECT k.label FROM api_keys k WHERE k.id = ${idSql})`;
