/** Whether the organisation `idSql` points at opens its mentor pool to all, in one statement with the caller's query. */
export const OPEN_POOL_SQL = (idSql: string): string => `EXISTS (SELECT 1 FROM organisations po WHERE po.id = ${idSql} AND po.open_pool)`;
