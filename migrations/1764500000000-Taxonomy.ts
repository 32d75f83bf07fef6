import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The taxonomy (skills with synonyms, occupation titles, labour demand), the career centres'
 * competence mappings, and what is derived from them on the candidate: the coordinator's own
 * entries kept apart from the merged state, inferred occupations, hurtigspor prospect.
 */
export class Taxonomy1764500000000 implements MigrationInterface {
  name = 'Taxonomy1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE skills (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        label text NOT NULL UNIQUE,
        source text NOT NULL CHECK (source IN ('esco', 'kobling')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE skill_synonyms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        skill_id uuid NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
        label text NOT NULL,
        normalised text NOT NULL,
        lang text NOT NULL CHECK (lang IN ('nb', 'nn', 'en')),
        source text NOT NULL CHECK (source IN ('seed', 'admin')),
        created_by_key_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (skill_id, normalised)
      )`);
    await q.query(`
      CREATE TABLE occupation_titles (
        code char(4) NOT NULL REFERENCES occupations(code) ON DELETE CASCADE,
        title text NOT NULL,
        lang text NOT NULL CHECK (lang IN ('nb', 'en')),
        source text NOT NULL CHECK (source IN ('nav', 'esco')),
        PRIMARY KEY (code, title)
      )`);
    await q.query(`
      CREATE TABLE labour_demand (
        occupation_code char(4) NOT NULL,
        county_code char(2) NOT NULL,
        shortage integer NOT NULL,
        year integer NOT NULL,
        PRIMARY KEY (occupation_code, county_code)
      )`);
    // What was imported from which files, so a start with unchanged files skips the work.
    await q.query(`CREATE TABLE reference_imports (name text PRIMARY KEY, hash text NOT NULL, imported_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`
      CREATE TABLE competence_mappings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        mapped_by_key_id uuid,
        mapped_at timestamptz NOT NULL,
        skills jsonb NOT NULL DEFAULT '[]',
        languages jsonb NOT NULL DEFAULT '[]',
        education jsonb NOT NULL DEFAULT '[]',
        realkompetanse text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX competence_mappings_candidate_idx ON competence_mappings (candidate_id, mapped_at)`);
    await q.query(`
      ALTER TABLE candidates
        ADD COLUMN own_competence jsonb,
        ADD COLUMN inferred_occupations jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN hurtigspor_prospect boolean NOT NULL DEFAULT false,
        ADD COLUMN prospect_reasons jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`CREATE INDEX candidates_prospect_idx ON candidates (created_at DESC) WHERE hurtigspor_prospect`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS candidates_prospect_idx`);
    await q.query(`
      ALTER TABLE candidates DROP COLUMN IF EXISTS own_competence, DROP COLUMN IF EXISTS inferred_occupations,
        DROP COLUMN IF EXISTS hurtigspor_prospect, DROP COLUMN IF EXISTS prospect_reasons`);
    for (const table of ['competence_mappings', 'reference_imports', 'labour_demand', 'occupation_titles', 'skill_synonyms', 'skills']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
