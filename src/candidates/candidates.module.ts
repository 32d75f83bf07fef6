import { Module } from '@nestjs/common';
import { CompetenceModule } from '../competence/competence.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { CandidateGateModule } from './candidate-gate';
import { CandidatesController } from './candidates.controller';
import { CandidatesService } from './candidates.service';

@Module({
  imports: [CompetenceModule, OrganisationsModule, CandidateGateModule],
  controllers: [CandidatesController],
  providers: [CandidatesService],
  exports: [CandidatesService, CandidateGateModule],
})
export class CandidatesModule {}
