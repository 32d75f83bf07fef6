import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorageService } from '@nestjs/throttler';
import { problem, Problem } from '../common/problems';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** Who failed: the client's address, and the key's prefix (so one key is not guessed from many addresses). */
export interface AuthAttempt {
  address: string;
  keyPrefix?: string;
}

/**
 * Counts failed authentications per address and per key prefix in `@nestjs/throttler`'s in-memory
 * storage (per process). Past the limit every attempt from there is a 429 until the window ends,
 * also with a right key: an answer that still told right from wrong would let the guessing go on.
 */
@Injectable()
export class FailedAuthLimiter implements OnApplicationShutdown {
  private readonly store = new ThrottlerStorageService();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Throws 429 if the address or the key prefix is blocked now. */
  assertNotBlocked(attempt: AuthAttempt): void {
    const now = Date.now();
    for (const key of this.keys(attempt)) {
      const record = this.store.storage.get(key.name);
      if (record?.isBlocked && record.blockExpiresAt > now) throw this.blocked((record.blockExpiresAt - now) / 1000);
    }
  }

  /** Records a failure; the one that crosses a limit is already answered with 429. */
  async failed(attempt: AuthAttempt): Promise<Problem | null> {
    const { authWindowMs } = this.config.rateLimits;
    let wait = 0;
    for (const key of this.keys(attempt)) {
      const record = await this.store.increment(key.name, authWindowMs, key.limit, authWindowMs, 'auth');
      if (record.isBlocked) wait = Math.max(wait, record.timeToBlockExpire);
    }
    return wait > 0 ? this.blocked(wait) : null;
  }

  onApplicationShutdown(): void {
    this.store.onApplicationShutdown();
  }

  private keys(attempt: AuthAttempt): { name: string; limit: number }[] {
    const { authFailuresPerAddress, authFailuresPerKeyPrefix } = this.config.rateLimits;
    const keys: { name: string; limit: number }[] = [];
    if (authFailuresPerAddress > 0) keys.push({ name: `address:${attempt.address}`, limit: authFailuresPerAddress });
    if (authFailuresPerKeyPrefix > 0 && attempt.keyPrefix) keys.push({ name: `key:${attempt.keyPrefix}`, limit: authFailuresPerKeyPrefix });
    return keys;
  }

  private blocked(seconds: number): Problem {
    const wait = Math.max(1, Math.ceil(seconds));
    return problem('auth_failures_blocked', { seconds: wait }).retryAfter(wait);
  }
}
