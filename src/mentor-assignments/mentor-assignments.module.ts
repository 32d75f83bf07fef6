import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching/matching.module';
import { MentorshipsModule } from '../mentorships/mentorships.module';
import { WeightProfilesModule } from '../weight-profiles/weight-profiles.module';
import { MentorAssignmentsController } from './mentor-assignments.controller';
import { MentorAssignmentsService } from './mentor-assignments.service';

@Module({
  imports: [MatchingModule, MentorshipsModule, WeightProfilesModule],
  controllers: [MentorAssignmentsController],
  providers: [MentorAssignmentsService],
})
export class MentorAssignmentsModule {}
