import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountsModule } from '../accounts/accounts.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ApiKeyGuard } from './api-key.guard';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeysService } from './api-keys.service';
import { FailedAuthLimiter } from './failed-auth-limiter';
import { RankingRateLimit } from './ranking-rate-limit.guard';

@Module({
  imports: [OrganisationsModule, AccountsModule],
  controllers: [ApiKeysController],
  providers: [
    ApiKeysRepository,
    ApiKeysService,
    FailedAuthLimiter,
    // In this order: the rate limit counts the principal the key guard found.
    { provide: APP_GUARD, useClass: ApiKeyGuard },
    { provide: APP_GUARD, useClass: RankingRateLimit },
  ],
  exports: [ApiKeysService, ApiKeysRepository, FailedAuthLimiter],
})
export class AuthModule {}
