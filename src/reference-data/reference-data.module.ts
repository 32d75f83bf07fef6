import { Global, Module } from '@nestjs/common';
import { ReferenceDataRepository } from './reference-data.repository';
import { ReferenceDataService } from './reference-data.service';

@Global()
@Module({
  providers: [ReferenceDataRepository, ReferenceDataService],
  exports: [ReferenceDataRepository, ReferenceDataService],
})
export class ReferenceDataModule {}
