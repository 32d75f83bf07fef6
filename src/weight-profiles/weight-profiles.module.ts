import { Module } from '@nestjs/common';
import { WeightProfilesRepository } from './weight-profiles.repository';
import { WeightProfilesService } from './weight-profiles.service';

@Module({ providers: [WeightProfilesRepository, WeightProfilesService], exports: [WeightProfilesRepository, WeightProfilesService] })
export class WeightProfilesModule {}
