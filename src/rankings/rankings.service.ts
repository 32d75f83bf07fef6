import { Injectable } from '@nestjs/common';
import type { Principal } from '../common/principal';
import { Problem, problem } from '../common/problems';
import { weigh } from '../scoring/scoring';
import { WeightProfilesRepository } from '../weight-profiles/weight-profiles.repository';
import { RecordedRankingView, RecordedResult } from './dto/ranking.dto';
import { Ranking } from './entities/ranking.entity';
import { RankingsRepository } from './rankings.repository';

/** How far a reproduced score may be from the stored one (they are weighed by the same code, so in practice 0). */
const TOLERANCE = 1e-9;

@Injectable()
export class RankingsService {
  constructor(
    private readonly rankings: RankingsRepository,
    private readonly weightProfiles: WeightProfilesRepository,
  ) {}

  /** A recorded ranking with its scores weighed again under the profile version it was made with. */
  async get(actor: Principal, id: string): Promise<RecordedRankingView> {
    const ranking = await this.rankings.findById(id);
    if (!ranking) throw Problem.notFound('ranking', id);
    if (!mayRead(actor, ranking)) throw problem('ranking_other_owner');
    const profile = await this.weightProfiles.findById(ranking.weightProfileId);
    if (!profile) throw new Error(`Weight profile ${ranking.weightProfileId} of ranking ${id} is missing`);
    const results = ranking.results.map((r, i): RecordedResult => {
      const { score, components } = weigh(r.values, profile.weights);
      return { rank: i + 1, ...itemOf(ranking, r.item), storedScore: r.score, score, components };
    });
    return {
      id: ranking.id,
      matchType: ranking.matchType,
      request: {
        ...(ranking.candidateId ? { candidateId: ranking.candidateId } : {}),
        ...(ranking.openingId ? { openingId: ranking.openingId } : {}),
        limit: ranking.resultLimit,
      },
      requestedBy: { keyId: ranking.keyId, role: ranking.role, organisationId: ranking.organisationId },
      createdAt: ranking.createdAt,
      weightProfile: { id: profile.id, version: profile.version, weights: profile.weights },
      results,
      reproduced: results.every((r) => Math.abs(r.score - r.storedScore) <= TOLERANCE),
    };
  }
}

/** Admins read every ranking; others the ones made by their own key or their own organisation. */
function mayRead(actor: Principal, ranking: Ranking): boolean {
  if (actor.role === 'admin') return true;
  if (actor.keyId !== null && actor.keyId === ranking.keyId) return true;
  return actor.organisationId !== null && actor.organisationId === ranking.organisationId;
}

function itemOf(ranking: Ranking, item: string): Pick<RecordedResult, 'mentorId' | 'openingId' | 'candidateRef'> {
  switch (ranking.matchType) {
    case 'mentor':
      return { mentorId: item };
    case 'praksis':
    case 'job':
      return { openingId: item };
    case 'shortlist':
      return { candidateRef: item };
  }
}
