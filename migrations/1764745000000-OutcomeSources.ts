import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where an outcome came from, so an employer cannot write its own record: praksis periods and
 * hires count for the employer record only when a hurtigspor case step recorded them (`case_id`)
 * or someone other than the employer reported them (`recorded_by_role`).
 * Existing rows: `case_id` is the case whose history holds the matching step for the same
 * candidate, opening and employer; `recorded_by_role` is the role of the key that recorded it
 * (null for the bootstrap admin key, which has no row). Hand reports an employer key made before
 * this migration therefore stop counting, which is the point.
 */
export class OutcomeSources1764745000000 implements MigrationInterface {
  name = 'OutcomeSources1764745000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outcomes ADD COLUMN case_id uuid REFERENCES hurtigspor_cases(id) ON DELETE SET NULL`);
    await q.query(`ALTER TABLE outcomes ADD COLUMN recorded_by_role text
                   CHECK (recorded_by_role IN ('admin', 'coordinator', 'employer', 'career_centre'))`);
    await q.query(`
      UPDATE outcomes o SET recorded_by_role = k.role FROM api_keys k WHERE k.id = o.recorded_by_key_id`);
    await q.query(`
      UPDATE outcomes o SET case_id = c.id
      FROM hurtigspor_cases c
      WHERE c.candidate_id = o.candidate_id AND c.opening_id = o.opening_id
        AND c.employer_organisation_id = o.organisation_id
        AND EXISTS (
          SELECT 1 FROM hurtigspor_case_transitions t
          WHERE t.case_id = c.id AND t.kind = 'transition'
            AND t.to_state = CASE o.type WHEN 'interviewed' THEN 'interview' WHEN 'praksis_started' THEN 'praksis'
                                         WHEN 'hired' THEN 'hired' WHEN 'declined' THEN 'closed' END)`);
    // "Was this candidate revealed to this employer?", asked by every employer report.
    await q.query(`CREATE INDEX hurtigspor_cases_revealed_idx ON hurtigspor_cases (candidate_id, employer_organisation_id)
                   WHERE revealed_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS hurtigspor_cases_revealed_idx`);
    await q.query(`ALTER TABLE outcomes DROP COLUMN IF EXISTS recorded_by_role`);
    await q.query(`ALTER TABLE outcomes DROP COLUMN IF EXISTS case_id`);
  }
}
