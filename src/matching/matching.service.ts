import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditEvent, AuditService } from '../audit/audit.service';
import { CandidateGate } from '../candidates/candidate-gate';
import { CandidatesRepository } from '../candidates/candidates.repository';
import type { Candidate } from '../candidates/entities/candidate.entity';
import type { Lang } from '../common/language';
import type { Principal } from '../common/principal';
import { Problem, problem } from '../common/problems';
import { EmbeddingProvider } from '../embeddings/embedding-provider';
import { mentorPoolFilter, poolOrganisation } from '../mentors/mentor-pool';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import type { MentorPool } from './mentor-catalogue';
import type { Opening, OpeningKind } from '../openings/entities/opening.entity';
import { OpeningsRepository } from '../openings/openings.repository';
import { RankingsRepository } from '../rankings/rankings.repository';
import { ReferenceDataCache } from '../reference-data/reference-data.cache';
import type { FeatureResult } from '../scoring/features/feature';
import { ruleReason } from '../scoring/hard-rules';
import { renderReasons } from '../scoring/reasons';
import { byScoreThenId, combine, Component, FeatureRow, featureValues, MatchType } from '../scoring/scoring';
import { TaxonomyCache } from '../taxonomy/taxonomy.cache';
import { WeightProfilesRepository } from '../weight-profiles/weight-profiles.repository';
import type { AnonymousCandidate, RankingView } from './dto/match.dto';
import { withReadCode } from './match-parts';
import { RetrievalRepository } from '../embeddings/retrieval.repository';
import { shortlistOrganisation, visibleCandidatesFilter } from '../candidates/candidate-access';
import { MentorQuery } from './queries/mentor-query';
import { OpeningQuery } from './queries/opening-query';
import { ShortlistQuery } from './queries/shortlist-query';
import type { RankQuery } from './rank-query';
import { TwoStageRetrieval } from './two-stage-retrieval';

export interface RankOptions {
  limit: number;
  explainExcluded: boolean;
  lang: Lang;
  /** Rank every record instead of the index's nearest: the reference the two stages are checked against. */
  exhaustive?: boolean;
}

/** Reading a query's features for analysis (preview, evaluation, suggestion) instead of answering a ranking request. */
export interface FeatureOptions {
  /** The top-k the analysis looks at: the first stage fetches as it would for a ranking of this many. */
  limit: number;
  /**
   * Judge as of when an outcome happened: the rules about present availability (an opening
   * since filled or closed, a mentor since full or inactive, a mentorship it already has) are
   * left out; the rules about the pair (consent, gender, distance, a required Norwegian level) still apply.
   */
  historical?: boolean;
}

/** A candidate ranked for an opening or a need, before it is shaped for whoever sees it. */
export interface RankedCandidate {
  candidate: Candidate;
  score: number;
  components: Component[];
  reasons: string[];
}

/**
 * The rankings people ask for. Each request reads top-down: check who may ask, build the match
 * type's query (queries/), find and judge its records (TwoStageRetrieval), weigh them under the
 * active profile, and record the ranking with the audit rows of what it showed, in one transaction.
 */
