import { OpeningsModule } from '../openings/openings.module';
import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { CandidateGateModule } from '../candidates/candidate-gate';
import { MatchingModule } from '../matching/matching.module';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { HurtigsporCasesService } from './hurtigspor-cases.service';
import { HurtigsporController } from './hurtigspor.controller';
import { HurtigsporMetricsService } from './hurtigspor-metrics.service';
import { HurtigsporNeedsService } from './hurtigspor-needs.service';
import { HurtigsporRepository } from './hurtigspor.repository';

@Module({
  imports: [CandidateGateModule, MatchingModule, OutcomesModule, OpeningsModule, OrganisationsModule],
  controllers: [HurtigsporController],
  providers: [HurtigsporRepository, HurtigsporNeedsService, HurtigsporCasesService, HurtigsporMetricsService],
  exports: [HurtigsporNeedsService],
})
export class HurtigsporModule {}
