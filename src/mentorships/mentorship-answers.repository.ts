import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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

  async facts(link: AnswerLink): Promise<AnswerFacts | null> {
    const [row]: AnswerFacts[] = await this.dataSource.query(
      `SELECT c.full_name AS "candidateFullName", m.full_name AS "mentorFullName", m.organisation_id AS "mentorOrganisationId",
              o.name AS "organisationName", u.name AS "contactName", u.email AS "contactEmail"
       FROM mentorships ms
       JOIN candidates c ON c.id = ms.candidate_id
       JOIN mentors m ON m.id = ms.mentor_id
       LEFT JOIN organisations o ON o.id = COALESCE($2::uuid, c.owner_organisation_id)
       LEFT JOIN users u ON u.id = $3::uuid
       WHERE ms.id = $1`,
      [link.mentorshipId, link.proposedByOrganisationId, link.proposedByUserId],
    );
    return row ?? null;
  }
}
