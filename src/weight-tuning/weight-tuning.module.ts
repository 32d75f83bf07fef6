import { CandidateGateModule } from '../candidates/candidate-gate';
import { OpeningsModule } from '../openings/openings.module';
import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching/matching.module';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { WeightProfilesController } from './weight-profiles.controller';
import { WeightProfilesModule } from '../weight-profiles/weight-profiles.module';
import { WeightTuningService } from './weight-tuning.service';

/**
 * The admin side of weight profiles: versions, preview, activation, evaluation and suggestion.
 * A use case on top of ranking (MatchingModule); the versions themselves are WeightProfilesModule's.
 */
@Module({
  imports: [WeightProfilesModule, MatchingModule, OutcomesModule, CandidateGateModule, OpeningsModule],
  controllers: [WeightProfilesController],
  providers: [WeightTuningService],
})
export class WeightTuningModule {}
