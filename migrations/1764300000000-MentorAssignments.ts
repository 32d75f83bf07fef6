import { MigrationInterface, QueryRunner } from 'typeorm';

/** A cohort assignment plan: computed, kept, and turned into mentorships only on confirm. */
export class MentorAssignments1764300000000 implements MigrationInterface {
  name = 'MentorAssignments1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mentor_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL CHECK (status IN ('proposed', 'confirmed')),
        weight_profile_id uuid NOT NULL REFERENCES weight_profiles(id),
        plan jsonb NOT NULL,
        total double precision NOT NULL,
        created_by_key_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS mentor_assignments`);
  }
}
