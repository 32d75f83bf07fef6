import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { clearSessionCookie, CSRF_HEADER, readCookie, SESSION_COOKIE } from '../accounts/session-cookie';
import type { SessionRequest } from '../accounts/sessions.repository';
import { SessionsService } from '../accounts/sessions.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { problem } from '../common/problems';
import { hashApiKey, sameSecret } from './api-key-hash';
import { ApiKeysRepository } from './api-keys.repository';
import { AuthenticatedRequest, routeAccess } from '../common/auth.decorators';
import { FailedAuthLimiter } from './failed-auth-limiter';
import type { Principal } from '../common/principal';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route needs a caller unless marked @Public(): an API key (`Authorization: Bearer`), or a
 * user's session cookie, whose writes must carry the session's `X-CSRF-Token`. None or unknown →
 * 401, a cookie write without the token → 403, wrong role → 403. A key wins when both are sent.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysRepository,
    private readonly limiter: FailedAuthLimiter,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = routeAccess(this.reflector, context.getHandler(), context.getClass());
    if (access.public) return true;

    const request = context.switchToHttp().getRequest<SessionRequest>();
    const principal = request.headers.authorization !== undefined || readCookie(request, SESSION_COOKIE) === undefined
      ? await this.authenticateKey(request)
      : await this.authenticateSession(request, context.switchToHttp().getResponse<Response>());
    request.principal = principal;

    if (!access.roles.includes(principal.role)) {
      throw problem('role_not_allowed', { allowed: access.roles, role: principal.role });
    }
    return true;
  }

  private async authenticateKey(request: AuthenticatedRequest): Promise<Principal> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match) throw problem('api_key_missing');
    const key = match[1];
    // Guessing is limited per address and per key prefix: the check comes before the key is.
    const attempt = { address: request.ip ?? request.socket.remoteAddress ?? 'unknown', keyPrefix: key.slice(0, 12) };
    this.limiter.assertNotBlocked(attempt);
    if (this.config.adminApiKey && sameSecret(key, this.config.adminApiKey)) {
      return { keyId: null, userId: null, role: 'admin', organisationId: null };
    }
    const stored = await this.keys.findActiveByHash(hashApiKey(key));
    if (!stored) throw (await this.limiter.failed(attempt)) ?? problem('api_key_unknown');
    return { keyId: stored.id, userId: null, role: stored.role, organisationId: stored.organisationId };
  }

  private async authenticateSession(request: SessionRequest, response: Response): Promise<Principal> {
    const session = await this.sessions.resolve(readCookie(request, SESSION_COOKIE)!);
    if (!session) {
      clearSessionCookie(response, this.sessions.cookieSettings.secure);
      throw problem('session_expired');
    }
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken)) throw problem('csrf_token_invalid');
    }
    request.session = session;
    return { keyId: null, userId: session.userId, role: session.role, organisationId: session.organisationId };
  }
}
