import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/principal';
import { Page, toPage } from '../common/dto/pagination.dto';
import { FieldError, fieldError, invalid, Problem } from '../common/problems';
import { FEATURES, MatchType, normaliseWeights } from '../scoring/scoring';
import { ActivationView, CreateWeightProfileDto, WeightChange, WeightProfileQueryDto, WeightProfileView } from './dto/weight-profile.dto';
import { WeightProfile } from './entities/weight-profile.entity';
import { WeightProfilesRepository } from './weight-profiles.repository';

const RESOURCE = 'weight_profile';
/** Large enough for any ratio an admin means, small enough that the sum stays finite. */
export const MAX_RAW_WEIGHT = 1_000_000;

/** Versions are immutable once saved: a ranking names the version it was weighed with and must stay reproducible. */
@Injectable()
export class WeightProfilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: WeightProfilesRepository,
    private readonly audit: AuditService,
  ) {}

  async list(query: WeightProfileQueryDto): Promise<Page<WeightProfileView>> {
    return toPage(await this.profiles.findPage(query), query, WeightProfileView.of);
  }

  async get(id: string): Promise<WeightProfileView> {
    return WeightProfileView.of(await this.find(id));
  }

  async find(id: string): Promise<WeightProfile> {
    const profile = await this.profiles.findById(id);
    if (!profile) throw Problem.notFound('weightProfile', id);
    return profile;
  }

  /** A new draft version, numbered after the highest of its match type. */
  async create(actor: Principal, dto: CreateWeightProfileDto): Promise<WeightProfileView> {
    const errors = weightErrors(dto.matchType, dto.weights);
    if (errors.length > 0) throw invalid(errors);
    const weights = normaliseWeights(dto.matchType, dto.weights);
    const created = await this.dataSource.transaction(async (manager) => {
      const versions = await this.profiles.lockMatchType(manager, dto.matchType);
      const version = versions.reduce((max, p) => Math.max(max, p.version), 0) + 1;
      const profile = await this.profiles.insert(manager, {
        matchType: dto.matchType,
        version,
        rawWeights: dto.weights,
        weights,
        note: dto.note ?? '',
        status: 'draft',
        createdByKeyId: actor.keyId,
      });
      await this.audit.record(manager, actor, {
        action: 'weight_profile.create',
        resourceType: RESOURCE,
        resourceId: profile.id,
        details: { matchType: dto.matchType, version, rawWeights: dto.weights, weights },
      });
      return profile;
    });
    return WeightProfileView.of(created);
  }

  /**
   * Makes this version the active one of its match type, in one transaction that holds every
   * version of the type locked: of two admins activating at once, one goes first and the other
   * then replaces it, and the audit log records both in that order. Activating an older version
   * is the rollback; activating the active one changes nothing.
   */
  async activate(actor: Principal, id: string): Promise<ActivationView> {
    const { matchType } = await this.find(id);
    return this.dataSource.transaction(async (manager) => {
      const versions = await this.profiles.lockMatchType(manager, matchType);
      const target = versions.find((p) => p.id === id)!;
      const current = versions.find((p) => p.status === 'active');
      if (!current) throw new Error(`No active weight profile for ${matchType}`);
      const previous = { id: current.id, version: current.version };
      if (current.id === target.id) return { profile: WeightProfileView.of(target), previous, changed: false, rollback: false, diff: {} };

      await this.profiles.activate(manager, matchType, target.id);
      const diff = weightDiff(matchType, current.weights, target.weights);
      const rollback = target.version < current.version;
      await this.audit.record(manager, actor, {
        action: 'weight_profile.activate',
        resourceType: RESOURCE,
        resourceId: target.id,
        details: { matchType, from: previous, to: { id: target.id, version: target.version }, rollback, diff },
      });
      const activated = await this.profiles.findById(target.id, manager);
      return { profile: WeightProfileView.of(activated!), previous, changed: true, rollback, diff };
    });
  }
}

/** Known features only, each a finite number in [0, MAX_RAW_WEIGHT], at least one positive. */
export function weightErrors(matchType: MatchType, weights: Record<string, unknown>): FieldError[] {
  const known = FEATURES[matchType];
  const errors: FieldError[] = [];
  for (const [feature, weight] of Object.entries(weights)) {
    if (!known.includes(feature)) {
      errors.push(fieldError(`weights.${feature}`, 'unknown_feature', { feature, matchType, known }));
    } else if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > MAX_RAW_WEIGHT) {
      errors.push(fieldError(`weights.${feature}`, 'weight_out_of_range', { max: MAX_RAW_WEIGHT }));
    }
  }
  if (errors.length === 0 && !Object.values(weights).some((w) => (w as number) > 0)) {
    errors.push(fieldError('weights', 'no_positive_weight'));
  }
  return errors;
}

/** Per feature whose normalised weight differs between two versions. */
export function weightDiff(matchType: MatchType, from: Record<string, number>, to: Record<string, number>): Record<string, WeightChange> {
  const diff: Record<string, WeightChange> = {};
  for (const feature of FEATURES[matchType]) {
    const change = { from: from[feature] ?? 0, to: to[feature] ?? 0 };
    if (change.from !== change.to) diff[feature] = change;
  }
  return diff;
}
