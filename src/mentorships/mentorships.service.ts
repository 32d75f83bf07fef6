import { Injectable } from '@nestjs/common';
import { poolOrganisation } from '../mentors/mentor-pool';
import { MentorsRepository } from '../mentors/mentors.repository';
import { CandidateGate } from '../candidates/candidate-gate';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/principal';
import { Page, toPage } from '../common/dto/pagination.dto';
import { Problem, problem } from '../common/problems';
import { candidateFacts } from '../scoring/candidate-facts';
import { candidateMentorRule, HardRule, ruleReason } from '../scoring/hard-rules';
import { OutcomesRepository } from '../outcomes/outcomes.repository';
import { CreateMentorshipDto, MentorshipQueryDto, MentorshipView, UpdateMentorshipDto } from './dto/mentorship.dto';
import { Mentorship } from './entities/mentorship.entity';
import { canMove } from './mentorship-states';
import { MentorshipsRepository } from './mentorships.repository';
import { assertCurrentVersion, versionSeen } from '../common/versions';

const RESOURCE = 'mentorship';

/** A hard rule that excludes the pair: by a code of its own where the client acts on it (ask for consent, pick another mentor). */
function ruleProblem(rule: HardRule): Problem {
  const extensions = { rule };
  if (rule === 'mentor_full') return new Problem('capacity_full', {}, undefined, extensions);
  if (rule === 'no_consent_matching') return new Problem('consent_missing', { consent: { nb: 'matching', en: 'matching' } }, undefined, extensions);
  if (rule === 'no_consent_share') {
    return new Problem('consent_missing', { consent: { nb: 'deling med arbeidsgivere', en: 'sharing with employers' } }, undefined, extensions);
  }
  return new Problem('match_excluded', { reason: { nb: ruleReason(rule, 'nb'), en: ruleReason(rule, 'en') } }, undefined, extensions);
}

@Injectable()
export class MentorshipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mentorships: MentorshipsRepository,
    private readonly outcomes: OutcomesRepository,
    private readonly audit: AuditService,
    private readonly gate: CandidateGate,
    private readonly mentors: MentorsRepository,
  ) {}

  /** Proposes a mentorship; a mentor never holds more proposed and active ones than its capacity. */
  async create(actor: Principal, dto: CreateMentorshipDto): Promise<MentorshipView> {
    await this.gate.assertSeesRecord(actor, dto.candidateId);
    const pool = poolOrganisation(actor);
    if (pool !== null && (!pool || !(await this.mentors.inPool(dto.mentorId, pool)))) throw Problem.notFound('mentor', dto.mentorId);
    const created = await this.dataSource.transaction((manager) => this.propose(manager, actor, dto.candidateId, dto.mentorId));
    return MentorshipView.of(created);
  }

  /**
   * In the caller's transaction (cohort confirmation proposes many at once). The hard rules
   * apply as in ranking, except distance: a coordinator may pair people who meet online.
   */
  async propose(manager: EntityManager, actor: Principal, candidateId: string, mentorId: string): Promise<Mentorship> {
    const candidate = await this.mentorships.findCandidate(manager, candidateId);
    if (!candidate) throw Problem.notFound('candidate', candidateId);
    const mentor = await this.mentorships.lockMentor(manager, mentorId);
    if (!mentor) throw Problem.notFound('mentor', mentorId);
    const taken = (await this.mentorships.takenPlaces([mentorId], manager)).get(mentorId) ?? 0;
    const rule = candidateMentorRule(candidateFacts(candidate), { ...mentor, taken }, null);
    if (rule) throw ruleProblem(rule);
    if (await this.mentorships.hasOpen(manager, candidateId, mentorId)) {
      throw problem('open_mentorship_exists');
    }
    const mentorship = await this.mentorships.insert(manager, { candidateId, mentorId, status: 'proposed', createdByKeyId: actor.keyId });
    await this.audit.record(manager, actor, {
      action: 'mentorship.create',
      resourceType: RESOURCE,
      resourceId: mentorship.id,
      details: { candidateId, mentorId },
    });
    return mentorship;
  }

  async update(actor: Principal, id: string, dto: UpdateMentorshipDto, ifMatch?: string): Promise<MentorshipView> {
    const seen = versionSeen(ifMatch, dto.version);
    const updated = await this.dataSource.transaction(async (manager) => {
      const current = await manager.getRepository(Mentorship).findOneBy({ id });
      if (!current) throw Problem.notFound('mentorship', id);
      assertCurrentVersion('mentorship', seen, current.version);
      if (!canMove(current.status, dto.status)) {
        throw problem('mentorship_step_not_allowed', { from: current.status, to: dto.status });
      }
      const moved = await this.mentorships.transition(manager, id, current.status, current.version, dto.status, dto.endReason ?? null);
      if (!moved) throw problem('changed_meanwhile');
      if (dto.status === 'completed' || (dto.status === 'ended' && current.status === 'active')) {
        await this.outcomes.record(manager, actor, {
          type: dto.status === 'completed' ? 'mentorship_completed' : 'mentorship_ended_early',
          reason: dto.endReason ?? null,
          candidateId: current.candidateId,
          mentorId: current.mentorId,
        });
      }
      await this.audit.record(manager, actor, {
        action: 'mentorship.update',
        resourceType: RESOURCE,
        resourceId: id,
        details: { from: current.status, to: dto.status },
      });
      return moved;
    });
    return MentorshipView.of(updated);
  }

  async get(id: string): Promise<MentorshipView> {
    const mentorship = await this.mentorships.findById(id);
    if (!mentorship) throw Problem.notFound('mentorship', id);
    return MentorshipView.of(mentorship);
  }

  async list(query: MentorshipQueryDto): Promise<Page<MentorshipView>> {
    return toPage(await this.mentorships.findPage(query), query, (m) => MentorshipView.of(m));
  }
}
