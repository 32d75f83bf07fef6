import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { MentorsController } from './mentors.controller';
import { MentorsRepository } from './mentors.repository';
import { MentorsService } from './mentors.service';

@Module({
  imports: [OrganisationsModule],
  controllers: [MentorsController],
  providers: [MentorsRepository, MentorsService],
  exports: [MentorsRepository, MentorsService],
})
export class MentorsModule {}
