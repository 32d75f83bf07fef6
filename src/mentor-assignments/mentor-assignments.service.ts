import { Inject, Injectable } from '@nestjs/common';
import { mentorPoolFilter } from '../mentors/mentor-pool';
import { MentorsRepository } from '../mentors/mentors.repository';
import { CandidatesRepository } from '../candidates/candidates.repository';
import { CandidateGate } from '../candidates/candidate-gate';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import type { Principal } from '../common/principal';
import { Candidate } from '../candidates/entities/candidate.entity';
import { RESOURCES } from '../common/error-catalogue';
import type { Lang } from '../common/language';
import { FieldError, fieldError, invalid, messageText, Problem, problem, Resource } from '../common/problems';
import { EmbeddingProvider } from '../embeddings/embedding-provider';
import { candidateFacts } from '../scoring/candidate-facts';
import { kmBetween } from '../scoring/features/geo';
import { candidateMentorRule, HardRule, ruleReason } from '../scoring/hard-rules';
import { mentorFeatures } from '../scoring/mentor-features';
import { renderReasons } from '../scoring/reasons';
import { combine } from '../scoring/scoring';
import { RetrievalRepository } from '../embeddings/retrieval.repository';
import { Mentor } from '../mentors/entities/mentor.entity';
import { MentorshipView } from '../mentorships/dto/mentorship.dto';
import { MentorshipsRepository } from '../mentorships/mentorships.repository';
import { MentorshipsService, Proposal } from '../mentorships/mentorships.service';
import { ReferenceDataCache } from '../reference-data/reference-data.cache';
import { TaxonomyCache } from '../taxonomy/taxonomy.cache';
import { WeightProfilesRepository } from '../weight-profiles/weight-profiles.repository';
import { ConfirmMentorAssignmentDto, CreateMentorAssignmentDto, MentorAssignmentView, PairDto } from './dto/mentor-assignment.dto';
import { LostPair, MentorAssignment, PairAlternative, PlannedPair, UnassignedCandidate, UnassignedReason } from './entities/mentor-assignment.entity';
import { AssignmentEdge, maxWeightAssignment } from './max-weight-assignment';
import { CohortScorer, MentorOption } from './cohort-scorer';
import { dot } from '../scoring/vectors';
import { MentorAssignmentsRepository } from './mentor-assignments.repository';

/** Each candidate's best mentors that enter the assignment graph. */
const TOP_N = 10;
/** Mentors a pair offers to swap to. */
const ALTERNATIVES = 5;

const pairKey = (p: { candidateId: string; mentorId: string }) => `${p.candidateId}:${p.mentorId}`;

/** Why a candidate is left without a mentor, in each language. */
const UNASSIGNED_WORDS: Record<UnassignedReason, [string, string]> = {
  already_in_mentorship: ['Har allerede et foreslått eller aktivt mentorskap', 'Has a proposed or active mentorship already'],
  no_consent_matching: [ruleReason('no_consent_matching', 'nb'), ruleReason('no_consent_matching', 'en')],
  no_eligible_mentor: ['Ingen mentor oppfyller kravene for denne kandidaten', 'No mentor passes the hard rules for this candidate'],
  mentors_taken: [
    'Plassene hos mentorene som passer, gikk til par som gir høyere samlet poengsum',
    "The fitting mentors' places went to pairs that score higher in total",
  ],
  mentors_removed: ['Alle mentorer som passer, er fjernet fra forslaget', 'Every mentor who fits was removed from the plan'],
};

function unassignedDetail(u: UnassignedCandidate, lang: Lang): string {
  const words = UNASSIGNED_WORDS[u.reason][lang === 'nb' ? 0 : 1];
  if (u.reason !== 'no_eligible_mentor') return words;
  if (!u.rules?.length) return lang === 'nb' ? 'Ingen mentorer å velge blant' : 'No mentors to draw on';
  return `${words}: ${u.rules.map((r) => ruleReason(r.rule, lang).toLowerCase()).join('; ')}`;
}

