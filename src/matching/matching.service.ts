import { createHmac, randomUUID } from 'node:crypto';
import { CandidateGate } from '../candidates/candidate-gate';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/principal';
import { Candidate } from '../candidates/entities/candidate.entity';
import { Problem, problem } from '../common/problems';
import { EmbeddingProvider } from '../embeddings/embedding-provider';
import type { EmbeddedField, OwnerType } from '../embeddings/embedding-texts';
import { EmbeddingsRepository } from '../embeddings/embeddings.repository';
import { Mentor } from '../mentors/entities/mentor.entity';
import { MentorshipsRepository } from '../mentorships/mentorships.repository';
import { Opening, OpeningKind } from '../openings/entities/opening.entity';
import { InferredOccupation } from '../taxonomy/occupation-inference';
import { OccupationResolver } from '../taxonomy/occupation-resolver';
import { readOccupations } from '../scoring/features/occupation';
import { RankingsRepository } from '../rankings/rankings.repository';
import { ReferenceDataCache } from '../reference-data/reference-data.cache';
import { TaxonomyCache } from '../taxonomy/taxonomy.cache';
import { WeightProfilesRepository } from '../weight-profiles/weight-profiles.repository';
import { AnonymousCandidate, ExcludedMatch, MatchResult, MentorSummary, OpeningSummary, RankingView } from './dto/match.dto';
import { FeatureResult, semanticFit } from '../scoring/features/feature';
import { distanceFit, kmBetween } from '../scoring/features/geo';
import { norwegianFit, norwegianLevel } from '../scoring/features/norwegian';
import { occupationFit } from '../scoring/features/occupation';
import { employerRecord, termsFit } from '../scoring/features/opening-terms';
import { recognitionFit } from '../scoring/features/recognition';
import { skillCoverage, SkillReader } from '../scoring/features/skills';
import { candidateFacts } from '../scoring/candidate-facts';
import { candidateMentorRule, candidateOpeningRule, HardRule, ruleReason } from '../scoring/hard-rules';
import { mentorFeatures } from '../scoring/mentor-features';
import { MatchingRepository, mentorPoolFilter, NO_FILTER, openingsOfKind, SourceFilter, visibleCandidatesFilter } from './matching.repository';
import type { Lang } from '../common/language';
import { renderReasons } from '../scoring/reasons';
import { byScoreThenId, combine, Component, FeatureRow, featureValues, MatchType } from '../scoring/scoring';

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
   * since filled or closed, a mentor since full or inactive) are left out; the rules about the
   * pair (consent, gender, distance, a required Norwegian level) still apply.
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

type Verdict = { rule: HardRule } | { features: Record<string, FeatureResult> };

interface RankSpec<T extends { id: string }> {
  type: OwnerType;
  /** The query's vectors, each against one field of the ranked records. */
  probes: { field: EmbeddedField; vector?: string }[];
  filter: SourceFilter;
  /** Occupation groups (3-digit STYRK) whose records join the first stage whatever their text. */
  groups: string[];
  load(ids: string[]): Promise<T[]>;
  /** Hard rules first; the features only for who passes them. Cosines per probe field. */
  judge(items: T[], cosines: Partial<Record<EmbeddedField, Map<string, number>>>): Promise<Map<string, Verdict>>;
}

/** One query of one match type: how to find and judge its records, and how to show them. */
interface RankQuery<T extends { id: string }> extends RankSpec<T> {
  matchType: MatchType;
  subject: { candidateId: string; openingId: null } | { candidateId: null; openingId: string };
  present(item: T): Pick<MatchResult, 'mentor' | 'opening' | 'candidate'>;
  presentExcluded?(item: T): Pick<ExcludedMatch, 'mentor' | 'opening' | 'candidate'>;
  /** What the ranking record keeps of a result: its id, or in a shortlist the ref that was shown. */
  recordAs(item: T): string;
}

/** Who passed the hard rules, with their features before any weights, and who did not, by which rule. */
interface Judged<T> {
  passed: { item: T; features: Record<string, FeatureResult> }[];
  excluded: { item: T; rule: HardRule }[];
}

/** The first stage fetches this many per probe, or more when hard rules reject many. */
const POOL = 100;
const MAX_POOL = 3200;

