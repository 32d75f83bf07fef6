/** An ILIKE pattern that matches `q` literally anywhere in a text. */
export const containsPattern = (q: string): string => `%${q.replace(/[\\%_]/g, (ch) => '\\' + ch)}%`;
