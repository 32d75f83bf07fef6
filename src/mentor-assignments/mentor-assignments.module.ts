import { MentorsModule } from '../mentors/mentors.module';
import { Module } from '@nestjs/common';
import { CandidateGateModule } from '../candidates/candidate-gate';
import { MatchingModule } from '../matching/matching.module';
import { MentorshipsModule } from '../mentorships/mentorships.module';
import { WeightProfilesModule } from '../weight-profiles/weight-profiles.module';
import { MentorAssignmentsController } from './mentor-assignments.controller';
import { MentorAssignmentsRepository } from './mentor-assignments.repository';
import { MentorAssignmentsService } from './mentor-assignments.service';

@Module({
  imports: [CandidateGateModule, MatchingModule, MentorshipsModule, WeightProfilesModule, MentorsModule],
  controllers: [MentorAssignmentsController],
  providers: [MentorAssignmentsService, MentorAssignmentsRepository],
})
export class MentorAssignmentsModule {}
