import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching/matching.module';
import { WeightProfilesController } from './weight-profiles.controller';
import { WeightProfilesModule } from './weight-profiles.module';
import { WeightProfilesService } from './weight-profiles.service';

/**
 * The admin side of weight profiles: versions, preview, activation, evaluation and suggestion.
 * Apart from WeightProfilesModule (the repository) because ranking needs the active profile
 * and tuning needs ranking.
 */
@Module({
  imports: [WeightProfilesModule, MatchingModule],
  controllers: [WeightProfilesController],
  providers: [WeightProfilesService],
})
export class WeightTuningModule {}
