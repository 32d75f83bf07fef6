import { Module } from '@nestjs/common';
import { CandidateGateModule } from '../candidates/candidate-gate';
import { MentorshipsModule } from '../mentorships/mentorships.module';
import { RankingsModule } from '../rankings/rankings.module';
import { WeightProfilesModule } from '../weight-profiles/weight-profiles.module';
import { MatchingController } from './matching.controller';
import { MatchingRepository } from './matching.repository';
import { MatchingService } from './matching.service';

@Module({
  imports: [CandidateGateModule, WeightProfilesModule, RankingsModule, MentorshipsModule],
  controllers: [MatchingController],
  providers: [MatchingRepository, MatchingService],
  exports: [MatchingService, MatchingRepository],
})
export class MatchingModule {}
