import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Desired occupations typed as text (issue 15): beside the STYRK-08 codes in
 * `desired_occupations`, a candidate may name what they want to work as in their own words. The
 * service reads each text through the occupation taxonomy on write and stores the readings with
 * the experience titles' in `resolved_occupations` (`from: 'desired'`), so the first stage's
 * occupation groups (candidate_occupation_groups) already include those read at or above the floor.
 */
export class DesiredOccupationTexts1764850000000 implements MigrationInterface {
  name = 'DesiredOccupationTexts1764850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE candidates ADD COLUMN desired_occupation_texts text[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The readings of desired texts go with the texts: what is left reads as experience titles only.
    await q.query(`
      UPDATE candidates SET resolved_occupations = coalesce(
        (SELECT jsonb_agg(r ORDER BY i) FROM jsonb_array_elements(resolved_occupations) WITH ORDINALITY AS e(r, i)
         WHERE r->>'from' IS DISTINCT FROM 'desired'), '[]')
      WHERE resolved_occupations @> '[{"from": "desired"}]'`);
    await q.query(`ALTER TABLE candidates DROP COLUMN desired_occupation_texts`);
  }
}
