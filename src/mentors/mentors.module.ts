import { Module } from '@nestjs/common';
import { EmbeddingSources } from '../embeddings/embedding-sources';
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
export class MentorsModule {
  // In the constructor, so the source is there before any init hook or start-up step can embed.
  constructor(sources: EmbeddingSources, mentors: MentorsRepository) {
    sources.register('mentor', (ids) => mentors.findByIds(ids));
  }
}
