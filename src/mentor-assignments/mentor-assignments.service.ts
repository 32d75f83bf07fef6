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
import type { Text } from '../common/language';
import { FieldError, fieldError, invalid, messageText, Problem, problem, Resource } from '../common/problems';
import { EmbeddingProvider } from '../embeddings/embedding-provider';
import { ruleReason } from '../scoring/hard-rules';
import { MatchingRepository } from '../matching/matching.repository';
import { Mentor } from '../mentors/entities/mentor.entity';
import { MentorshipView } from '../mentorships/dto/mentorship.dto';
import { MentorshipsRepository } from '../mentorships/mentorships.repository';
import { MentorshipsService } from '../mentorships/mentorships.service';
import { ReferenceDataCache } from '../reference-data/reference-data.cache';
import { TaxonomyCache } from '../taxonomy/taxonomy.cache';
import { WeightProfilesRepository } from '../weight-profiles/weight-profiles.repository';
import { CreateMentorAssignmentDto, MentorAssignmentView } from './dto/mentor-assignment.dto';
import { MentorAssignment, PlannedPair, UnassignedCandidate } from './entities/mentor-assignment.entity';
import { AssignmentEdge, maxWeightAssignment } from './max-weight-assignment';
import { CohortScorer, MentorOption } from './cohort-scorer';

/** Each candidate's best mentors that enter the assignment graph. */
const TOP_N = 10;

/** A planned pair that no longer fits, in each language: its ids and why. */
function pairFailure(pair: { candidateId: string; mentorId: string }, error: Problem): Text {
  const why = messageText(error.code, error.params);
  return { nb: `${pair.candidateId} → ${pair.mentorId}: ${why.nb}`, en: `${pair.candidateId} → ${pair.mentorId}: ${why.en}` };
}