@Injectable()
export class MatchingService implements OnApplicationBootstrap {
  private secret?: Promise<string>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: MatchingRepository,
    private readonly embeddings: EmbeddingsRepository,
    private readonly mentorships: MentorshipsRepository,
    private readonly weightProfiles: WeightProfilesRepository,
    private readonly rankings: RankingsRepository,
    @Inject(EmbeddingProvider) private readonly provider: EmbeddingProvider,
    private readonly referenceData: ReferenceDataCache,
    private readonly taxonomy: TaxonomyCache,
    private readonly audit: AuditService,
    private readonly gate: CandidateGate,
  ) {}

  async mentorMatches(actor: Principal, candidateId: string, options: RankOptions): Promise<RankingView> {
    await this.gate.assertSeesRecord(actor, candidateId);
    const query = await this.mentorQuery(await this.candidate(candidateId), false, mentorPoolFilter(actor));
    const { view } = await this.rank(actor, query, options);
    await this.auditCandidateRead(actor, candidateId, 'mentor');
    return view;
  }

  async openingMatches(actor: Principal, candidateId: string, kind: OpeningKind, options: RankOptions): Promise<RankingView> {
    await this.gate.assertSeesRecord(actor, candidateId);
    const query = await this.openingQuery(await this.candidate(candidateId), kind, false);
    const { view } = await this.rank(actor, query, options);
    await this.auditCandidateRead(actor, candidateId, kind);
    return view;
  }

  /** Candidates for an opening, anonymised: the employer sees competence, not identity. */
  async shortlist(actor: Principal, openingId: string, options: RankOptions): Promise<RankingView> {
    const [opening] = await this.repository.openings([openingId]);
    if (!opening) throw Problem.notFound('opening', openingId);
    if (actor.role === 'employer' && opening.organisationId !== actor.organisationId) {
      throw problem('opening_other_organisation');
    }
    const { view, shown } = await this.rank(actor, await this.shortlistQuery(opening, false, visibleCandidatesFilter(actor)), options);
    // Each candidate shown to an employer is a read of their (anonymised) data.
    await this.audit.record(
      this.dataSource.manager,
      actor,
      ...shown.map((id) => ({ action: 'candidate.shortlist', resourceType: 'candidate', resourceId: id, details: { openingId } })),
    );
    return view;
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
      (await this.judgeAll(query, options)).passed.map((p) => ({ id: p.item.id, values: featureValues(p.features) }));
    if (matchType === 'shortlist') {
      const [opening] = await this.repository.openings([subjectId]);
      return opening ? rows(await this.shortlistQuery(opening, historical)) : null;
    }
    const [candidate] = await this.repository.candidates([subjectId]);
    if (!candidate) return null;
    return matchType === 'mentor' ? rows(await this.mentorQuery(candidate, historical)) : rows(await this.openingQuery(candidate, matchType, historical));
  }

  /** `pool`: the mentors the caller works with; replays for tuning (admins) rank all. */
  private async mentorQuery(candidate: Candidate, historical: boolean, pool: SourceFilter = NO_FILTER): Promise<RankQuery<Mentor>> {
    const vectors = await this.repository.vectors('candidate', candidate.id, this.provider.info.model);
    const facts = candidateFacts(candidate);
    const points = await this.referenceData.municipalityPoints();
    const inferred = await this.inferOccupations(candidate);
    const resolver = await this.taxonomy.occupationResolver();
    return {
      matchType: 'mentor',
      subject: { candidateId: candidate.id, openingId: null },
      type: 'mentor',
      probes: [
        { field: 'interests', vector: vectors.interests },
        { field: 'profile', vector: vectors.profile },
      ],
      filter: pool,
      groups: occupationGroups(candidate, inferred),
      load: (ids) => this.repository.mentors(ids),
      judge: async (mentors, cosines) => {
        const taken = await this.mentorships.takenPlaces(mentors.map((m) => m.id));
        return new Map<string, Verdict>(
          mentors.map((m) => {
            const distance = kmBetween(points, candidate.municipalityCode, m.municipalityCode);
            const places = taken.get(m.id) ?? 0;
            const rule = candidateMentorRule(facts, historical ? { ...m, active: true, taken: 0 } : { ...m, taken: places }, distance);
            if (rule) return [m.id, { rule }];
            const cosine = { interests: cosines.interests?.get(m.id) ?? null, profile: cosines.profile?.get(m.id) ?? null };
            return [m.id, { features: mentorFeatures(candidate, withReadCode(m, m.occupationTitle, resolver), cosine, distance, places, inferred) }];
          }),
        );
      },
      present: (m) => ({ mentor: mentorSummary(m) }),
      recordAs: (m) => m.id,
    };
  }

  private async openingQuery(candidate: Candidate, kind: OpeningKind, historical: boolean): Promise<RankQuery<Opening>> {
    const vectors = await this.repository.vectors('candidate', candidate.id, this.provider.info.model);
    const facts = candidateFacts(candidate);
    const points = await this.referenceData.municipalityPoints();
    const inferred = await this.inferOccupations(candidate);
    const read = await this.skillReader();
    const resolver = await this.taxonomy.occupationResolver();
    return {
      matchType: kind,
      subject: { candidateId: candidate.id, openingId: null },
      type: 'opening',
      probes: [{ field: 'need', vector: vectors.profile }],
      filter: openingsOfKind(kind),
      groups: occupationGroups(candidate, inferred),
      load: (ids) => this.repository.openings(ids),
      judge: async (openings, cosines) => {
        const records = await this.repository.employerRecords([...new Set(openings.map((o) => o.organisationId))]);
        return new Map<string, Verdict>(
          openings.map((o) => {
            const distance = kmBetween(points, candidate.municipalityCode, o.municipalityCode);
            const rule = candidateOpeningRule(facts, historical ? { ...o, status: 'open' } : o, distance, false);
            if (rule) return [o.id, { rule }];
            const record = records.get(o.organisationId) ?? { praksis: 0, hired: 0 };
            return [
              o.id,
              {
                features: {
                  ...fitForOpening(candidate, withReadCode(o, o.title, resolver), cosines.need?.get(o.id) ?? null, distance, inferred, read),
                  employer_record: employerRecord(record.praksis, record.hired),
                  terms: termsFit(o.permanent, o.wageSubsidy),
                },
              },
            ];
          }),
        );
      },
      present: (o) => ({ opening: openingSummary(o) }),
      recordAs: (o) => o.id,
    };
  }

  private async shortlistQuery(opening: Opening, historical: boolean, scope: SourceFilter = NO_FILTER): Promise<RankQuery<Candidate>> {
    const vectors = await this.repository.vectors('opening', opening.id, this.provider.info.model);
    const secret = await this.pseudonymSecret();
    const ref = (c: Candidate) => employerRef(secret, opening.organisationId, c.id);
    // An opening with only a title is judged as the occupation its title reads as.
    const asJudged = withReadCode(historical ? { ...opening, status: 'open' as const } : opening, opening.title, await this.taxonomy.occupationResolver());
    return {
      matchType: 'shortlist',
      subject: { candidateId: null, openingId: opening.id },
      type: 'candidate',
      probes: [{ field: 'profile', vector: vectors.need }],
      filter: scope,
      groups: asJudged.occupationCode ? [asJudged.occupationCode.slice(0, 3)] : [],
      load: (ids) => this.repository.candidates(ids),
      judge: await this.candidateJudge(asJudged),
      present: (c) => ({ candidate: anonymous(c, ref(c)) }),
      // Who was left out is named by reference only: some of them did not consent to be shown.
      presentExcluded: (c) => ({ candidate: { ref: ref(c) } }),
      // The record keeps what the employer saw: the ref, never the candidate's id.
      recordAs: (c) => ref(c),
    };
  }

  /** The shortlist's hard rules and features of candidates for one opening (or a need shaped like one). */
  private async candidateJudge(opening: Opening): Promise<RankSpec<Candidate>['judge']> {
    const points = await this.referenceData.municipalityPoints();
    return async (candidates, cosines) => {
      const inference = await this.taxonomy.occupationInference();
      const read = await this.skillReader();
      return new Map<string, Verdict>(
        candidates.map((c) => {
          const distance = kmBetween(points, c.municipalityCode, opening.municipalityCode);
          const rule = candidateOpeningRule(candidateFacts(c), opening, distance, true);
          if (rule) return [c.id, { rule }];
          const inferred = inference.infer(c.skills.map((s) => s.label));
          return [c.id, { features: fitForOpening(c, opening, cosines.profile?.get(c.id) ?? null, distance, inferred, read) }];
        }),
      );
    };
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
    const vector = target.embedded ? (await this.repository.vectors('opening', target.opening.id, model)).need : undefined;
    const cosines = { profile: await this.repository.cosines('candidate', 'profile', vector, model, candidates.map((c) => c.id)) };
    const opening = withReadCode(target.opening, target.opening.title, await this.taxonomy.occupationResolver());
    const verdicts = await (await this.candidateJudge(opening))(candidates, cosines);
    const passed = candidates.flatMap((item) => {
      const verdict = verdicts.get(item.id)!;
      return 'features' in verdict ? [{ item, features: verdict.features }] : [];
    });
    return (await this.topWeighed(passed, profile.weights, limit, lang)).map(({ item, ...weighed }) => ({ candidate: item, ...weighed }));
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

  /** A candidate as the employer organisation sees it in shortlists: the same ref, the same fields. */
  async anonymousFor(organisationId: string, candidate: Candidate): Promise<AnonymousCandidate> {
    return anonymous(candidate, employerRef(await this.pseudonymSecret(), organisationId, candidate.id));
  }

  /**
   * Judges a query's records under the active profile, returns the top and records the ranking
   * (profile version and each result's feature values), so it can be shown and reproduced later.
   */
  private async rank<T extends { id: string }>(actor: Principal, query: RankQuery<T>, options: RankOptions): Promise<{ view: RankingView; shown: string[] }> {
    const profile = await this.weightProfiles.findActive(query.matchType);
    const judged = await this.judgeAll(query, options);
    const top = await this.topWeighed(judged.passed, profile.weights, options.limit, options.lang);
    const id = randomUUID();
    await this.rankings.insert({
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
    const view: RankingView = {
      id,
      matchType: query.matchType,
      weightProfile: { id: profile.id, version: profile.version },
      results: top.map((s, i) => ({
        rank: i + 1,
        score: s.score,
        ...query.present(s.item),
        components: s.components,
        reasons: s.reasons,
      })),
      ...(options.explainExcluded
        ? {
            excluded: judged.excluded
              .sort((a, b) => (a.item.id < b.item.id ? -1 : 1))
              .map((e) => ({ ...(query.presentExcluded ?? query.present)(e.item), rule: e.rule, reason: ruleReason(e.rule, options.lang) })),
          }
        : {}),
    };
    return { view, shown: top.map((s) => s.item.id) };
  }

  /**
   * Two stages: the index's nearest under the filter, and the records in the query's occupation
   * groups, then the hard rules and exact features. A record saved a moment ago and not yet
   * embedded is found by its occupation group until its vector is written (milliseconds to
   * seconds later). Nothing here depends on the weights, so its result can be weighed under any profile.
   */
  private async judgeAll<T extends { id: string }>(spec: RankSpec<T>, options: { limit: number; exhaustive?: boolean }): Promise<Judged<T>> {
    const model = this.provider.info.model;
    let pool = Math.max(POOL, options.limit * 20);
    for (;;) {
      const { ids, known } = options.exhaustive ? { ids: await this.repository.all(spec.type, spec.filter), known: {} } : await this.retrieve(spec, model, pool);
      const items = await spec.load(ids);
      // The index already gave the cosines of what it found; only the rest are asked for.
      const cosines: Partial<Record<EmbeddedField, Map<string, number>>> = {};
      for (const probe of spec.probes) {
        const found = known[probe.field] ?? new Map<string, number>();
        const rest = await this.repository.cosines(spec.type, probe.field, probe.vector, model, ids.filter((id) => !found.has(id)));
        cosines[probe.field] = new Map([...found, ...rest]);
      }
      const verdicts = await spec.judge(items, cosines);
      const passed = [...verdicts.values()].filter((v) => 'features' in v).length;
      // Hard rules rejected so many that the pool may hide better matches: look further.
      if (options.exhaustive || passed >= options.limit || ids.length < pool || pool >= MAX_POOL) {
        const judged: Judged<T> = { passed: [], excluded: [] };
        for (const item of items) {
          const verdict = verdicts.get(item.id)!;
          if ('rule' in verdict) judged.excluded.push({ item, rule: verdict.rule });
          else judged.passed.push({ item, features: verdict.features });
        }
        return judged;
      }
      pool *= 4;
    }
  }

  /** The first stage's ids, and per probe field the cosines the index found them by. */
  private async retrieve<T extends { id: string }>(
    spec: RankSpec<T>,
    model: string,
    pool: number,
  ): Promise<{ ids: string[]; known: Partial<Record<EmbeddedField, Map<string, number>>> }> {
    // A query without any vector yet (just saved, or empty text) has no semantic signal: rank on the explicit features.
    if (spec.probes.every((p) => !p.vector) && spec.groups.length === 0) return { ids: await this.repository.all(spec.type, spec.filter, MAX_POOL), known: {} };
    const ids = new Set(await this.repository.inOccupationGroups(spec.type, spec.groups, spec.filter, pool));
    const known: Partial<Record<EmbeddedField, Map<string, number>>> = {};
    for (const probe of spec.probes) {
      if (!probe.vector) continue;
      const nearest = await this.embeddings.nearest(spec.type, probe.field, probe.vector, model, { filter: spec.filter, limit: pool });
      known[probe.field] = new Map(nearest.map((n) => [n.ownerId, n.cosine]));
      for (const n of nearest) ids.add(n.ownerId);
    }
    return { ids: [...ids], known };
  }

  /** Read at start, so a plain or previous-key pseudonym secret is re-encrypted then and a lost key stops the start. */
  async onApplicationBootstrap(): Promise<void> {
    await this.pseudonymSecret();
  }

  /** The secret behind employers' pseudonymous refs never changes while the service runs. */
  private pseudonymSecret(): Promise<string> {
    this.secret ??= this.repository.pseudonymSecret();
    return this.secret;
  }

  private async skillReader(): Promise<SkillReader> {
    const skills = await this.taxonomy.skillTaxonomy();
    return (label) => skills.resolve(label);
  }

  private async inferOccupations(candidate: Candidate): Promise<InferredOccupation[]> {
    return (await this.taxonomy.occupationInference()).infer(candidate.skills.map((s) => s.label));
  }

  private async candidate(id: string): Promise<Candidate> {
    const [candidate] = await this.repository.candidates([id]);
    if (!candidate) throw Problem.notFound('candidate', id);
    return candidate;
  }

  private async auditCandidateRead(actor: Principal, candidateId: string, matchType: MatchType): Promise<void> {
    await this.audit.record(this.dataSource.manager, actor, {
      action: 'candidate.match',
      resourceType: 'candidate',
      resourceId: candidateId,
      details: { matchType },
    });
  }
}


/** A stable pseudonym per employer organisation and candidate: reveals nothing by itself, and differs between employers. */
const employerRef = (secret: string, organisationId: string, candidateId: string): string =>
  'K-' + createHmac('sha256', secret).update(`${organisationId}:${candidateId}`).digest('hex').slice(0, 10).toUpperCase();

/** The 3-digit STYRK groups of what the candidate has done (coded or read from typed titles), wants, or whose skills point to. */
function occupationGroups(c: Candidate, inferred: InferredOccupation[]): string[] {
  const codes = [
    ...c.experience.map((e) => e.occupationCode).filter((code): code is string => Boolean(code)),
    ...c.desiredOccupations,
    ...readOccupations(c.resolvedOccupations).map((r) => r.code),
    ...inferred.map((i) => i.code),
  ];
  return [...new Set(codes.map((code) => code.slice(0, 3)))];
}

/**
 * A record with only a title (an opening an employer typed, a mentor's occupation without a code)
 * judged as the occupation the title reads as, at or above the confidence floor; shown as it is.
 */
function withReadCode<T extends { occupationCode: string | null }>(record: T, title: string | null | undefined, resolver: OccupationResolver): T {
  if (record.occupationCode || !title) return record;
  const reading = resolver.best(title);
  return reading ? { ...record, occupationCode: reading.code } : record;
}

/** The features a candidate and an opening share, seen from either side. */
function fitForOpening(
  c: Candidate,
  o: Opening,
  cosine: number | null,
  km: number | null,
  inferred: InferredOccupation[],
  read: SkillReader,
): Record<string, FeatureResult> {
  return {
    semantic: semanticFit(cosine),
    skills_must: skillCoverage(o.requiredSkills.filter((s) => s.mustHave), c.skills, read),
    skills_nice: skillCoverage(o.requiredSkills.filter((s) => !s.mustHave), c.skills, read),
    occupation: occupationFit(c.experience, c.desiredOccupations, o.occupationCode, inferred, readOccupations(c.resolvedOccupations)),
    norwegian: norwegianFit(c.languages, o.minNorwegianLevel),
    distance: distanceFit(km, c.preferences.maxTravelKm),
    recognition: recognitionFit(c.education, o.occupationCode),
  };
}

const mentorSummary = (m: Mentor): MentorSummary => ({
  id: m.id,
  fullName: m.fullName,
  mentorType: m.mentorType,
  occupation: { title: m.occupationTitle, code: m.occupationCode },
  municipalityCode: m.municipalityCode,
});

const openingSummary = (o: Opening): OpeningSummary => ({
  id: o.id,
  organisationId: o.organisationId,
  kind: o.kind,
  title: o.title,
  occupationCode: o.occupationCode,
  municipalityCode: o.municipalityCode,
  status: o.status,
});

function anonymous(c: Candidate, ref: string): AnonymousCandidate {
  return {
    ref,
    skills: c.skills.map((s) => ({ label: s.label, evidence: s.evidence })),
    experience: c.experience.map((e) => ({ title: e.title, years: e.years, occupationCode: e.occupationCode ?? null })),
    education: c.education.map((e) => ({ level: e.level, field: e.field, recognition: e.recognition })),
    norwegianLevel: norwegianLevel(c.languages),
    municipalityCode: c.municipalityCode,
  };
}
