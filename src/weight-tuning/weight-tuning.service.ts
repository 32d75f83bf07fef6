import { Injectable } from '@nestjs/common';
import { fieldError, invalid, Problem, problem } from '../common/problems';
import { CandidatesRepository } from '../candidates/candidates.repository';
import { OpeningsRepository } from '../openings/openings.repository';
import { MatchingService } from '../matching/matching.service';
import { FEATURES, FeatureRow, MatchType, normaliseWeights, rankRows, Weighed } from '../scoring/scoring';
import { OutcomesRepository } from '../outcomes/outcomes.repository';
import {
  EvaluateDto,
  EvaluationView,
  Move,
  OutcomeWindowDto,
  PREVIEW_MAX,
  PreviewDto,
  PreviewQuery,
  PreviewView,
  Quality,
  SuggestionQueryDto,
  SuggestionView,
} from './dto/tuning.dto';
import { WeightProfile } from '../weight-profiles/entities/weight-profile.entity';
import { gradeQueries } from './outcome-grades';
import { hitAtK, kendallTauB, mean, ndcgAtK, overlapAtK } from './ranking-metrics';
import { fitPairwise, GradedQuery, splitHoldout } from './weight-fitting';
import { WeightProfilesRepository } from '../weight-profiles/weight-profiles.repository';
import { WeightProfilesService } from '../weight-profiles/weight-profiles.service';

/** Evaluation looks at the top 10, as a coordinator or employer does. */
const K = 10;
/** Fewer queries with outcomes than this cannot be split into a training set and a holdout worth reporting. */
export const MIN_SUGGESTION_QUERIES = 10;
/** Evaluation ranks at most this many queries, those with the most recent outcomes: each is a full ranking. */
const MAX_EVALUATION_QUERIES = 500;

/**
 * Preview, evaluation and suggestion of weight profiles. All three rank through the live
 * ranking path (MatchingService.featureRows: the same retrieval, hard rules and features) and
 * weigh its feature values under the profiles compared; none of them writes anything.
 */
@Injectable()
export class WeightTuningService {
  constructor(
    private readonly matching: MatchingService,
    private readonly candidates: CandidatesRepository,
    private readonly openings: OpeningsRepository,
    private readonly outcomes: OutcomesRepository,
    private readonly profiles: WeightProfilesService,
    private readonly profilesRepository: WeightProfilesRepository,
  ) {}

  /** Per query, the top-k under the active profile and under this one, and what moved. */
  async preview(id: string, dto: PreviewDto): Promise<PreviewView> {
    const profile = await this.profiles.find(id);
    const active = await this.profilesRepository.findActive(profile.matchType);
    const subjects = await this.sample(profile.matchType, dto);
    const queries: PreviewQuery[] = [];
    for (const subject of subjects) {
      const rows = await this.matching.featureRows(profile.matchType, subject, { limit: dto.limit });
      if (!rows) throw Problem.notFound(profile.matchType === 'shortlist' ? 'opening' : 'candidate', subject);
      queries.push({
        ...(profile.matchType === 'shortlist' ? { openingId: subject } : { candidateId: subject }),
        ...compare(profile.matchType, rows, active.weights, profile.weights, dto.limit),
      });
    }
    return {
      matchType: profile.matchType,
      limit: dto.limit,
      profile: { id: profile.id, version: profile.version, status: profile.status },
      active: { id: active.id, version: active.version },
      queries,
      summary: {
        queries: queries.length,
        meanOverlap: mean(queries.map((q) => q.overlap).filter((v): v is number => v !== null)),
        meanKendallTau: mean(queries.map((q) => q.kendallTau).filter((v): v is number => v !== null)),
      },
    };
  }

