import { Module } from '@nestjs/common';
import { CandidateGateModule } from '../candidates/candidate-gate';
import { MentorsModule } from '../mentors/mentors.module';
import { OpeningsModule } from '../openings/openings.module';
import { OutcomesController } from './outcomes.controller';
import { OutcomesRepository } from './outcomes.repository';
import { OutcomesService } from './outcomes.service';

/** Recorded outcomes. Exports the repository so state machines (mentorships, hurtigspor) record theirs in their own transaction. */
@Module({
  imports: [CandidateGateModule, OpeningsModule, MentorsModule],
  controllers: [OutcomesController],
  providers: [OutcomesRepository, OutcomesService],
  exports: [OutcomesRepository],
})
export class OutcomesModule {}
