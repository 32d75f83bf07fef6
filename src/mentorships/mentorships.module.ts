import { Module } from '@nestjs/common';
import { CandidateGateModule } from '../candidates/candidate-gate';
import { MentorsModule } from '../mentors/mentors.module';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { MentorshipsController } from './mentorships.controller';
import { MentorshipsRepository } from './mentorships.repository';
import { MentorshipsService } from './mentorships.service';

@Module({
  imports: [CandidateGateModule, MentorsModule, OutcomesModule],
  controllers: [MentorshipsController],
  providers: [MentorshipsRepository, MentorshipsService],
  exports: [MentorshipsService, MentorshipsRepository],
})
export class MentorshipsModule {}
