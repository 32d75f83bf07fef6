import { Module } from '@nestjs/common';
import { WeightProfilesRepository } from './weight-profiles.repository';

@Module({ providers: [WeightProfilesRepository], exports: [WeightProfilesRepository] })
export class WeightProfilesModule {}
