import { QueryFailedError } from 'typeorm';

/** The SQLSTATE of a statement that failed, or undefined for any other error. */
export const sqlState = (error: unknown): string | undefined =>
  error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;

/** A unique index refused the write: a conflict with another writer, not a fault. */
export const isUniqueViolation = (error: unknown): boolean => sqlState(error) === '23505';

/** A foreign key refused the write: the row it points at was deleted meanwhile. */
export const isForeignKeyViolation = (error: unknown): boolean => sqlState(error) === '23503';
