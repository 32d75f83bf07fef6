/** `q` with LIKE's wildcards and escape character escaped, so it matches as typed. */
const literal = (q: string): string => q.replace(/[\\%_]/g, (ch) => '\\' + ch);

/** An ILIKE pattern that matches `q` literally anywhere in a text. */
export const containsPattern = (q: string): string => `%${literal(q)}%`;

/** A LIKE pattern that matches texts that start with `q` literally. */
export const prefixPattern = (q: string): string => `${literal(q)}%`;
