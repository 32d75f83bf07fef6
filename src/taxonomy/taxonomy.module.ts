import { Global, Module } from '@nestjs/common';
import { TaxonomyCache } from './taxonomy.cache';
import { TaxonomyController } from './taxonomy.controller';
import { TaxonomyRepository } from './taxonomy.repository';
import { TaxonomyService } from './taxonomy.service';

@Global()
@Module({
  controllers: [TaxonomyController],
  providers: [TaxonomyRepository, TaxonomyService, TaxonomyCache],
  exports: [TaxonomyService, TaxonomyCache],
})
export class TaxonomyModule {}
