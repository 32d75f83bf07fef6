import { QueryFailedError } from 'typeorm';

/** The SQLSTATE of a statement that failed, or undefined for any other error. */
export const sqlState = (error: unknown): string | undefined =>
  error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;

/** A unique index refused the write: a conflict with another writer, not a fault. */
export const isUniqueViolation = (error: unknown): boolean => sqlState(error) === '23505';

/** A foreign key refused the write: the row it points at was deleted meanwhile. */
export const isForeignKeyViolation = (error: unknown): boolean => sqlState(error) === '23503';

/** Socket errors of a connection that could not be made or was lost. */
const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** Seconds a client should wait before sending a request again while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** SQLSTATE classes 08 (connection exception) and 57P0x (the server shuts down or starts up). */
const UNAVAILABLE_STATE = /^(08...|57P0[1-4])$/;
const LOST_CONNECTION =
  /Connection terminated|Connection ended unexpectedly|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)/i;

/**
 * The database cannot be reached (down, restarting, or the connection dropped): not the
 * client's fault, and not a bug either; the client may send the request again later.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  const cause = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  if (typeof cause !== 'object' || cause === null) return false;
  const { code, message } = cause as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (CONNECTION_ERRNOS.has(code) || UNAVAILABLE_STATE.test(code))) return true;
  // node-postgres reports a dropped connection without a code.
  return typeof message === 'string' && LOST_CONNECTION.test(message);
}
