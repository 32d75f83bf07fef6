import { Global, Module } from '@nestjs/common';
import { MunicipalitiesController } from './municipalities.controller';
import { ReferenceDataCache } from './reference-data.cache';
import { ReferenceDataRepository } from './reference-data.repository';
import { ReferenceDataService } from './reference-data.service';

@Global()
@Module({
  controllers: [MunicipalitiesController],
  providers: [ReferenceDataRepository, ReferenceDataService, ReferenceDataCache],
  exports: [ReferenceDataRepository, ReferenceDataService, ReferenceDataCache],
})
export class ReferenceDataModule {}
