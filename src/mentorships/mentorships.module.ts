import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching/matching.module';
import { MentorshipsController } from './mentorships.controller';
import { MentorshipsRepository } from './mentorships.repository';
import { MentorshipsService } from './mentorships.service';

@Module({
  imports: [MatchingModule],
  controllers: [MentorshipsController],
  providers: [MentorshipsRepository, MentorshipsService],
  exports: [MentorshipsService, MentorshipsRepository],
})
export class MentorshipsModule {}
