import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuthModule } from '../auth/auth.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { HurtigsporModule } from '../hurtigspor/hurtigspor.module';
import { MentorsModule } from '../mentors/mentors.module';
import { OpeningsModule } from '../openings/openings.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [AuthModule, AccountsModule, OrganisationsModule, CandidatesModule, MentorsModule, OpeningsModule, HurtigsporModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
