import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { problem } from '../common/problems';
import { hashApiKey, sameSecret } from './api-key-hash';
import { ApiKeysRepository } from './api-keys.repository';
import { AuthenticatedRequest, routeAccess } from '../common/auth.decorators';
import { FailedAuthLimiter } from './failed-auth-limiter';
import type { Principal } from '../common/principal';

/** Every route needs a key unless marked @Public(): none or unknown → 401, wrong role → 403. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysRepository,
    private readonly limiter: FailedAuthLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = routeAccess(this.reflector, context.getHandler(), context.getClass());
    if (access.public) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.authenticate(request);
    request.principal = principal;

    if (!access.roles.includes(principal.role)) {
      throw problem('role_not_allowed', { allowed: access.roles, role: principal.role });
    }
    return true;
  }

  private async authenticate(request: AuthenticatedRequest): Promise<Principal> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match) throw problem('api_key_missing');
    const key = match[1];
    // Guessing is limited per address and per key prefix: the check comes before the key is.
    const attempt = { address: request.ip ?? request.socket.remoteAddress ?? 'unknown', keyPrefix: key.slice(0, 12) };
    this.limiter.assertNotBlocked(attempt);
    if (this.config.adminApiKey && sameSecret(key, this.config.adminApiKey)) {
      return { keyId: null, role: 'admin', organisationId: null };
    }
    const stored = await this.keys.findActiveByHash(hashApiKey(key));
    if (!stored) throw (await this.limiter.failed(attempt)) ?? problem('api_key_unknown');
    return { keyId: stored.id, role: stored.role, organisationId: stored.organisationId };
  }
}