  /** How this profile and the active one rank the recorded positive outcomes: nDCG@10 and hit rate@10. */
  async evaluate(id: string, dto: EvaluateDto): Promise<EvaluationView> {
    const profile = await this.profiles.find(id);
    const active = await this.profilesRepository.findActive(profile.matchType);
    const window = windowOf(dto);
    const { queries, skipped } = await this.gradedQueries(profile.matchType, window);
    return {
      matchType: profile.matchType,
      k: K,
      window: shownWindow(window),
      queries: queries.length,
      skipped,
      profile: { id: profile.id, version: profile.version, status: profile.status, ...quality(queries, profile.weights) },
      active: { id: active.id, version: active.version, ...quality(queries, active.weights) },
    };
  }

  /**
   * Weights fitted to the recorded outcomes (pairwise logistic regression from the active
   * profile) on about 70 % of the queries, judged beside the active profile on the other 30 %.
   * A suggestion only: saving it as a draft and activating it are the admin's steps.
   */
  async suggest(dto: SuggestionQueryDto): Promise<SuggestionView> {
    const active = await this.profilesRepository.findActive(dto.matchType);
    const window = windowOf(dto);
    const { queries, skipped } = await this.gradedQueries(dto.matchType, window);
    if (queries.length < MIN_SUGGESTION_QUERIES) {
      throw problem('too_few_outcomes', {
        min: MIN_SUGGESTION_QUERIES,
        what: dto.matchType === 'shortlist' ? { nb: 'stillinger', en: 'openings' } : { nb: 'kandidater', en: 'candidates' },
        count: queries.length,
      });
    }
    const { training, holdout } = splitHoldout(queries);
    const fitted = fitPairwise(FEATURES[dto.matchType], training, active.weights);
    // Three decimals: what an admin would type, and sent back as a draft it weighs exactly as evaluated here.
    const rawWeights = Object.fromEntries(FEATURES[dto.matchType].map((f) => [f, Math.round(fitted[f] * 1000) / 1000]));
    const weights = normaliseWeights(dto.matchType, rawWeights);
    const onHoldout = { suggested: quality(holdout, weights), active: quality(holdout, active.weights) };
    return {
      matchType: dto.matchType,
      rawWeights,
      weights,
      note:
        `Suggested from the outcomes of ${queries.length} queries, fitted from v${active.version} on ${training.length}; ` +
        `holdout of ${holdout.length}: nDCG@10 ${format(onHoldout.suggested.ndcg)} against ${format(onHoldout.active.ndcg)} for v${active.version}.`,
      basedOn: { id: active.id, version: active.version },
      window: shownWindow(window),
      queries: { training: training.length, holdout: holdout.length, skipped },
      evaluation: { training: { suggested: quality(training, weights), active: quality(training, active.weights) }, holdout: onHoldout },
    };
  }

  /** The given candidates or openings (whichever the match type ranks for), or the most recent ones. */
  private async sample(matchType: MatchType, dto: PreviewDto): Promise<string[]> {
    const shortlist = matchType === 'shortlist';
    if (shortlist && dto.candidateIds) throw invalid([fieldError('candidateIds', 'ids_for_profile', { matchType, what: { nb: 'stillinger', en: 'openings' }, expected: 'openingIds' })]);
    if (!shortlist && dto.openingIds) throw invalid([fieldError('openingIds', 'ids_for_profile', { matchType, what: { nb: 'kandidater', en: 'candidates' }, expected: 'candidateIds' })]);
    const given = shortlist ? dto.openingIds : dto.candidateIds;
    if (given) return [...new Set(given)];
    return shortlist ? this.openings.recentOpen(PREVIEW_MAX) : this.candidates.recentConsenting(PREVIEW_MAX);
  }

  /**
   * The queries with a positive recorded outcome (latest first, at most MAX_EVALUATION_QUERIES),
   * each with the feature values of everything its live ranking would weigh, judged as of the
   * outcome: a filled opening or a full mentor still counts.
   */
  private async gradedQueries(matchType: MatchType, window: Window): Promise<{ queries: GradedQuery[]; skipped: number }> {
    const graded = gradeQueries(matchType, await this.outcomes.forEvaluation(matchType, window)).slice(0, MAX_EVALUATION_QUERIES);
    const queries: GradedQuery[] = [];
    let skipped = 0;
    for (const { query, grades } of graded) {
      const rows = await this.matching.featureRows(matchType, query, { limit: K, historical: true });
      if (rows && rows.length > 0) queries.push({ id: query, rows, grades });
      else skipped++;
    }
    return { queries, skipped };
  }
}

