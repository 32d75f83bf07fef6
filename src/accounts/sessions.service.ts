import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, SYSTEM_ACTOR } from '../audit/audit.service';
import type { Principal } from '../common/principal';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { problem } from '../common/problems';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { SessionView } from './dto/auth.dto';
import { UserView } from './dto/user.dto';
import type { User } from './entities/user.entity';
import { checkPassword } from './passwords';
import { LiveSession, SessionsRepository } from './sessions.repository';
import { UsersRepository } from './users.repository';

/** After this many failed logins within the window: 429 for the account, and for the address. */
export const LOCKOUT = { account: 5, address: 20, windowMinutes: 15 } as const;

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
export const newToken = (): string => randomBytes(32).toString('base64url');

export const principalOf = (user: Pick<User, 'id' | 'role' | 'organisationId'>): Principal => ({
  keyId: null,
  userId: user.id,
  role: user.role,
  organisationId: user.organisationId,
});

export interface StartedSession {
  token: string;
  view: SessionView;
}

/** Logging in and out, the lockout, and finding the session of a cookie. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsRepository,
    private readonly users: UsersRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly audit: AuditService,
  ) {}

  get cookieSettings() {
    return { secure: this.config.publicUrl?.protocol === 'https:', maxAgeMs: this.config.accounts.sessionMaxHours * 3_600_000 };
  }

  /**
   * E-mail and password. Unknown addresses, wrong passwords and users who are invited or disabled
   * get the same 401 after the same argon2 work; a locked account or address gets 429 before any
   * password is checked.
   */
  async login(email: string, password: string, address: string): Promise<StartedSession> {
    const normalised = email.trim().toLowerCase();
    await this.refuseWhenLocked(normalised, address);
    const user = await this.users.findForLogin(normalised);
    const usable = user?.status === 'active' ? user.passwordHash : null;
    const ok = await checkPassword(usable, password);
    await this.sessions.recordAttempt(normalised, address, ok);
    if (!ok || !user) throw problem('login_failed');
    return this.start(user, 'password');
  }

  /** A session for a user who has proven who they are (password or single sign-on). */
  async start(user: User, method: 'password' | 'oidc'): Promise<StartedSession> {
    const token = newToken();
    const csrfToken = newToken();
    await this.dataSource.transaction(async (manager) => {
      const sessionId = await this.sessions.insertSession(manager, user.id, hashToken(token), csrfToken);
      await this.users.recordLogin(manager, user.id);
      await this.audit.record(manager, principalOf(user), { action: 'auth.login', resourceType: 'user', resourceId: user.id, details: { method, sessionId } });
    });
    const fresh = (await this.users.findById(user.id))!;
    return { token, view: { user: await this.view(fresh), csrfToken } };
  }

  /** The live session of a cookie's token, renewed; null when there is none. */
  resolve(token: string): Promise<LiveSession | null> {
    return this.sessions.touchLive(hashToken(token), this.config.accounts.sessionIdleMinutes, this.config.accounts.sessionMaxHours);
  }

  async me(session: LiveSession): Promise<SessionView> {
    const user = await this.users.findById(session.userId);
    if (!user) throw problem('session_expired');
    return { user: await this.view(user), csrfToken: session.csrfToken };
  }

  async logout(session: LiveSession, actor: Principal): Promise<void> {
    await this.sessions.endSession(session.sessionId);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, actor, { action: 'auth.logout', resourceType: 'user', resourceId: session.userId, details: { sessionId: session.sessionId } }),
    );
  }

  async view(user: User): Promise<UserView> {
    const organisation = user.organisationId ? await this.organisations.findById(user.organisationId) : null;
    return UserView.of(user, organisation);
  }

  private async refuseWhenLocked(email: string, address: string): Promise<void> {
    const account = await this.sessions.accountLockSeconds(email, LOCKOUT.account, LOCKOUT.windowMinutes);
    const byAddress = await this.sessions.addressLockSeconds(address, LOCKOUT.address, LOCKOUT.windowMinutes);
    if (account === null && byAddress === null) return;
    const seconds = Math.max(account ?? 0, byAddress ?? 0);
    const user = await this.users.findByEmail(email);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, SYSTEM_ACTOR, {
        action: 'auth.login_locked',
        resourceType: 'user',
        resourceId: user?.id ?? null,
        // Which limit; neither the e-mail nor the address, which are personal data.
        details: { account: account !== null, address: byAddress !== null, retryAfterSeconds: seconds },
      }),
    );
    throw problem('login_locked', { minutes: Math.ceil(seconds / 60) }).retryAfter(seconds);
  }
}
