import { Injectable } from '@nestjs/common';
import type { AuthenticatedRequest } from '../common/auth.decorators';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Role } from '../common/principal';

/** A live session as the guard reads it: the session and its user's current role and organisation. */
export interface LiveSession {
  sessionId: string;
  csrfToken: string;
  userId: string;
  role: Role;
  organisationId: string | null;
}

/** A request the guard resolved, with the session when the caller came with a session cookie rather than a key. */
export type SessionRequest = AuthenticatedRequest & { session?: LiveSession };

export type LinkPurpose = 'invite' | 'reset';

/**
 * The tables of logging in: `sessions`, `login_attempts`, `account_links` (invite and reset
 * links) and `oidc_logins`. Tokens are stored as SHA-256 hashes only.
 */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertSession(manager: EntityManager, userId: string, tokenHash: string, csrfToken: string): Promise<string> {
    const [row] = await manager.query(`INSERT INTO sessions (token_hash, user_id, csrf_token) VALUES ($1, $2, $3) RETURNING id`, [tokenHash, userId, csrfToken]);
    return row.id;
  }

  /**
   * The session of a token when it is open, used within the idle timeout, younger than the
   * absolute one, and its user is active; marks it used now. One statement, so a session cannot
   * be renewed after it has timed out.
   */
  async touchLive(tokenHash: string, idleMinutes: number, maxHours: number): Promise<LiveSession | null> {
    const [rows] = await this.dataSource.query(
      `UPDATE sessions s SET last_seen_at = now()
       FROM users u
       WHERE s.token_hash = $1 AND u.id = s.user_id AND s.ended_at IS NULL AND u.status = 'active'
         AND s.last_seen_at > now() - $2::int * interval '1 minute'
         AND s.created_at > now() - $3::int * interval '1 hour'
       RETURNING s.id AS session_id, s.csrf_token, u.id AS user_id, u.role, u.organisation_id`,
      [tokenHash, idleMinutes, maxHours],
    );
    const row = (rows as Record<string, string | null>[])[0];
    if (!row) return null;
    return { sessionId: row.session_id!, csrfToken: row.csrf_token!, userId: row.user_id!, role: row.role as Role, organisationId: row.organisation_id };
  }

  async endSession(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE sessions SET ended_at = now() WHERE id = $1 AND ended_at IS NULL`, [sessionId]);
  }

  /** Ends every open session of a user (disabled, password changed); returns how many. */
  async endSessionsOf(manager: EntityManager, userId: string): Promise<number> {
    const [, affected] = await manager.query(`UPDATE sessions SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL`, [userId]);
    return affected as number;
  }

  async recordAttempt(email: string, address: string, succeeded: boolean): Promise<void> {
    await this.dataSource.query(`INSERT INTO login_attempts (email, address, succeeded) VALUES ($1, $2, $3)`, [email.toLowerCase(), address, succeeded]);
  }

  /**
   * Seconds until fewer than `limit` failures of the account lie within the window, or null when
   * there are fewer already. A successful login of the account closes its earlier failures.
   */
  async accountLockSeconds(email: string, limit: number, windowMinutes: number): Promise<number | null> {
    const rows: { wait: number }[] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM at + $3::int * interval '1 minute' - clock_timestamp()))::int AS wait
       FROM login_attempts
       WHERE email = $1 AND NOT succeeded AND at > clock_timestamp() - $3::int * interval '1 minute'
         AND at > coalesce((SELECT max(at) FROM login_attempts WHERE email = $1 AND succeeded), '-infinity')
       ORDER BY at DESC OFFSET $2::int - 1 LIMIT 1`,
      [email.toLowerCase(), limit, windowMinutes],
    );
    return rows[0] ? Math.max(1, rows[0].wait) : null;
  }

  /** The same for an address; its successes do not close its failures. */
  async addressLockSeconds(address: string, limit: number, windowMinutes: number): Promise<number | null> {
    const rows: { wait: number }[] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM at + $3::int * interval '1 minute' - clock_timestamp()))::int AS wait
       FROM login_attempts
       WHERE address = $1 AND NOT succeeded AND at > clock_timestamp() - $3::int * interval '1 minute'
       ORDER BY at DESC OFFSET $2::int - 1 LIMIT 1`,
      [address, limit, windowMinutes],
    );
    return rows[0] ? Math.max(1, rows[0].wait) : null;
  }

  async insertLink(manager: EntityManager, userId: string, purpose: LinkPurpose, tokenHash: string, validMinutes: number): Promise<void> {
    await manager.query(
      `INSERT INTO account_links (token_hash, user_id, purpose, expires_at) VALUES ($1, $2, $3, now() + $4::int * interval '1 minute')`,
      [tokenHash, userId, purpose, validMinutes],
    );
  }

  /** Uses a link once: the user it is for, or null when it is unknown, used or expired. */
  async useLink(manager: EntityManager, tokenHash: string): Promise<{ userId: string; purpose: LinkPurpose } | null> {
    const [rows] = await manager.query(
      `UPDATE account_links SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id, purpose`,
      [tokenHash],
    );
    const row = (rows as { user_id: string; purpose: LinkPurpose }[])[0];
    return row ? { userId: row.user_id, purpose: row.purpose } : null;
  }

  /** A new password makes the user's other open links worthless. */
  async expireLinksOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE account_links SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }

  async insertOidcLogin(stateHash: string, nonce: string, codeVerifier: string): Promise<void> {
    // Logins abandoned over an hour ago are of no use to anyone.
    await this.dataSource.query(`DELETE FROM oidc_logins WHERE created_at < now() - interval '1 hour'`);
    await this.dataSource.query(`INSERT INTO oidc_logins (state_hash, nonce, code_verifier) VALUES ($1, $2, $3)`, [stateHash, nonce, codeVerifier]);
  }

  /** Takes a login in flight once (10 minutes to come back from the provider). */
  async takeOidcLogin(stateHash: string): Promise<{ nonce: string; codeVerifier: string } | null> {
    const [rows] = await this.dataSource.query(
      `DELETE FROM oidc_logins WHERE state_hash = $1 AND created_at > now() - interval '10 minutes' RETURNING nonce, code_verifier`,
      [stateHash],
    );
    const row = (rows as { nonce: string; code_verifier: string }[])[0];
    return row ? { nonce: row.nonce, codeVerifier: row.code_verifier } : null;
  }
}