type Window = { from?: Date; to?: Date };

function windowOf(dto: OutcomeWindowDto): Window {
  const window = { from: dto.from ? new Date(dto.from) : undefined, to: dto.to ? new Date(dto.to) : undefined };
  if (window.from && window.to && window.from > window.to) throw invalid([fieldError('to', 'not_before', { other: 'from' })]);
  return window;
}

const shownWindow = (w: Window) => ({ from: w.from?.toISOString() ?? null, to: w.to?.toISOString() ?? null });

const format = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));

function quality(queries: readonly GradedQuery[], weights: Record<string, number>): Quality {
  const ranked = queries.map((q) => ({ q, ids: rankRows(q.rows, weights).map((r) => r.id) }));
  return {
    ndcg: mean(ranked.map(({ q, ids }) => ndcgAtK(ids, q.grades, K)).filter((v): v is number => v !== null)),
    hitRate: mean(ranked.map(({ q, ids }) => hitAtK(ids, q.grades, K))),
  };
}

/** One query's rows ranked under both profiles: the two top-k lists, how alike they are, and who moved why. */
function compare(
  matchType: MatchType,
  rows: FeatureRow[],
  before: WeightProfile['weights'],
  after: WeightProfile['weights'],
  k: number,
): Omit<PreviewQuery, 'candidateId' | 'openingId'> {
  const ranked = { before: rankRows(rows, before), after: rankRows(rows, after) };
  const place = { before: placesOf(ranked.before), after: placesOf(ranked.after) };
  const top = { before: ranked.before.slice(0, k), after: ranked.after.slice(0, k) };
  const inTop = { before: new Set(top.before.map((r) => r.id)), after: new Set(top.after.map((r) => r.id)) };
  const union = [...new Set([...inTop.before, ...inTop.after])];
  const byId = { before: new Map(ranked.before.map((r) => [r.id, r])), after: new Map(ranked.after.map((r) => [r.id, r])) };
  const move = (id: string, direction: 1 | -1): Move => ({
    id,
    rankBefore: place.before.get(id)!,
    rankAfter: place.after.get(id)!,
    movedBy: movedBy(matchType, byId.before.get(id)!, byId.after.get(id)!, direction),
  });
  return {
    before: top.before.map((r) => ({ id: r.id, score: r.score })),
    after: top.after.map((r) => ({ id: r.id, score: r.score })),
    overlap: overlapAtK([...inTop.before], [...inTop.after]),
    // Places are a strict order (ties broken by id), so tau-b equals tau-a here.
    kendallTau: kendallTauB(
      union.map((id) => -place.before.get(id)!),
      union.map((id) => -place.after.get(id)!),
    ),
    entered: top.after.filter((r) => !inTop.before.has(r.id)).map((r) => move(r.id, 1)),
    left: top.before.filter((r) => !inTop.after.has(r.id)).map((r) => move(r.id, -1)),
  };
}

const placesOf = (ranked: { id: string }[]) => new Map(ranked.map((r, i) => [r.id, i + 1]));

/** The component whose contribution grew most (an item that entered) or shrank most (one that left). */
function movedBy(matchType: MatchType, before: Weighed, after: Weighed, direction: 1 | -1): Move['movedBy'] {
  const contribution = (w: Weighed, feature: string) => w.components.find((c) => c.feature === feature)?.contribution ?? 0;
  let best = { feature: FEATURES[matchType][0], change: 0 };
  let bestSigned = -Infinity;
  for (const feature of FEATURES[matchType]) {
    const change = contribution(after, feature) - contribution(before, feature);
    if (change * direction > bestSigned) {
      bestSigned = change * direction;
      best = { feature, change };
    }
  }
  return best;
}
