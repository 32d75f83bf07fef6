import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ESCO occupations (with their ISCO-08 code) and their essential and optional skills, by label:
 * the bridge from what a candidate can do to the occupations that need it. Loaded from
 * REFERENCE_DATA_DIR at start-up.
 */
export class EscoOccupationSkills1764400000000 implements MigrationInterface {
  name = 'EscoOccupationSkills1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE esco_occupations (
        uri text PRIMARY KEY,
        label text NOT NULL,
        isco4 char(4) NOT NULL
      )`);
    await q.query(`
      CREATE TABLE esco_occupation_skills (
        occupation_uri text NOT NULL REFERENCES esco_occupations(uri) ON DELETE CASCADE,
        skill_label text NOT NULL,
        essential boolean NOT NULL,
        PRIMARY KEY (occupation_uri, skill_label)
      )`);
    await q.query(`CREATE INDEX openings_occupation_idx ON openings (occupation_code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS openings_occupation_idx`);
    await q.query(`DROP TABLE IF EXISTS esco_occupation_skills`);
    await q.query(`DROP TABLE IF EXISTS esco_occupations`);
  }
}
