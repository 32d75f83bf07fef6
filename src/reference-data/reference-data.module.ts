import { Global, Module } from '@nestjs/common';
import { ReferenceDataCache } from './reference-data.cache';
import { ReferenceDataRepository } from './reference-data.repository';
import { ReferenceDataService } from './reference-data.service';

@Global()
@Module({
  providers: [ReferenceDataRepository, ReferenceDataService, ReferenceDataCache],
  exports: [ReferenceDataRepository, ReferenceDataService, ReferenceDataCache],
})
export class ReferenceDataModule {}
