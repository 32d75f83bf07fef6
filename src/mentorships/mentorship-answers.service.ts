import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashToken } from '../accounts/sessions.service';
import { AuditService } from '../audit/audit.service';
import { FailedAuthLimiter } from '../auth/failed-auth-limiter';
import { Clock } from '../common/clock';
import { problem } from '../common/problems';
import { AnswerMentorshipDto, MentorshipProposalView } from './dto/mentorship-answer.dto';
import { AnswerLink, MentorshipAnswersRepository } from './mentorship-answers.repository';
import { ANSWER_VALID_DAYS, firstName } from './mentorship-mail';
import { MentorshipsRepository } from './mentorships.repository';

/** The end reason a decline through the link leaves, with the mentor's own words after it if any. */
export const DECLINED_BY_MENTOR = 'declined by mentor';

/**
 * A mentor's answer to a proposal, through the e-mailed link and without an account. The token is
 * the only credential: unknown tokens count as failed authentications (429 after too many from
 * one address, as for API keys), and a link works once, for the version it was issued for.
 */
@Injectable()
export class MentorshipAnswersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: MentorshipAnswersRepository,
    private readonly mentorships: MentorshipsRepository,
    private readonly audit: AuditService,
    private readonly limiter: FailedAuthLimiter,
    private readonly clock: Clock,
  ) {}

  /** What the link shows; once answered it says what was answered, and the proposal is no longer open. */
  async show(token: string, address: string): Promise<MentorshipProposalView> {
    const link = await this.known(token, address);
    if (!link.usedAt && link.expiresAt <= this.clock.now()) throw problem('mentorship_answer_link_expired', { days: ANSWER_VALID_DAYS });
    return this.view(link);
  }

  /** Accept: proposed → active; decline: proposed → ended. Expired, used or forged links change nothing. */
  async answer(token: string, dto: AnswerMentorshipDto, address: string): Promise<MentorshipProposalView> {
    const known = await this.known(token, address);
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const link = await this.links.use(manager, hashToken(token), now);
      if (!link) {
        const current = (await this.links.find(hashToken(token), manager)) ?? known;
        if (current.usedAt) throw problem('mentorship_already_answered');
        throw problem('mentorship_answer_link_expired', { days: ANSWER_VALID_DAYS });
      }
      const accept = dto.answer === 'accept';
      const reason = dto.reason?.trim();
      const moved = await this.mentorships.transition(
        manager,
        link.mentorshipId,
        'proposed',
        link.mentorshipVersion,
        accept ? 'active' : 'ended',
        accept ? null : reason ? `${DECLINED_BY_MENTOR}: ${reason}` : DECLINED_BY_MENTOR,
        now,
        accept ? 'accepted' : 'declined',
      );
      // The coordinator ended or changed the proposal first: the link is not spent (rolled back).
      if (!moved) throw problem('mentorship_answer_closed');
      await this.audit.record(
        manager,
        { keyId: null, userId: null, role: 'mentor', organisationId: null },
        {
          action: 'mentorship.answer',
          resourceType: 'mentorship',
          resourceId: moved.id,
          details: { mentorId: moved.mentorId, answer: moved.mentorAnswer, via: 'answer_link', from: 'proposed', to: moved.status },
        },
      );
    });
    return this.view((await this.links.find(hashToken(token)))!);
  }

  /** The link of the token, or 404 (counted as a failed authentication from the address). */
  private async known(token: string, address: string): Promise<AnswerLink> {
    this.limiter.assertNotBlocked({ address });
    const link = await this.links.find(hashToken(token));
    if (!link) throw (await this.limiter.failed({ address })) ?? problem('mentorship_answer_link_invalid');
    return link;
  }

  private async view(link: AnswerLink): Promise<MentorshipProposalView> {
    const mentorship = await this.mentorships.findById(link.mentorshipId);
    const facts = await this.links.facts(link);
    if (!mentorship || !facts) throw problem('mentorship_answer_link_invalid');
    return {
      mentorshipId: mentorship.id,
      status: mentorship.status,
      open: !link.usedAt && mentorship.status === 'proposed' && mentorship.version === link.mentorshipVersion && link.expiresAt > this.clock.now(),
      answer: mentorship.mentorAnswer,
      answeredAt: mentorship.mentorAnsweredAt,
      expiresAt: link.expiresAt,
      mentorName: facts.mentorFullName,
      candidateFirstName: firstName(facts.candidateFullName),
      organisationName: facts.organisationName,
      contact: facts.contactName && facts.contactEmail ? { name: facts.contactName, email: facts.contactEmail } : null,
    };
  }
}

