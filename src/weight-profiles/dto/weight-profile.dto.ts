import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { IsIn, IsNotEmptyObject, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/dto/pagination.dto';
import { FEATURES, MATCH_TYPES, MatchType } from '../../scoring/scoring';
import { WeightProfile } from '../entities/weight-profile.entity';

export class WeightProfileQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(MATCH_TYPES)
  matchType?: MatchType;
}

export class CreateWeightProfileDto {
  @IsIn(MATCH_TYPES)
  matchType: MatchType;

  /**
   * Per feature of the match type a weight ≥ 0 (at most 1,000,000); a feature left out weighs 0;
   * at least one must be positive. Saved as given and normalised to sum 1.
   */
  @IsObject()
  @IsNotEmptyObject()
  weights: Record<string, number>;

  /** Why this version: what it changes and what it is meant to fix. */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class WeightProfileView {
  id: string;
  matchType: MatchType;
  version: number;
  status: 'draft' | 'active' | 'retired';
  /** As the admin gave them. */
  rawWeights: Record<string, number>;
  /** Every feature of the match type, normalised to sum 1: what scores are weighed with. */
  weights: Record<string, number>;
  note: string;
  createdByKeyId: string | null;
  createdAt: Date;
  /** When it last became the active version. */
  activatedAt: Date | null;

  static of(p: WeightProfile): WeightProfileView {
    return {
      id: p.id,
      matchType: p.matchType,
      version: p.version,
      status: p.status,
      rawWeights: inFeatureOrder(p.matchType, p.rawWeights),
      weights: inFeatureOrder(p.matchType, p.weights),
      note: p.note,
      createdByKeyId: p.createdByKeyId,
      createdAt: p.createdAt,
      activatedAt: p.activatedAt,
    };
  }
}

export class WeightChange {
  from: number;
  to: number;
}

@ApiExtraModels(WeightChange)
export class ActivationView {
  /** The version now active. */
  profile: WeightProfileView;
  /** The version it replaced; the same as `profile` when it was active already. */
  previous: { id: string; version: number };
  /** False when the version was active already: nothing changed, nothing audited. */
  changed: boolean;
  /** True when an older version than the one replaced was activated. */
  rollback: boolean;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(WeightChange) }, description: 'Per feature whose normalised weight changed.' })
  diff: Record<string, WeightChange>;
}

/** jsonb keeps keys in its own order; show them in the match type's feature order. */
function inFeatureOrder(matchType: MatchType, weights: Record<string, number>): Record<string, number> {
  return Object.fromEntries(FEATURES[matchType].filter((f) => f in weights).map((f) => [f, weights[f]]));
}
