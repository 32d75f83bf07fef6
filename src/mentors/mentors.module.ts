import { Module } from '@nestjs/common';
import { MentorsController } from './mentors.controller';
import { MentorsRepository } from './mentors.repository';
import { MentorsService } from './mentors.service';

@Module({
  controllers: [MentorsController],
  providers: [MentorsRepository, MentorsService],
  exports: [MentorsRepository, MentorsService],
})
export class MentorsModule {}
