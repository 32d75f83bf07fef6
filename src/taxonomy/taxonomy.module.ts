import { Global, Module } from '@nestjs/common';
import { TaxonomyVectors } from './taxonomy-vectors';
import { TaxonomyCache } from './taxonomy.cache';
import { TaxonomyController } from './taxonomy.controller';
import { TaxonomyRepository } from './taxonomy.repository';
import { TaxonomyService } from './taxonomy.service';

@Global()
@Module({
  controllers: [TaxonomyController],
  providers: [TaxonomyRepository, TaxonomyService, TaxonomyCache, TaxonomyVectors],
  exports: [TaxonomyService, TaxonomyCache, TaxonomyVectors],
})
export class TaxonomyModule {}
