import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { AuthModule } from '../auth/auth.module';
import { CandidateGateModule } from '../candidates/candidate-gate';
import { MailModule } from '../mail/mail.module';
import { OutboxModule } from '../outbox/outbox.module';
import { MentorshipAnswersController } from './mentorship-answers.controller';
import { MentorshipAnswersRepository } from './mentorship-answers.repository';
import { MentorshipAnswersService } from './mentorship-answers.service';
import { MentorsModule } from '../mentors/mentors.module';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { MentorshipsController } from './mentorships.controller';
import { MentorshipsRepository } from './mentorships.repository';
import { MentorshipsService } from './mentorships.service';

@Module({
  imports: [AuthModule, CandidateGateModule, MailModule, MentorsModule, OrganisationsModule, OutboxModule, OutcomesModule],
  controllers: [MentorshipsController, MentorshipAnswersController],
  providers: [MentorshipsRepository, MentorshipsService, MentorshipAnswersRepository, MentorshipAnswersService],
  exports: [MentorshipsService, MentorshipsRepository],
})
export class MentorshipsModule {}
