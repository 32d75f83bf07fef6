import { Module } from '@nestjs/common';
import { MentorshipsController } from './mentorships.controller';
import { MentorshipsRepository } from './mentorships.repository';
import { MentorshipsService } from './mentorships.service';

@Module({
  controllers: [MentorshipsController],
  providers: [MentorshipsRepository, MentorshipsService],
  exports: [MentorshipsService, MentorshipsRepository],
})
export class MentorshipsModule {}
