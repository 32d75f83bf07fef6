import { Module } from '@nestjs/common';
import { CompetenceModule } from '../competence/competence.module';
import { CandidatesController } from './candidates.controller';
import { CandidatesRepository } from './candidates.repository';
import { CandidatesService } from './candidates.service';

@Module({
  imports: [CompetenceModule],
  controllers: [CandidatesController],
  providers: [CandidatesRepository, CandidatesService],
  exports: [CandidatesRepository, CandidatesService],
})
export class CandidatesModule {}
