import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/roles';
import { Page, toPage } from '../common/dto/pagination.dto';
import { Problem } from '../common/problems';
import { candidateFacts } from '../matching/candidate-facts';
import { candidateMentorRule, ruleReason } from '../matching/hard-rules';
import { MatchingRepository } from '../matching/matching.repository';
import { OutcomesRepository } from '../outcomes/outcomes.repository';
import { CreateMentorshipDto, MentorshipQueryDto, MentorshipView, UpdateMentorshipDto } from './dto/mentorship.dto';
import { Mentorship } from './entities/mentorship.entity';
import { canMove } from './mentorship-states';
import { MentorshipsRepository } from './mentorships.repository';

const RESOURCE = 'mentorship';

@Injectable()
export class MentorshipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mentorships: MentorshipsRepository,
    private readonly matching: MatchingRepository,
    private readonly outcomes: OutcomesRepository,
    private readonly audit: AuditService,
  ) {}

  /** Proposes a mentorship; a mentor never holds more proposed and active ones than its capacity. */
  async create(actor: Principal, dto: CreateMentorshipDto): Promise<MentorshipView> {
    const created = await this.dataSource.transaction((manager) => this.propose(manager, actor, dto.candidateId, dto.mentorId));
    return MentorshipView.of(created);
  }

  /**
   * In the caller's transaction (cohort confirmation proposes many at once). The hard rules
   * apply as in ranking, except distance: a coordinator may pair people who meet online.
   */
  async propose(manager: EntityManager, actor: Principal, candidateId: string, mentorId: string): Promise<Mentorship> {
    const candidate = await this.mentorships.findCandidate(manager, candidateId);
    if (!candidate) throw Problem.notFound('Candidate', candidateId);
    const mentor = await this.mentorships.lockMentor(manager, mentorId);
    if (!mentor) throw Problem.notFound('Mentor', mentorId);
    const taken = (await this.matching.takenPlaces([mentorId], manager)).get(mentorId) ?? 0;
    const rule = candidateMentorRule(candidateFacts(candidate), { ...mentor, taken }, null);
    if (rule) throw Problem.conflict(`${ruleReason(rule, 'en')} (${rule}).`);
    if (await this.mentorships.hasOpen(manager, candidateId, mentorId)) {
      throw Problem.conflict('This candidate and mentor already have a proposed or active mentorship.');
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

  async update(actor: Principal, id: string, dto: UpdateMentorshipDto): Promise<MentorshipView> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const current = await manager.getRepository(Mentorship).findOneBy({ id });
      if (!current) throw Problem.notFound('Mentorship', id);
      if (dto.version !== undefined && dto.version !== current.version) {
        throw Problem.conflict(`The mentorship has changed since version ${dto.version}; it is at version ${current.version}.`);
      }
      if (!canMove(current.status, dto.status)) {
        throw Problem.conflict(`A ${current.status} mentorship cannot become ${dto.status}.`);
      }
      const moved = await this.mentorships.transition(manager, id, current.status, current.version, dto.status, dto.endReason ?? null);
      if (!moved) throw Problem.conflict('The mentorship was changed by someone else meanwhile; read it again.');
      if (dto.status === 'completed' || (dto.status === 'ended' && current.status === 'active')) {
        await this.outcomes.record(manager, {
          type: dto.status === 'completed' ? 'mentorship_completed' : 'mentorship_ended_early',
          reason: dto.endReason ?? null,
          candidateId: current.candidateId,
          mentorId: current.mentorId,
          recordedByKeyId: actor.keyId,
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
    if (!mentorship) throw Problem.notFound('Mentorship', id);
    return MentorshipView.of(mentorship);
  }

  async list(query: MentorshipQueryDto): Promise<Page<MentorshipView>> {
    return toPage(await this.mentorships.findPage(query), query, (m) => MentorshipView.of(m));
  }
}
