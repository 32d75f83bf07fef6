import { Module } from '@nestjs/common';
import { CandidateGateModule } from '../candidates/candidate-gate';
import { CompetenceMappingsController } from './competence-mappings.controller';
import { CompetenceMappingsService } from './competence-mappings.service';
import { CompetenceProfiler } from './competence-profiler';

@Module({
  imports: [CandidateGateModule],
  controllers: [CompetenceMappingsController],
  providers: [CompetenceProfiler, CompetenceMappingsService],
  exports: [CompetenceProfiler],
})
export class CompetenceModule {}
