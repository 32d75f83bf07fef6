import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mentors answer a proposal themselves (issue 14): mentors get an e-mail address and a phone
 * number; a proposal e-mails the mentor a one-time link, stored here only as its SHA-256 hash and
 * bound to the mentorship's version when it was proposed. Mentorships note when they started and
 * ended and what the mentor answered. Existing rows: started/ended from their last change.
 */
export class MentorshipAnswers1764820000000 implements MigrationInterface {
  name = 'MentorshipAnswers1764820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mentors ADD COLUMN email text, ADD COLUMN phone text`);
    await q.query(`ALTER TABLE mentorships ADD COLUMN started_at timestamptz, ADD COLUMN ended_at timestamptz,
                   ADD COLUMN mentor_answer text, ADD COLUMN mentor_answered_at timestamptz`);
    await q.query(`UPDATE mentorships SET started_at = updated_at WHERE status IN ('active', 'completed')`);
    await q.query(`UPDATE mentorships SET ended_at = updated_at WHERE status IN ('completed', 'ended')`);
    await q.query(`
      CREATE TABLE mentorship_answer_links (
        token_hash text PRIMARY KEY,
        mentorship_id uuid NOT NULL REFERENCES mentorships(id) ON DELETE CASCADE,
        mentorship_version integer NOT NULL,
        proposed_by_user_id uuid,
        proposed_by_organisation_id uuid,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX mentorship_answer_links_mentorship_idx ON mentorship_answer_links (mentorship_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS mentorship_answer_links`);
    await q.query(`ALTER TABLE mentorships DROP COLUMN IF EXISTS started_at, DROP COLUMN IF EXISTS ended_at,
                   DROP COLUMN IF EXISTS mentor_answer, DROP COLUMN IF EXISTS mentor_answered_at`);
    await q.query(`ALTER TABLE mentors DROP COLUMN IF EXISTS email, DROP COLUMN IF EXISTS phone`);
  }
}
