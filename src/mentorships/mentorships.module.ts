import { Module } from '@nestjs/common';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { MentorshipsController } from './mentorships.controller';
import { MentorshipsRepository } from './mentorships.repository';
import { MentorshipsService } from './mentorships.service';

@Module({
  imports: [OutcomesModule],
  controllers: [MentorshipsController],
  providers: [MentorshipsRepository, MentorshipsService],
  exports: [MentorshipsService, MentorshipsRepository],
})
export class MentorshipsModule {}
