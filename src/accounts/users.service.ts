import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ORGANISATION_KINDS_FOR_ROLE, Principal, Role } from '../common/principal';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Page, toPage } from '../common/dto/pagination.dto';
import { RESOURCES } from '../common/error-catalogue';
import { isUniqueViolation } from '../common/database-errors';
import { fieldError, invalid, Problem, problem } from '../common/problems';
import { MailService } from '../mail/mail.service';
import type { Organisation } from '../organisations/entities/organisation.entity';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { INVITE_VALID_HOURS, inviteMail, RESET_VALID_MINUTES, resetMail } from './account-mail';
import { SetPasswordDto } from './dto/auth.dto';
import { CreateUserDto, UpdateUserDto, UserQueryDto, UserView } from './dto/user.dto';
import type { User } from './entities/user.entity';
import { hashPassword, passwordErrors } from './passwords';
import { hashToken, newToken } from './sessions.service';
import { LinkPurpose, SessionsRepository } from './sessions.repository';
import { UsersRepository } from './users.repository';

/** Users as admins manage them, and the links that let people set a password. */
@Injectable()
export class UsersService {
  private readonly logger = new Logger('Users');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /** Creates an invited user and e-mails the link to set a password (valid 72 hours). */
  async create(actor: Principal, dto: CreateUserDto): Promise<UserView> {
    const organisation = await this.checkOrganisation(dto.role, dto.organisationId ?? null);
    const email = dto.email.trim().toLowerCase();
    if (await this.users.findByEmail(email)) throw problem('email_taken');
    const token = newToken();
    let user: User;
    try {
      user = await this.dataSource.transaction(async (manager) => {
        const row = await this.users.insert(manager, { email, name: dto.name.trim(), role: dto.role, organisationId: organisation?.id ?? null, status: 'invited' });
        await this.sessions.insertLink(manager, row.id, 'invite', hashToken(token), INVITE_VALID_HOURS * 60);
        await this.audit.record(manager, actor, { action: 'user.create', resourceType: 'user', resourceId: row.id, details: { role: row.role, organisationId: row.organisationId } });
        return row;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw problem('email_taken');
      throw error;
    }
    try {
      await this.mail.send(inviteMail(user.email, user.name, organisation?.name ?? null, this.passwordLink(token)));
    } catch (error) {
      // The user exists; the admin can send the invite again (POST /api/v1/users/:id/invite).
      this.logger.error(`Invite mail not sent: ${error instanceof Error ? error.message : String(error)}`);
    }
    return UserView.of(user, organisation);
  }

  /** A new invite link (the earlier ones stop working), for an invited user whose mail was lost or expired. */
  async reinvite(actor: Principal, id: string): Promise<UserView> {
    const user = await this.users.findById(id);
    if (!user) throw Problem.notFound('user', id);
    if (user.status !== 'invited') throw problem('user_not_invited', { status: user.status });
    const token = newToken();
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.expireLinksOf(manager, id);
      await this.sessions.insertLink(manager, id, 'invite', hashToken(token), INVITE_VALID_HOURS * 60);
      await this.audit.record(manager, actor, { action: 'user.invite', resourceType: 'user', resourceId: id });
    });
    const organisation = user.organisationId ? await this.organisations.findById(user.organisationId) : null;
    await this.mail.send(inviteMail(user.email, user.name, organisation?.name ?? null, this.passwordLink(token)));
    return UserView.of(user, organisation);
  }

  async list(query: UserQueryDto): Promise<Page<UserView>> {
    const result = await this.users.findPage(query);
    const organisations = await this.organisations.findByIds(result.items.flatMap((u) => (u.organisationId ? [u.organisationId] : [])));
    return toPage(result, query, (u) => UserView.of(u, u.organisationId ? organisations.get(u.organisationId) : null));
  }

  async get(id: string): Promise<UserView> {
    const user = await this.users.findById(id);
    if (!user) throw Problem.notFound('user', id);
    return this.view(user);
  }

