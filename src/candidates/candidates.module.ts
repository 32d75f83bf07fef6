import { Module } from '@nestjs/common';
import { CompetenceModule } from '../competence/competence.module';
import { EmbeddingSources } from '../embeddings/embedding-sources';
import { OrganisationsModule } from '../organisations/organisations.module';
import { CandidateGateModule } from './candidate-gate';
import { CandidatesRepository } from './candidates.repository';
import { CandidatesController } from './candidates.controller';
import { CandidatesService } from './candidates.service';

@Module({
  imports: [CompetenceModule, OrganisationsModule, CandidateGateModule],
  controllers: [CandidatesController],
  providers: [CandidatesService],
  exports: [CandidatesService, CandidateGateModule],
})
export class CandidatesModule {
  // In the constructor, so the source is there before any init hook or start-up step can embed.
  constructor(sources: EmbeddingSources, candidates: CandidatesRepository) {
    sources.register('candidate', (ids) => candidates.findByIds(ids));
  }
}