@Injectable()
export class MentorAssignmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: MatchingRepository,
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
  ) {}

  /**
   * Assigns a whole cohort at once: each candidate's top mentors under the hard rules and the
   * active mentor weights, then the assignment with the highest total score within every
   * mentor's free places. Writes only the plan.
   */
  async plan(actor: Principal, dto: CreateMentorAssignmentDto): Promise<MentorAssignmentView> {
    const profile = await this.weightProfiles.findActive('mentor');
    // Candidates the caller may not see are as unknown as ids that do not exist.
    const candidates = await this.loadAll(dto.candidateIds, async (ids) => {
      const visible = await this.gate.visibleAmong(actor, ids);
      return (await this.candidates.findByIds(ids)).filter((c) => visible.has(c.id));
    }, 'candidateIds', 'candidate');
    // The coordinator's mentor pool (its own and the open ones); others' mentors are as unknown.
    const pool = mentorPoolFilter(actor);
    const mentors = dto.mentorIds
      ? await this.loadAll(dto.mentorIds, async (ids) => {
          const inPool = await this.mentorRecords.inPoolAmong(ids, pool);
          return (await this.mentorRecords.findByIds(ids)).filter((m) => inPool.has(m.id));
        }, 'mentorIds', 'mentor')
      : await this.mentorRecords.withFreePlaces(pool);
    const model = this.provider.info.model;
    const [taken, candidateVectors, mentorVectors, inMentorship, points, inference] = await Promise.all([
      this.mentorshipsRepository.takenPlaces(mentors.map((m) => m.id)),
      this.matching.vectorsOf('candidate', dto.candidateIds, model),
      this.matching.vectorsOf('mentor', mentors.map((m) => m.id), model),
      this.mentorshipsRepository.inMentorship(dto.candidateIds),
      this.referenceData.municipalityPoints(),
      this.taxonomy.occupationInference(),
    ]);

    // A mentor whose occupation has only a title is scored as the occupation it reads as, as the ranking does.
    const resolver = await this.taxonomy.occupationResolver();
    const asScored = mentors.map((m) => (m.occupationCode ? m : { ...m, occupationCode: resolver.best(m.occupationTitle)?.code ?? null }));
    const scorer = new CohortScorer(asScored, taken, profile.weights, points, mentorVectors);
    const edges: AssignmentEdge[] = [];
    const unassigned: UnassignedCandidate[] = [];
    /** Per candidate, its best mentors (those that enter the graph), by index. */
    const optionsOf: MentorOption[][] = [];
    candidates.forEach((candidate, ci) => {
      if (inMentorship.has(candidate.id)) {
        unassigned.push({ candidateId: candidate.id, reason: 'already_in_mentorship', detail: 'Has a proposed or active mentorship already' });
        return;
      }
      if (!candidate.consent.matching) {
        unassigned.push({ candidateId: candidate.id, reason: 'no_consent_matching', detail: ruleReason('no_consent_matching', 'en') });
        return;
      }
      const inferred = inference.infer(candidate.skills.map((s) => s.label));
      const { options, rules } = scorer.topMentors(candidate, candidateVectors.get(candidate.id) ?? {}, inferred, TOP_N);
      if (options.length === 0) {
        const [common] = [...rules.entries()].sort((a, b) => b[1] - a[1]);
        unassigned.push({
          candidateId: candidate.id,
          reason: 'no_eligible_mentor',
          detail: common ? `No mentor passes the hard rules; most often: ${ruleReason(common[0], 'en')}` : 'No mentors to draw on',
        });
        return;
      }
      optionsOf[ci] = options;
      for (const o of options) edges.push({ candidate: ci, mentor: o.mentor, score: o.score });
    });

    const places = mentors.map((m) => Math.max(0, m.capacity - (taken.get(m.id) ?? 0)));
    const assigned = maxWeightAssignment(candidates.length, places, edges);
    const assignments: PlannedPair[] = [];
    assigned.forEach((mi, ci) => {
      if (mi >= 0) assignments.push({ candidateId: candidates[ci].id, mentorId: mentors[mi].id, score: optionsOf[ci].find((o) => o.mentor === mi)!.score });
      else if (optionsOf[ci]) {
        unassigned.push({ candidateId: candidates[ci].id, reason: 'mentors_taken', detail: 'The mentors who fit are assigned to others for a higher total' });
      }
    });
    const total = assignments.reduce((sum, a) => sum + a.score, 0);

    const saved = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(MentorAssignment);
      const row = await repository.save(
        repository.create({ status: 'proposed', weightProfileId: profile.id, plan: { assignments, unassigned }, total, createdByKeyId: actor.keyId }),
      );
      await this.audit.record(manager, actor, {
        action: 'mentor_assignment.create',
        resourceType: 'mentor_assignment',
        resourceId: row.id,
        details: { candidates: candidates.length, mentors: mentors.length, assigned: assignments.length },
      });
      return row;
    });
    return this.view(saved, profile.version);
  }

  async get(id: string): Promise<MentorAssignmentView> {
    const row = await this.dataSource.getRepository(MentorAssignment).findOneBy({ id });
    if (!row) throw Problem.notFound('mentorAssignment', id);
    return this.view(row, await this.profileVersion(row.weightProfileId));
  }

  /**
   * Creates the planned mentorships in one transaction. If any mentor lost the place meanwhile,
   * nothing is created and the answer names the pairs that no longer fit.
   */
  async confirm(actor: Principal, id: string): Promise<MentorAssignmentView> {
    const { row, created } = await this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(MentorAssignment).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw Problem.notFound('mentorAssignment', id);
      if (row.status === 'confirmed') throw problem('assignment_confirmed');
      const created = [];
      const failed: Text[] = [];
      // Mentor rows are locked in id order, so two confirmations cannot deadlock each other.
      const pairs = [...row.plan.assignments].sort((a, b) => a.mentorId.localeCompare(b.mentorId) || a.candidateId.localeCompare(b.candidateId));
      for (const pair of pairs) {
        try {
          created.push(await this.mentorships.propose(manager, actor, pair.candidateId, pair.mentorId));
        } catch (error) {
          if (!(error instanceof Problem)) throw error;
          failed.push(pairFailure(pair, error));
        }
      }
      if (failed.length > 0) {
        throw problem('assignment_outdated', { count: failed.length, pairs: { nb: failed.map((f) => f.nb).join('; '), en: failed.map((f) => f.en).join('; ') } });
      }
      row.status = 'confirmed';
      row.confirmedAt = this.clock.now();
      await manager.getRepository(MentorAssignment).save(row);
      await this.audit.record(manager, actor, { action: 'mentor_assignment.confirm', resourceType: 'mentor_assignment', resourceId: id });
      return { row, created };
    });
    return { ...(await this.view(row, await this.profileVersion(row.weightProfileId))), mentorships: created.map((m) => MentorshipView.of(m)) };
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

  private view(row: MentorAssignment, version: number): MentorAssignmentView {
    return {
      id: row.id,
      status: row.status,
      weightProfile: { id: row.weightProfileId, version },
      assignments: row.plan.assignments,
      unassigned: row.plan.unassigned,
      total: row.total,
      createdAt: row.createdAt,
    };
  }
}