@Injectable()
export class MentorAssignmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly retrieval: RetrievalRepository,
    private readonly weightProfiles: WeightProfilesRepository,
    @Inject(EmbeddingProvider) private readonly provider: EmbeddingProvider,
    private readonly referenceData: ReferenceDataCache,
    private readonly taxonomy: TaxonomyCache,
    private readonly mentorships: MentorshipsService,
    private readonly mentorshipsRepository: MentorshipsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly gate: CandidateGate,
    private readonly candidates: CandidatesRepository,
    private readonly mentorRecords: MentorsRepository,
    private readonly repository: MentorAssignmentsRepository,
  ) {}

  /**
   * Assigns a whole cohort at once: each candidate's top mentors under the hard rules and the
   * active mentor weights, then the assignment with the highest total score within every
   * mentor's free places. Fixed pairs are kept and take their places first; excluded pairs never
   * enter the graph. Writes only the plan.
   */
  async plan(actor: Principal, dto: CreateMentorAssignmentDto, lang: Lang = 'nb'): Promise<MentorAssignmentView> {
    const profile = await this.weightProfiles.findActive('mentor');
    // Candidates the caller may not see are as unknown as ids that do not exist.
    const candidates = await this.loadAll(dto.candidateIds, async (ids) => {
      const visible = await this.gate.visibleAmong(actor, ids);
      return (await this.candidates.findByIds(ids)).filter((c) => visible.has(c.id));
    }, 'candidateIds', 'candidate');
    const fixedPairs = dto.fixedPairs ?? [];
    this.checkFixedShape(dto.candidateIds, fixedPairs);
    // The coordinator's mentor pool (its own and the open ones); others' mentors are as unknown.
    const pool = mentorPoolFilter(actor);
    const inPool = async (ids: string[]) => {
      const allowed = await this.mentorRecords.inPoolAmong(ids, pool);
      return (await this.mentorRecords.findByIds(ids)).filter((m) => allowed.has(m.id));
    };
    const mentors = dto.mentorIds ? await this.loadAll(dto.mentorIds, inPool, 'mentorIds', 'mentor') : await this.mentorRecords.withFreePlaces(pool);
    // A fixed pair's mentor is drawn on even when it is not among those with free places (its rule then says why not).
    const missing = [...new Set(fixedPairs.map((p) => p.mentorId))].filter((id) => !mentors.some((m) => m.id === id));
    if (missing.length > 0) {
      const found = new Map((await inPool(missing)).map((m) => [m.id, m]));
      const errors = fixedPairs.flatMap((p, i) =>
        missing.includes(p.mentorId) && (dto.mentorIds || !found.has(p.mentorId))
          ? [fieldError(`fixedPairs.${i}.mentorId`, 'unknown_record', { resource: RESOURCES.mentor, value: p.mentorId })]
          : [],
      );
      if (errors.length > 0) throw invalid(errors);
      mentors.push(...found.values());
    }
    const ids = candidates.map((c) => c.id);
    const model = this.provider.info.model;
    const [taken, candidateVectors, mentorVectors, inMentorship, points, inference, titles] = await Promise.all([
      this.mentorshipsRepository.takenPlaces(mentors.map((m) => m.id)),
      this.retrieval.vectorsOf('candidate', ids, model),
      this.retrieval.vectorsOf('mentor', mentors.map((m) => m.id), model),
      this.mentorshipsRepository.inMentorship(ids),
      this.referenceData.municipalityPoints(),
      this.taxonomy.occupationInference(),
      this.referenceData.occupationTitles(),
    ]);

    // A mentor whose occupation has only a title is scored as the occupation it reads as, as the ranking does.
    const resolver = await this.taxonomy.occupationResolver();
    const asScored = mentors.map((m) => (m.occupationCode ? m : { ...m, occupationCode: resolver.best(m.occupationTitle)?.code ?? null }));
    const scorer = new CohortScorer(asScored, taken, profile.weights, points, mentorVectors);
    const mentorIndex = new Map(mentors.map((m, mi) => [m.id, mi]));
    const candidateIndex = new Map(candidates.map((c, ci) => [c.id, ci]));
    const inferredOf = candidates.map((c) => inference.infer(c.skills.map((s) => s.label)));
    const km = (ci: number, mi: number) => kmBetween(points, candidates[ci].municipalityCode, mentors[mi].municipalityCode);

    /** A pair scored and explained as a mentor ranking scores and explains it. */
    const explain = (ci: number, mi: number) => {
      const mine = candidateVectors.get(candidates[ci].id) ?? {};
      const theirs = mentorVectors.get(mentors[mi].id) ?? {};
      const features = mentorFeatures(
        candidates[ci],
        asScored[mi],
        { interests: dot(mine.interests, theirs.interests), profile: dot(mine.profile, theirs.profile) },
        km(ci, mi),
        taken.get(mentors[mi].id) ?? 0,
        inferredOf[ci],
      );
      const scored = combine(features, profile.weights);
      const ctx = { occupationTitle: (code: string) => titles.get(code) };
      return { score: scored.score, reasons: { nb: renderReasons(scored.components, scored.evidence, 'nb', ctx), en: renderReasons(scored.components, scored.evidence, 'en', ctx) } };
    };

    // Fixed pairs first: each must pass the hard rules with the places the earlier ones took.
    const places = mentors.map((m) => Math.max(0, m.capacity - (taken.get(m.id) ?? 0)));
    const fixedOf = new Map<number, PlannedPair>();
    const fixedErrors: FieldError[] = [];
    fixedPairs.forEach((p, i) => {
      const ci = candidateIndex.get(p.candidateId)!;
      const mi = mentorIndex.get(p.mentorId)!;
      const m = mentors[mi];
      const rule: HardRule | null = inMentorship.has(p.candidateId)
        ? 'already_mentor'
        : candidateMentorRule(candidateFacts(candidates[ci]), { ...m, taken: m.capacity - places[mi] }, km(ci, mi));
      if (rule) {
        fixedErrors.push(fieldError(`fixedPairs.${i}`, 'fixed_pair_not_allowed', { reason: { nb: ruleReason(rule, 'nb'), en: ruleReason(rule, 'en') } }));
        return;
      }
      places[mi]--;
      fixedOf.set(ci, { candidateId: p.candidateId, mentorId: p.mentorId, fixed: true, ...explain(ci, mi) });
    });
    if (fixedErrors.length > 0) throw invalid(fixedErrors);

    const excluded = new Set((dto.excludedPairs ?? []).map(pairKey));
    const excludedCount = new Map<string, number>();
    for (const p of dto.excludedPairs ?? []) excludedCount.set(p.candidateId, (excludedCount.get(p.candidateId) ?? 0) + 1);

    const edges: AssignmentEdge[] = [];
    const unassigned: UnassignedCandidate[] = [];
    /** Per candidate, its best mentors (those that enter the graph), by index. */
    const optionsOf: MentorOption[][] = [];
    candidates.forEach((candidate, ci) => {
      if (fixedOf.has(ci)) return;
      if (inMentorship.has(candidate.id)) {
        unassigned.push({ candidateId: candidate.id, reason: 'already_in_mentorship', detail: UNASSIGNED_WORDS.already_in_mentorship[1] });
        return;
      }
      if (!candidate.consent.matching) {
        unassigned.push({ candidateId: candidate.id, reason: 'no_consent_matching', detail: ruleReason('no_consent_matching', 'en') });
        return;
      }
      // Removed pairs are dropped after the top is found, so as many more are asked for.
      const n = TOP_N + (excludedCount.get(candidate.id) ?? 0);
      const { options: top, rules } = scorer.topMentors(candidate, candidateVectors.get(candidate.id) ?? {}, inferredOf[ci], n);
      const options = top.filter((o) => !excluded.has(pairKey({ candidateId: candidate.id, mentorId: mentors[o.mentor].id }))).slice(0, TOP_N);
      if (options.length === 0) {
        const u: UnassignedCandidate =
          top.length > 0
            ? { candidateId: candidate.id, reason: 'mentors_removed', detail: '' }
            : { candidateId: candidate.id, reason: 'no_eligible_mentor', detail: '', rules: [...rules.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([rule, n]) => ({ rule, mentors: n })) };
        unassigned.push({ ...u, detail: unassignedDetail(u, 'en') });
        return;
      }
      optionsOf[ci] = options;
      for (const o of options) edges.push({ candidate: ci, mentor: o.mentor, score: o.score });
    });

    const assigned = maxWeightAssignment(candidates.length, places, edges);
    const alternativesOf = (ci: number, except: number): PairAlternative[] =>
      (optionsOf[ci] ?? []).filter((o) => o.mentor !== except).slice(0, ALTERNATIVES).map((o) => ({ mentorId: mentors[o.mentor].id, score: o.score }));
    const assignments: PlannedPair[] = [];
    assigned.forEach((mi, ci) => {
      const fixed = fixedOf.get(ci);
      if (fixed) assignments.push(fixed);
      else if (mi >= 0) {
        // The score is the planner's (what it maximised); the reasons are the ranking's for the pair.
        const score = optionsOf[ci].find((o) => o.mentor === mi)!.score;
        assignments.push({ candidateId: candidates[ci].id, mentorId: mentors[mi].id, score, reasons: explain(ci, mi).reasons, alternatives: alternativesOf(ci, mi) });
      } else if (optionsOf[ci]) {
        unassigned.push({ candidateId: candidates[ci].id, reason: 'mentors_taken', detail: UNASSIGNED_WORDS.mentors_taken[1], alternatives: alternativesOf(ci, -1) });
      }
    });
    const total = assignments.reduce((sum, a) => sum + a.score, 0);

    const saved = await this.dataSource.transaction(async (manager) => {
      const row = await this.repository.insert(manager, {
        status: 'proposed',
        weightProfileId: profile.id,
        plan: { assignments, unassigned },
        total,
        createdByKeyId: actor.keyId,
      });
      await this.audit.record(manager, actor, {
        action: 'mentor_assignment.create',
        resourceType: 'mentor_assignment',
        resourceId: row.id,
        details: { candidates: candidates.length, mentors: mentors.length, assigned: assignments.length, fixed: fixedPairs.length, excluded: excluded.size },
      });
      return row;
    });
    return this.view(actor, saved, profile.version, lang);
  }

  /** A plan is shown only to someone who may see every candidate in it; to anyone else it does not exist. */
  async get(actor: Principal, id: string, lang: Lang = 'nb'): Promise<MentorAssignmentView> {
    const row = await this.repository.findById(id);
    if (!row || !(await this.seesAll(actor, row))) throw Problem.notFound('mentorAssignment', id);
    return this.view(actor, row, await this.profileVersion(row.weightProfileId), lang);
  }

  /**
   * Creates the chosen pairs of the plan (all by default) in one transaction. A pair that lost its
   * place meanwhile (the mentor is full, the candidate got a mentor, a hard rule now excludes it)
   * is reported with the reason; the rest are created. A plan is confirmed once: the plan row is
   * locked, so a second or concurrent confirmation waits and then finds it confirmed.
   */
  async confirm(actor: Principal, id: string, dto: ConfirmMentorAssignmentDto = {}, lang: Lang = 'nb'): Promise<MentorAssignmentView> {
    // Who may see it is read before the transaction: the embedded database has one connection.
    const seen = await this.repository.findById(id);
    if (!seen || !(await this.seesAll(actor, seen))) throw Problem.notFound('mentorAssignment', id);
    const { row, created } = await this.dataSource.transaction(async (manager) => {
      const row = await this.repository.lockById(manager, id);
      if (!row) throw Problem.notFound('mentorAssignment', id);
      if (row.status === 'confirmed') throw problem('assignment_confirmed');
      const chosen = this.chosenPairs(row, dto.pairs);
      const created: Proposal[] = [];
      const lost: LostPair[] = [];
      // Candidates, then mentors, are locked in id order, so two confirmations cannot deadlock each other.
      await this.candidates.lockByIds(manager, [...new Set(chosen.map((p) => p.candidateId))].sort());
      const pairs = [...chosen].sort((a, b) => a.mentorId.localeCompare(b.mentorId) || a.candidateId.localeCompare(b.candidateId));
      for (const pair of pairs) {
        if ((await this.mentorshipsRepository.inMentorship([pair.candidateId], manager)).size > 0) {
          const why = UNASSIGNED_WORDS.already_in_mentorship;
          lost.push({ ...pair, code: 'already_in_mentorship', reason: { nb: why[0], en: why[1] } });
          continue;
        }
        try {
          created.push(await this.mentorships.proposeWithLink(manager, actor, pair.candidateId, pair.mentorId));
        } catch (error) {
          if (!(error instanceof Problem)) throw error;
          const why = messageText(error.code, error.params);
          const rule = (error.extensions as { rule?: string } | undefined)?.rule;
          lost.push({ ...pair, code: rule ?? error.code, reason: { nb: why.nb, en: why.en } });
        }
      }
      row.status = 'confirmed';
      row.confirmedAt = this.clock.now();
      row.plan = { ...row.plan, confirmed: { created: created.map((p) => p.mentorship.id), lost } };
      await this.repository.save(manager, row);
      await this.audit.record(manager, actor, {
        action: 'mentor_assignment.confirm',
        resourceType: 'mentor_assignment',
        resourceId: id,
        details: { asked: chosen.length, created: created.length, lost: lost.length },
      });
      return { row, created };
    });
    // Each mentor gets the same e-mail with an answer link as for a single proposal.
    for (const proposal of created) await this.mentorships.mailMentor(proposal);
    return {
      ...(await this.view(actor, row, await this.profileVersion(row.weightProfileId), lang)),
      mentorships: created.map((p) => MentorshipView.of(p.mentorship)),
    };
  }

  /** The pairs asked for, each of them in the plan; all of the plan's pairs when none are named. */
  private chosenPairs(row: MentorAssignment, asked: PairDto[] | undefined): { candidateId: string; mentorId: string }[] {
    const planned = row.plan.assignments.map((p) => ({ candidateId: p.candidateId, mentorId: p.mentorId }));
    if (!asked) return planned;
    const inPlan = new Set(planned.map(pairKey));
    const seen = new Set<string>();
    const errors: FieldError[] = asked.flatMap((p, i): FieldError[] => {
      const key = pairKey(p);
      if (seen.has(key)) return [fieldError('pairs', 'duplicate_items')];
      seen.add(key);
      return inPlan.has(key) ? [] : [fieldError(`pairs.${i}`, 'pair_not_in_plan')];
    });
    if (errors.length > 0) throw invalid(errors);
    return asked.map((p) => ({ candidateId: p.candidateId, mentorId: p.mentorId }));
  }

  /** Each fixed pair names a candidate of the cohort, each candidate at most once. */
  private checkFixedShape(cohort: string[], fixed: PairDto[]): void {
    const inCohort = new Set(cohort);
    const seen = new Set<string>();
    const errors: FieldError[] = fixed.flatMap((p, i): FieldError[] => {
      if (!inCohort.has(p.candidateId)) return [fieldError(`fixedPairs.${i}.candidateId`, 'pair_outside_cohort')];
      if (seen.has(p.candidateId)) return [fieldError('fixedPairs', 'duplicate_items')];
      seen.add(p.candidateId);
      return [];
    });
    if (errors.length > 0) throw invalid(errors);
  }

  private async seesAll(actor: Principal, row: MentorAssignment): Promise<boolean> {
    const ids = [...new Set([...row.plan.assignments, ...row.plan.unassigned].map((p) => p.candidateId))];
    return (await this.gate.visibleAmong(actor, ids)).size === ids.length;
  }

  private async loadAll<T extends Candidate | Mentor>(ids: string[], load: (ids: string[]) => Promise<T[]>, field: string, resource: Resource): Promise<T[]> {
    const byId = new Map((await load(ids)).map((r) => [r.id, r]));
    const errors: FieldError[] = ids.flatMap((id, i) =>
      byId.has(id) ? [] : [fieldError(`${field}.${i}`, 'unknown_record', { resource: RESOURCES[resource], value: id })],
    );
    if (errors.length > 0) throw invalid(errors);
    return ids.map((id) => byId.get(id)!);
  }

  private async profileVersion(id: string): Promise<number> {
    return (await this.weightProfiles.findById(id))!.version;
  }

  /** The plan with names (read now: a plan holds only candidates its reader may see) and texts in the reader's language. */
  private async view(actor: Principal, row: MentorAssignment, version: number, lang: Lang): Promise<MentorAssignmentView> {
    const { assignments, unassigned, confirmed } = row.plan;
    const lost = confirmed?.lost ?? [];
    const alternatives = [...assignments, ...unassigned].flatMap((p) => p.alternatives ?? []);
    const candidateIds = [...new Set([...assignments, ...unassigned, ...lost].map((p) => p.candidateId))];
    const mentorIds = [...new Set([...assignments, ...lost, ...alternatives].map((p) => p.mentorId))];
    const [visible, candidates, mentors] = await Promise.all([
      this.gate.visibleAmong(actor, candidateIds),
      this.candidates.findByIds(candidateIds),
      this.mentorRecords.findByIds(mentorIds),
    ]);
    const candidateName = new Map(candidates.filter((c) => visible.has(c.id)).map((c) => [c.id, c.fullName]));
    const mentorName = new Map(mentors.map((m) => [m.id, m.fullName]));
    const named = (alts: PairAlternative[] | undefined) => (alts ?? []).map((a) => ({ ...a, mentorName: mentorName.get(a.mentorId) ?? '' }));
    return {
      id: row.id,
      status: row.status,
      weightProfile: { id: row.weightProfileId, version },
      assignments: assignments.map((p) => ({
        candidateId: p.candidateId,
        candidateName: candidateName.get(p.candidateId) ?? '',
        mentorId: p.mentorId,
        mentorName: mentorName.get(p.mentorId) ?? '',
        score: p.score,
        fixed: p.fixed ?? false,
        reasons: p.reasons?.[lang] ?? [],
        alternatives: named(p.alternatives),
      })),
      unassigned: unassigned.map((u) => ({
        candidateId: u.candidateId,
        candidateName: candidateName.get(u.candidateId) ?? '',
        reason: u.reason,
        detail: unassignedDetail(u, lang),
        rules: (u.rules ?? []).map((r) => ({ ...r, reason: ruleReason(r.rule, lang) })),
        alternatives: named(u.alternatives),
      })),
      total: row.total,
      createdAt: row.createdAt,
      ...(confirmed
        ? {
            confirmation: {
              created: confirmed.created,
              lost: lost.map((l) => ({
                candidateId: l.candidateId,
                candidateName: candidateName.get(l.candidateId) ?? '',
                mentorId: l.mentorId,
                mentorName: mentorName.get(l.mentorId) ?? '',
                code: l.code,
                reason: l.reason[lang],
              })),
            },
          }
        : {}),
    };
  }
}