  /** Name, role, organisation and status; disabling ends the user's sessions in the same transaction. */
  async update(actor: Principal, id: string, dto: UpdateUserDto): Promise<UserView> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const user = await this.users.lock(manager, id);
      if (!user) throw Problem.notFound('user', id);
      const role = dto.role ?? user.role;
      // Becoming admin drops the organisation; any other change keeps it unless a new one is given.
      const organisationId = dto.organisationId !== undefined ? dto.organisationId : role === 'admin' ? null : user.organisationId;
      if (actor.userId === id && (dto.status === 'disabled' || role !== 'admin')) throw problem('own_user_account');
      if (dto.role !== undefined || dto.organisationId !== undefined) await this.checkOrganisation(role, organisationId, manager);
      const patch: Partial<Pick<User, 'name' | 'role' | 'organisationId' | 'status'>> = {};
      if (dto.name !== undefined && dto.name.trim() !== user.name) patch.name = dto.name.trim();
      if (role !== user.role) patch.role = role;
      if (organisationId !== user.organisationId) patch.organisationId = organisationId;
      // An invited user turned on again stays invited: only setting a password activates.
      const status = dto.status === 'active' && user.status === 'disabled' && !(await this.users.hasPassword(manager, id)) ? 'invited' : dto.status;
      if (status !== undefined && status !== user.status) patch.status = status;
      if (Object.keys(patch).length === 0) return user;
      await this.users.update(manager, id, patch);
      const sessionsEnded = patch.status === 'disabled' ? await this.sessions.endSessionsOf(manager, id) : 0;
      await this.audit.record(manager, actor, { action: 'user.update', resourceType: 'user', resourceId: id, details: { fields: Object.keys(patch), ...patch, name: undefined, sessionsEnded } });
      return (await this.users.findById(id, manager))!;
    });
    return this.view(updated);
  }

  /**
   * Sets the password of an invite or reset link (single use): an invited user becomes active, the
   * user's other links stop working and their sessions end. Does not log in: the console sends
   * the person to the login page, where the new password is used for the first time.
   */
  async setPassword(dto: SetPasswordDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const link = await this.sessions.useLink(manager, hashToken(dto.token));
      const user = link && (await this.users.lock(manager, link.userId));
      if (!link || !user || user.status === 'disabled') throw problem('account_link_invalid');
      const errors = passwordErrors('password', dto.password, user.email);
      // The link is spent only when the password is taken: a refused one may be tried again.
      if (errors.length > 0) throw invalid(errors);
      await this.users.setPassword(manager, user.id, await hashPassword(dto.password));
      await this.sessions.expireLinksOf(manager, user.id);
      const sessionsEnded = await this.sessions.endSessionsOf(manager, user.id);
      await this.audit.record(manager, { keyId: null, userId: user.id, role: user.role, organisationId: user.organisationId }, {
        action: link.purpose === 'invite' ? 'user.password_set' : 'user.password_reset',
        resourceType: 'user',
        resourceId: user.id,
        details: { sessionsEnded },
      });
    });
  }

  /** E-mails a reset link (single use, 1 hour) to an invited or active user; nothing for any other address. The caller answers 202 either way. */
  async requestReset(email: string): Promise<void> {
    const user = await this.users.findByEmail(email.trim().toLowerCase());
    if (!user || user.status === 'disabled') return;
    const token = await this.issueLink(user, 'reset', RESET_VALID_MINUTES);
    // Not awaited: an SMTP round trip would make a known address answer slower than an unknown one.
    this.mail.send(resetMail(user.email, user.name, this.passwordLink(token))).catch((error: unknown) => {
      this.logger.error(`Reset mail not sent: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  /** An active user with this password, made or brought back so (the demo users on every start, test users). */
  async ensureActiveUser(actor: Principal, user: { email: string; name: string; role: Role; organisationId: string | null }, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    const existing = await this.users.findByEmail(user.email);
    await this.dataSource.transaction(async (manager) => {
      if (existing) {
        await this.users.update(manager, existing.id, { role: user.role, organisationId: user.organisationId, status: 'active' });
        await this.users.setPassword(manager, existing.id, passwordHash);
        return;
      }
      const row = await this.users.insert(manager, { ...user, status: 'active', passwordHash });
      await this.audit.record(manager, actor, { action: 'user.create', resourceType: 'user', resourceId: row.id, details: { role: row.role, organisationId: row.organisationId, demo: true } });
    });
  }

  private async issueLink(user: User, purpose: LinkPurpose, validMinutes: number): Promise<string> {
    const token = newToken();
    await this.dataSource.transaction((manager) => this.sessions.insertLink(manager, user.id, purpose, hashToken(token), validMinutes));
    return token;
  }

  /** `${PUBLIC_URL}/passord?token=…`: the console's page that reads the token and posts it. */
  private passwordLink(token: string): string {
    const base = this.config.publicUrl?.href ?? `http://localhost:${this.config.port}/`;
    const url = new URL('passord', base.endsWith('/') ? base : `${base}/`);
    url.searchParams.set('token', token);
    return url.href;
  }

  private async view(user: User): Promise<UserView> {
    return UserView.of(user, user.organisationId ? await this.organisations.findById(user.organisationId) : null);
  }

  /** Admins belong to no organisation; everyone else to one of the kind their role works for. */
  /** `manager` inside a transaction: the embedded database has one connection, so nothing in it may ask the pool for another. */
  private async checkOrganisation(role: Role, organisationId: string | null, manager?: EntityManager): Promise<Organisation | null> {
    if (role === 'admin') {
      if (organisationId) throw invalid([fieldError('organisationId', 'admin_user_no_organisation')]);
      return null;
    }
    if (!organisationId) throw invalid([fieldError('organisationId', 'user_needs_organisation', { role })]);
    const organisation = await this.organisations.findById(organisationId, manager);
    if (!organisation) throw invalid([fieldError('organisationId', 'unknown_record', { resource: RESOURCES.organisation, value: organisationId })]);
    const expected: readonly string[] = ORGANISATION_KINDS_FOR_ROLE[role];
    if (!expected.includes(organisation.kind)) {
      throw invalid([fieldError('organisationId', 'user_organisation_wrong_kind', { role, expected, actual: organisation.kind })]);
    }
    return organisation;
  }
}
