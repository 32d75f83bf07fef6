import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { CandidateImportController } from './candidate-import.controller';
import { CandidateImportRepository } from './candidate-import.repository';
import { CandidateImportService } from './candidate-import.service';

@Module({
  imports: [CandidatesModule],
  controllers: [CandidateImportController],
  providers: [CandidateImportRepository, CandidateImportService],
})
export class CandidateImportModule {}
