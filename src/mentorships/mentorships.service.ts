import { Inject, Injectable, Logger } from '@nestjs/common';
import { seesRecord } from '../candidates/candidate-access';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MailService } from '../mail/mail.service';
import { hashToken, newToken } from '../accounts/sessions.service';
import { MentorshipAnswersRepository } from './mentorship-answers.repository';
import { ANSWER_VALID_DAYS, firstName, proposalMail } from './mentorship-mail';
import { poolOrganisation } from '../mentors/mentor-pool';
import { CandidatesRepository } from '../candidates/candidates.repository';
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
/** Matches no organisation: a coordinator key without one sees no mentorships. */
const NO_ORGANISATION = '00000000-0000-0000-0000-000000000000';

/** A proposal and the token of the mentor's answer link (only its hash is stored). */
export interface Proposal {
  mentorship: Mentorship;
  token: string;
}

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
  private readonly logger = new Logger('Mentorships');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mentorships: MentorshipsRepository,
    private readonly outcomes: OutcomesRepository,
    private readonly audit: AuditService,
    private readonly gate: CandidateGate,
    private readonly mentors: MentorsRepository,
    private readonly candidates: CandidatesRepository,
    private readonly answers: MentorshipAnswersRepository,
    private readonly mail: MailService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Proposes a mentorship; a mentor never holds more proposed and active ones than its capacity. */
  async create(actor: Principal, dto: CreateMentorshipDto): Promise<MentorshipView> {
    await this.gate.assertSeesRecord(actor, dto.candidateId);
    const pool = poolOrganisation(actor);
    if (pool !== null && (!pool || !(await this.mentors.inPool(dto.mentorId, pool)))) throw Problem.notFound('mentor', dto.mentorId);
    const proposal = await this.dataSource.transaction((manager) => this.proposeWithLink(manager, actor, dto.candidateId, dto.mentorId));
    await this.mailMentor(proposal);
    return this.view(proposal.mentorship);
  }

  /**
   * A proposal with the mentor's answer link (valid 14 days), in the caller's transaction (a
   * cohort confirmation proposes many at once); `mailMentor` sends the link once it is committed.
   */
  async proposeWithLink(manager: EntityManager, actor: Principal, candidateId: string, mentorId: string): Promise<Proposal> {
    const token = newToken();
    const mentorship = await this.propose(manager, actor, candidateId, mentorId);
    await this.answers.insert(manager, hashToken(token), {
      mentorshipId: mentorship.id,
      mentorshipVersion: mentorship.version,
      proposedByUserId: actor.userId,
      proposedByOrganisationId: actor.organisationId,
      expiresAt: new Date(this.clock.now().getTime() + ANSWER_VALID_DAYS * 86_400_000),
    });
    return { mentorship, token };
  }

  /**
   * E-mails the mentor the link to answer, after the proposal is committed. A mentor without an
   * address, or a failed send, leaves the answer to the coordinator (PATCH), as before links.
   */
  async mailMentor({ mentorship, token }: Proposal): Promise<void> {
    const mentor = await this.mentors.findById(mentorship.mentorId);
    const link = await this.answers.find(hashToken(token));
    const facts = link && (await this.answers.facts(link));
    if (!mentor?.email || !facts) return;
    try {
      await this.mail.send(
        proposalMail({
          to: mentor.email,
          mentorName: mentor.fullName,
          candidateFirstName: firstName(facts.candidateFullName),
          organisationName: facts.organisationName,
          contact: facts.contactName && facts.contactEmail ? { name: facts.contactName, email: facts.contactEmail } : null,
          link: this.answerLink(token),
        }),
      );
    } catch (error) {
      this.logger.error(`Proposal mail not sent: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** `${PUBLIC_URL}/mentor-svar?token=…`: the console's public page that shows the proposal and posts the answer. */
  private answerLink(token: string): string {
    const base = this.config.publicUrl?.href ?? `http://localhost:${this.config.port}/`;
    const url = new URL('mentor-svar', base.endsWith('/') ? base : `${base}/`);
    url.searchParams.set('token', token);
    return url.href;
  }

  /**
   * In the caller's transaction (cohort confirmation proposes many at once). The hard rules
   * apply as in ranking, except distance: a coordinator may pair people who meet online.
   */
  async propose(manager: EntityManager, actor: Principal, candidateId: string, mentorId: string): Promise<Mentorship> {
    const [candidate] = await this.candidates.findByIds([candidateId], manager);
    if (!candidate) throw Problem.notFound('candidate', candidateId);
    const mentor = await this.mentors.lockById(manager, mentorId);
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
      const current = await this.mentorships.findById(id, manager);
      if (!current || !(await this.sees(actor, current, manager))) throw Problem.notFound('mentorship', id);
      assertCurrentVersion('mentorship', seen, current.version);
      if (!canMove(current.status, dto.status)) {
        throw problem('mentorship_step_not_allowed', { from: current.status, to: dto.status });
      }
      const moved = await this.mentorships.transition(manager, id, current.status, current.version, dto.status, dto.endReason ?? null, this.clock.now());
      if (!moved) throw problem('changed_meanwhile');
      if (dto.status === 'completed' || (dto.status === 'ended' && current.status === 'active')) {
        await this.outcomes.record(manager, actor, {
          type: dto.status === 'completed' ? 'mentorship_completed' : 'mentorship_ended_early',
          reason: dto.endReason ?? null,
          candidateId: current.candidateId,
          mentorId: current.mentorId,
          at: this.clock.now(),
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
    return this.view(updated);
  }

  /** 404 unless the caller may see the candidate's record, as for an id that does not exist. */
  async get(actor: Principal, id: string): Promise<MentorshipView> {
    const mentorship = await this.mentorships.findById(id);
    if (!mentorship || !(await this.sees(actor, mentorship))) throw Problem.notFound('mentorship', id);
    return this.view(mentorship);
  }

  /** Only mentorships of candidates the caller's organisation may see (candidate-access.ts). */
  async list(actor: Principal, query: MentorshipQueryDto): Promise<Page<MentorshipView>> {
    const visibleTo = actor.role === 'admin' ? undefined : (actor.organisationId ?? NO_ORGANISATION);
    const page = await this.mentorships.findPage({ ...query, visibleTo });
    const names = await this.names(page.items);
    return toPage(page, query, (m) =>
      MentorshipView.of(m, { candidateName: names.candidates.get(m.candidateId) ?? '', mentorName: names.mentors.get(m.mentorId) ?? '' }),
    );
  }

  /** The candidates' and mentors' full names for a page of mentorships, by id. */
  private async names(mentorships: Mentorship[]): Promise<{ candidates: Map<string, string>; mentors: Map<string, string> }> {
    const [candidates, mentors] = await Promise.all([
      this.candidates.namesOf(mentorships.map((m) => m.candidateId)),
      this.mentors.namesOf(mentorships.map((m) => m.mentorId)),
    ]);
    return { candidates, mentors };
  }

  private async sees(actor: Principal, mentorship: Mentorship, manager?: EntityManager): Promise<boolean> {
    const scope = await this.gate.scopeOf(mentorship.candidateId, manager);
    return scope !== null && seesRecord(actor, scope);
  }

  private async view(mentorship: Mentorship): Promise<MentorshipView> {
    const names = await this.names([mentorship]);
    return MentorshipView.of(mentorship, {
      candidateName: names.candidates.get(mentorship.candidateId) ?? '',
      mentorName: names.mentors.get(mentorship.mentorId) ?? '',
    });
  }
}
