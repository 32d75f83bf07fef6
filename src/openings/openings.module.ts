import { Module } from '@nestjs/common';
import { EmbeddingSources } from '../embeddings/embedding-sources';
import { OrganisationsModule } from '../organisations/organisations.module';
import { OpeningsController } from './openings.controller';
import { OpeningsRepository } from './openings.repository';
import { OpeningsService } from './openings.service';

@Module({
  imports: [OrganisationsModule],
  controllers: [OpeningsController],
  providers: [OpeningsRepository, OpeningsService],
  exports: [OpeningsRepository, OpeningsService],
})
export class OpeningsModule {
  // In the constructor, so the source is there before any init hook or start-up step can embed.
  constructor(sources: EmbeddingSources, openings: OpeningsRepository) {
    sources.register('opening', (ids) => openings.findByIds(ids));
  }
}
