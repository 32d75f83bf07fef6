import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { USER_CONTACT_SQL } from '../accounts/user-sql';
import { CandidatesRepository } from '../candidates/candidates.repository';
import { MentorsRepository } from '../mentors/mentors.repository';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { Mentorship } from './entities/mentorship.entity';

export interface AnswerLink {
  mentorshipId: string;
  mentorshipVersion: number;
  proposedByUserId: string | null;
  proposedByOrganisationId: string | null;
  expiresAt: Date;
  usedAt: Date | null;
}

/** What the mentor is shown: names and contact only, never the candidate's record. */
export interface AnswerFacts {
  candidateFullName: string;
  mentorFullName: string;
  mentorOrganisationId: string;
  organisationName: string | null;
  contactName: string | null;
  contactEmail: string | null;
}

const COLUMNS = `mentorship_id AS "mentorshipId", mentorship_version AS "mentorshipVersion", proposed_by_user_id AS "proposedByUserId",
  proposed_by_organisation_id AS "proposedByOrganisationId", expires_at AS "expiresAt", used_at AS "usedAt"`;

/** The one-time answer links, stored as SHA-256 hashes of the token (as account links are). */
@Injectable()
export class MentorshipAnswersRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesRepository,
    private readonly mentors: MentorsRepository,
    private readonly organisations: OrganisationsRepository,
  ) {}

  async insert(manager: EntityManager, tokenHash: string, link: Omit<AnswerLink, 'usedAt'>): Promise<void> {
    await manager.query(
      `INSERT INTO mentorship_answer_links (token_hash, mentorship_id, mentorship_version, proposed_by_user_id, proposed_by_organisation_id, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [tokenHash, link.mentorshipId, link.mentorshipVersion, link.proposedByUserId, link.proposedByOrganisationId, link.expiresAt],
    );
  }

  async find(tokenHash: string, manager: EntityManager = this.dataSource.manager): Promise<AnswerLink | null> {
    const [row]: AnswerLink[] = await manager.query(`SELECT ${COLUMNS} FROM mentorship_answer_links WHERE token_hash = $1`, [tokenHash]);
    return row ?? null;
  }

  /**
   * Spends the link if it is unused and unexpired at `now`, in one statement: of two answers
   * racing, one updates the row and the other finds it used.
   */
  async use(manager: EntityManager, tokenHash: string, now: Date): Promise<AnswerLink | null> {
    const [rows] = await manager.query(
      `UPDATE mentorship_answer_links SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING ${COLUMNS}`,
      [tokenHash, now],
    );
    return (rows as AnswerLink[])[0] ?? null;
  }

  /** Names and contact from their owners' repositories; the organisation is the proposer's, else the candidate's owner. */
  async facts(link: AnswerLink): Promise<AnswerFacts | null> {
    const mentorship = await this.dataSource.getRepository(Mentorship).findOneBy({ id: link.mentorshipId });
    if (!mentorship) return null;
    const [candidate] = await this.candidates.findByIds([mentorship.candidateId]);
    const mentor = await this.mentors.findById(mentorship.mentorId);
    if (!candidate || !mentor) return null;
    const organisation = await this.organisations.findById(link.proposedByOrganisationId ?? candidate.ownerOrganisationId);
    const [contact]: { name: string; email: string }[] = link.proposedByUserId
      ? await this.dataSource.query(USER_CONTACT_SQL('$1'), [link.proposedByUserId])
      : [];
    return {
      candidateFullName: candidate.fullName,
      mentorFullName: mentor.fullName,
      mentorOrganisationId: mentor.organisationId,
      organisationName: organisation?.name ?? null,
      contactName: contact?.name ?? null,
      contactEmail: contact?.email ?? null,
    };
  }
}
