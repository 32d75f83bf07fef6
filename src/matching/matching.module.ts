import { MentorsModule } from '../mentors/mentors.module';
import { OpeningsModule } from '../openings/openings.module';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { Module } from '@nestjs/common';
import { CandidateGateModule } from '../candidates/candidate-gate';
import { MentorshipsModule } from '../mentorships/mentorships.module';
import { RankingsModule } from '../rankings/rankings.module';
import { WeightProfilesModule } from '../weight-profiles/weight-profiles.module';
import { MatchingController } from './matching.controller';
import { MatchingService } from './matching.service';
import { MentorQuery } from './queries/mentor-query';
import { OpeningQuery } from './queries/opening-query';
import { ShortlistQuery } from './queries/shortlist-query';
import { TwoStageRetrieval } from './two-stage-retrieval';
import { MentorCatalogue } from './mentor-catalogue';
import { OpeningCatalogue } from './opening-catalogue';
import { CandidateCatalogue } from './candidate-catalogue';
import { OrganisationsModule } from '../organisations/organisations.module';

@Module({
  imports: [CandidateGateModule, WeightProfilesModule, RankingsModule, MentorshipsModule, MentorsModule, OpeningsModule, OutcomesModule, OrganisationsModule],
  controllers: [MatchingController],
  providers: [TwoStageRetrieval, MentorCatalogue, OpeningCatalogue, CandidateCatalogue, MentorQuery, OpeningQuery, ShortlistQuery, MatchingService],
  exports: [MatchingService],
})
export class MatchingModule {}
