import { Module } from '@nestjs/common';
import { CompetenceMappingsController } from './competence-mappings.controller';
import { CompetenceMappingsService } from './competence-mappings.service';
import { CompetenceProfiler } from './competence-profiler';

@Module({
  controllers: [CompetenceMappingsController],
  providers: [CompetenceProfiler, CompetenceMappingsService],
  exports: [CompetenceProfiler],
})
export class CompetenceModule {}
