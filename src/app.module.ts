import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CandidateImportModule } from './candidate-import/candidate-import.module';
import { CandidatesModule } from './candidates/candidates.module';
import { ChangeFeedModule } from './database/change-feed';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { entities } from './entities';
import { DemoModule } from './demo/demo.module';
import { EmbeddingsModule } from './embeddings/embeddings.module';
import { HealthModule } from './health/health.module';
import { HurtigsporModule } from './hurtigspor/hurtigspor.module';
import { MatchingModule } from './matching/matching.module';
import { MentorAssignmentsModule } from './mentor-assignments/mentor-assignments.module';
import { MentorsModule } from './mentors/mentors.module';
import { MentorshipsModule } from './mentorships/mentorships.module';
import { OpeningsModule } from './openings/openings.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { OutboxModule } from './outbox/outbox.module';
import { OutcomesModule } from './outcomes/outcomes.module';
import { ReferenceDataModule } from './reference-data/reference-data.module';
import { SecretsModule } from './secrets/secrets.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { WeightTuningModule } from './weight-tuning/weight-tuning.module';

@Global()
@Module({})
class ConfigModule {
  static of(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

@Module({})
export class AppModule {
  /** `databaseUrl` is resolved by then: a real server, or the embedded one started before Nest. */
  static forRoot(config: AppConfig & { databaseUrl: string }): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.of(config),
        TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl, config.databasePoolSize, entities)),
        ChangeFeedModule,
        AuditModule,
        OutboxModule,
        SecretsModule,
        ReferenceDataModule,
        TaxonomyModule,
        EmbeddingsModule,
        AuthModule,
        AccountsModule,
        OrganisationsModule,
        // Before CandidatesModule, so /candidates/import is never taken for a candidate id.
        CandidateImportModule,
        CandidatesModule,
        MentorsModule,
        OpeningsModule,
        MatchingModule,
        MentorshipsModule,
        MentorAssignmentsModule,
        OutcomesModule,
        WeightTuningModule,
        WebhooksModule,
        HurtigsporModule,
        HealthModule,
        DemoModule,
      ],
    };
  }
}
