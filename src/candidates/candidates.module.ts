import { Module } from '@nestjs/common';
import { CompetenceModule } from '../competence/competence.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { CandidateGateModule } from './candidate-gate';
import { CandidatesController } from './candidates.controller';
import { CandidatesRepository } from './candidates.repository';
import { CandidatesService } from './candidates.service';

@Module({
  imports: [CompetenceModule, OrganisationsModule, CandidateGateModule],
  controllers: [CandidatesController],
  providers: [CandidatesRepository, CandidatesService],
  exports: [CandidatesRepository, CandidatesService, CandidateGateModule],
})
export class CandidatesModule {}
