import { Module } from '@nestjs/common';
import { WeightProfilesModule } from '../weight-profiles/weight-profiles.module';
import { RankingsController } from './rankings.controller';
import { RankingsRepository } from './rankings.repository';
import { RankingsService } from './rankings.service';

/** Recorded rankings: written by matching on every ranking response, read back with their scores reproduced. */
@Module({
  imports: [WeightProfilesModule],
  controllers: [RankingsController],
  providers: [RankingsRepository, RankingsService],
  exports: [RankingsRepository],
})
export class RankingsModule {}