@Injectable()
export class MatchingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: RetrievalRepository,
    private readonly candidates: CandidatesRepository,
    private readonly openings: OpeningsRepository,
    private readonly retrieval: TwoStageRetrieval,
    private readonly mentorQuery: MentorQuery,
    private readonly openingQuery: OpeningQuery,
    private readonly shortlistQuery: ShortlistQuery,
    private readonly weightProfiles: WeightProfilesRepository,
    private readonly rankings: RankingsRepository,
    @Inject(EmbeddingProvider) private readonly provider: EmbeddingProvider,
    private readonly referenceData: ReferenceDataCache,
    private readonly taxonomy: TaxonomyCache,
    private readonly audit: AuditService,
    private readonly gate: CandidateGate,
    private readonly organisations: OrganisationsRepository,
  ) {}

  async mentorMatches(actor: Principal, candidateId: string, options: RankOptions): Promise<RankingView> {
    await this.gate.assertSeesRecord(actor, candidateId);
    const query = await this.mentorQuery.build(await this.candidate(candidateId), false, mentorPoolFilter(actor), () => this.mentorPool(actor));
    return this.rank(actor, query, options, () => [candidateMatched(candidateId, 'mentor')]);
  }

  async openingMatches(actor: Principal, candidateId: string, kind: OpeningKind, options: RankOptions): Promise<RankingView> {
    await this.gate.assertSeesRecord(actor, candidateId);
    const query = await this.openingQuery.build(await this.candidate(candidateId), kind, false);
    return this.rank(actor, query, options, () => [candidateMatched(candidateId, kind)]);
  }

  /** Candidates for an opening, anonymised: the employer sees competence, not identity. */
  async shortlist(actor: Principal, openingId: string, options: RankOptions): Promise<RankingView> {
    const opening = await this.openings.findById(openingId);
    if (!opening) throw Problem.notFound('opening', openingId);
    if (actor.role === 'employer' && opening.organisationId !== actor.organisationId) {
      throw problem('opening_other_organisation');
    }
    const query = await this.shortlistQuery.build(opening, false, visibleCandidatesFilter(actor), shortlistOrganisation(actor));
    // Each candidate shown to an employer is a read of their (anonymised) data.
    return this.rank(actor, query, options, (shown) =>
      shown.map((id) => ({ action: 'candidate.shortlist', resourceType: 'candidate', resourceId: id, details: { openingId } })),
    );
  }

  /**
   * The feature values of every record that passes the hard rules for one query (a candidate,
   * or for a shortlist an opening), found by the same two stages as a ranking of `limit`, before
   * any weights: preview, evaluation and suggestion weigh these under other profiles. Writes
   * nothing. Null when the candidate or opening no longer exists.
   */
  async featureRows(matchType: MatchType, subjectId: string, options: FeatureOptions): Promise<FeatureRow[] | null> {
    const historical = options.historical ?? false;
    const rows = async <T extends { id: string }>(query: RankQuery<T>): Promise<FeatureRow[]> =>
      (await this.retrieval.judgeAll(query, options)).passed.map((p) => ({ id: p.item.id, values: featureValues(p.features) }));
    if (matchType === 'shortlist') {
      const opening = await this.openings.findById(subjectId);
      return opening ? rows(await this.shortlistQuery.build(opening, historical)) : null;
    }
    const [candidate] = await this.candidates.findByIds([subjectId]);
    if (!candidate) return null;
    return matchType === 'mentor' ? rows(await this.mentorQuery.build(candidate, historical)) : rows(await this.openingQuery.build(candidate, matchType, historical));
  }

  /**
   * A bounded set of candidates ranked for an opening, or for a broader need given in the shape
   * of one (`embedded: false`: it has no vector, so no semantic signal), by the shortlist's hard
   * rules, features and active weights. Records no ranking and audits nothing: the caller shows
   * the results and audits what it shows.
   */
  async rankCandidates(target: { opening: Opening; embedded: boolean }, candidates: Candidate[], limit: number, lang: Lang): Promise<RankedCandidate[]> {
    if (candidates.length === 0) return [];
    const model = this.provider.info.model;
    const profile = await this.weightProfiles.findActive('shortlist');
    const vector = target.embedded ? (await this.index.vectors('opening', target.opening.id, model)).need : undefined;
    const cosines = { profile: await this.index.cosines('candidate', 'profile', vector, model, candidates.map((c) => c.id)) };
    const opening = withReadCode(target.opening, target.opening.title, await this.taxonomy.occupationResolver());
    const verdicts = await (await this.shortlistQuery.judge(opening))(candidates, cosines);
    const passed = candidates.flatMap((item) => {
      const verdict = verdicts.get(item.id)!;
      return 'features' in verdict ? [{ item, features: verdict.features }] : [];
    });
    return (await this.topWeighed(passed, profile.weights, limit, lang)).map(({ item, ...weighed }) => ({ candidate: item, ...weighed }));
  }

  /** A candidate as the employer organisation sees it in shortlists: the same ref, the same fields. */
  anonymousFor(organisationId: string, candidate: Candidate): Promise<AnonymousCandidate> {
    return this.shortlistQuery.anonymousFor(organisationId, candidate);
  }

  /**
   * Judges a query's records under the active profile, returns the top and records the ranking
   * (profile version and each result's feature values), so it can be shown and reproduced later,
   * in one transaction with the audit rows of what was shown (`audited`, from the ids shown).
   */
  private async rank<T extends { id: string }>(
    actor: Principal,
    query: RankQuery<T>,
    options: RankOptions,
    audited: (shown: string[]) => AuditEvent[],
  ): Promise<RankingView> {
    const profile = await this.weightProfiles.findActive(query.matchType);
    const judged =
      query.exactTop && !options.exhaustive
        ? await this.retrieval.judgeFound(query, await query.exactTop(options.limit, { key: `${profile.id}:${profile.version}`, weights: profile.weights }), {
            limit: options.limit,
            besides: options.explainExcluded,
          })
        : await this.retrieval.judgeAll(query, options);
    const top = await this.topWeighed(judged.passed, profile.weights, options.limit, options.lang);
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await this.rankings.insert(manager, {
        id,
        matchType: query.matchType,
        ...query.subject,
        weightProfileId: profile.id,
        weightProfileVersion: profile.version,
        resultLimit: options.limit,
        keyId: actor.keyId,
        role: actor.role,
        organisationId: actor.organisationId,
        results: top.map((s) => ({ item: query.recordAs(s.item), score: s.score, values: Object.fromEntries(s.components.map((c) => [c.feature, c.value])) })),
      });
      await this.audit.record(manager, actor, ...audited(top.map((s) => s.item.id)));
    });
    return {
      id,
      matchType: query.matchType,
      weightProfile: { id: profile.id, version: profile.version },
      results: top.map((s, i) => ({ rank: i + 1, score: s.score, ...query.present(s.item), components: s.components, reasons: s.reasons })),
      ...(options.explainExcluded
        ? {
            excluded: judged.excluded
              .sort((a, b) => (a.item.id < b.item.id ? -1 : 1))
              .map((e) => ({ ...(query.presentExcluded ?? query.present)(e.item), rule: e.rule, reason: ruleReason(e.rule, options.lang) })),
          }
        : {}),
    };
  }

  /** The best `limit` of those who passed the hard rules, weighed under a profile, each with its reasons: what every ranking shows. */
  private async topWeighed<T extends { id: string }>(
    passed: { item: T; features: Record<string, FeatureResult> }[],
    weights: Record<string, number>,
    limit: number,
    lang: Lang,
  ): Promise<{ item: T; score: number; components: Component[]; reasons: string[] }[]> {
    const titles = await this.referenceData.occupationTitles();
    return passed
      .map((p) => ({ id: p.item.id, item: p.item, ...combine(p.features, weights) }))
      .sort(byScoreThenId)
      .slice(0, limit)
      .map((s) => ({
        item: s.item,
        score: s.score,
        components: s.components,
        reasons: renderReasons(s.components, s.evidence, lang, { occupationTitle: (code) => titles.get(code) }),
      }));
  }

  /** The caller's mentor pool as organisations (mentorPoolFilter's, read now). */
  private async mentorPool(actor: Principal): Promise<MentorPool> {
    const organisation = poolOrganisation(actor);
    if (organisation === null) return 'all';
    return organisation === undefined ? new Set() : new Set([organisation, ...(await this.organisations.openPoolIds())]);
  }

  private async candidate(id: string): Promise<Candidate> {
    const [candidate] = await this.candidates.findByIds([id]);
    if (!candidate) throw Problem.notFound('candidate', id);
    return candidate;
  }
}

/** A ranking for a candidate is a read of their record. */
const candidateMatched = (candidateId: string, matchType: MatchType): AuditEvent => ({
  action: 'candidate.match',
  resourceType: 'candidate',
  resourceId: candidateId,
  details: { matchType },
});
