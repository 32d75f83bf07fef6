import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching/matching.module';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { WeightProfilesController } from './weight-profiles.controller';
import { WeightProfilesModule } from './weight-profiles.module';
import { WeightProfilesService } from './weight-profiles.service';
import { WeightTuningService } from './weight-tuning.service';

/**
 * The admin side of weight profiles: versions, preview, activation, evaluation and suggestion.
 * Apart from WeightProfilesModule (the repository) because ranking needs the active profile
 * and tuning needs ranking.
 */
@Module({
  imports: [WeightProfilesModule, MatchingModule, OutcomesModule],
  controllers: [WeightProfilesController],
  providers: [WeightProfilesService, WeightTuningService],
})
export class WeightTuningModule {}
