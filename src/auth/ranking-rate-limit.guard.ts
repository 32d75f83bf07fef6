import { CanActivate, ExecutionContext, Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerStorageService } from '@nestjs/throttler';
import { problem } from '../common/problems';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuthenticatedRequest, EXPENSIVE_ROUTE } from '../common/auth.decorators';

const MINUTE_MS = 60_000;

/**
 * Rankings per user or key per minute, on routes marked @Expensive(): each writes a ranking row
 * and up to 50 audit rows, so one runaway client must not fill the tables. A sliding minute in
 * `@nestjs/throttler`'s in-memory storage, per process. Runs after ApiKeyGuard (registered after it).
 */
@Injectable()
export class RankingRateLimit implements CanActivate, OnApplicationShutdown {
  private readonly store = new ThrottlerStorageService();

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const limit = this.config.rateLimits.rankingsPerMinute;
    if (limit === 0 || !this.reflector.getAllAndOverride<boolean>(EXPENSIVE_ROUTE, [context.getHandler(), context.getClass()])) return true;
    const { principal } = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const who = principal.userId ? `user:${principal.userId}` : principal.keyId ? `key:${principal.keyId}` : 'admin-key';
    const record = await this.store.increment(`rankings:${who}`, MINUTE_MS, limit, 0, 'rankings');
    if (record.isBlocked) {
      const wait = Math.max(1, record.timeToBlockExpire);
      throw problem('rate_limited', { seconds: wait }).retryAfter(wait);
    }
    return true;
  }

  onApplicationShutdown(): void {
    this.store.onApplicationShutdown();
  }
}
