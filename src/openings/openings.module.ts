import { Module } from '@nestjs/common';
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
export class OpeningsModule {}
