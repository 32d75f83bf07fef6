import { Module } from '@nestjs/common';
import { CandidateGateModule } from '../candidates/candidate-gate';
import { CompetenceMappingsController } from './competence-mappings.controller';
import { CompetenceMappingsRepository } from './competence-mappings.repository';
import { CompetenceMappingsService } from './competence-mappings.service';
import { CompetenceProfiler } from './competence-profiler';
import { TitleReadings } from './title-readings';

@Module({
  imports: [CandidateGateModule],
  controllers: [CompetenceMappingsController],
  providers: [CompetenceMappingsRepository, CompetenceProfiler, CompetenceMappingsService, TitleReadings],
  exports: [CompetenceProfiler, TitleReadings],
})
export class CompetenceModule {}
